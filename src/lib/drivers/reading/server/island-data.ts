/**
 * Build time: a page's data for its island, as JSON in a script element the browser never runs.
 */
import { isDeepStrictEqual } from 'node:util';
import { jsonScript, jsonScriptElement } from '../../shared/json-script.ts';

/**
 * `<script type="application/json" id="...">` (`jsonScriptElement`, `<` escaped). JSON has no
 * `undefined`, `NaN`, dates or maps: a value that does not come back from JSON as it went in stops
 * the build rather than reaching the reader changed.
 */
export function dataScript(id: string, value: unknown): string {
	const json = jsonScript(value);
	if (!isDeepStrictEqual(JSON.parse(json), stripUndefined(value))) {
		throw new Error(`dataScript(${id}): the data does not survive JSON (a date, NaN, Infinity, a Map or a class?)`);
	}
	return jsonScriptElement(id, json);
}

/** Object properties set to `undefined` are left out by JSON and by readers alike: not a change. */
function stripUndefined(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(stripUndefined);
	if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
		return Object.fromEntries(
			Object.entries(value)
				.filter(([, v]) => v !== undefined)
				.map(([k, v]) => [k, stripUndefined(v)])
		);
	}
	return value;
}
