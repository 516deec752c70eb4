import { describe, expect, it } from 'vitest';
import { dataScript } from './island-data.ts';
import { readJsonScript as readData } from '../../shared/json-script.ts';

/** A stand-in for the document: the script element's text as the HTML parser would give it. */
const docOf = (html: string) => ({
	getElementById: (id: string) => {
		const m = new RegExp(`<script type="application/json" id="${id}">([\\s\\S]*?)</script>`).exec(html);
		return m ? ({ textContent: m[1] } as HTMLElement) : null;
	}
});

describe('dataScript', () => {
	it('writes JSON that no text in the data can break out of, and reads it back whole', () => {
		const value = {
			title: 'A </script><script>alert(1)</script> <!-- title',
			rows: [{ v: 1.5, note: null }],
			empty: []
		};
		const html = dataScript('d', value);
		expect(html.match(/<\/script>/g)).toHaveLength(1);
		expect(html).not.toContain('<!--');
		expect(readData('d', docOf(html))).toEqual(value);
		expect(readData('missing', docOf(html))).toBeNull();
	});
	it('leaves out properties set to undefined, as JSON does', () => {
		expect(readData('d', docOf(dataScript('d', { a: 1, b: undefined })))).toEqual({ a: 1 });
	});
	it('stops the build on a value JSON would change', () => {
		expect(() => dataScript('d', { share: Number.NaN })).toThrow(/does not survive JSON/);
		expect(() => dataScript('d', { when: new Date(0) })).toThrow(/does not survive JSON/);
		expect(() => dataScript('d', { rows: [1, undefined] })).toThrow(/does not survive JSON/);
		expect(() => dataScript('d', { m: new Map() })).toThrow(/does not survive JSON/);
	});
});
