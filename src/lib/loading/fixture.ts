/**
 * Test helpers for the loader: the small valid fixture (tests/fixtures/data) as an in-memory file
 * map, a fake chart registry (so these tests do not depend on the real charts' states), one-edit
 * copies of a file, and the errors a broken copy raises. Imported by tests only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import type { ChartSpec } from '../kinds/types.ts';
import { DataError } from './errors.ts';
import { parseStory } from './load.ts';
import type { Charts } from './narrative/charts.ts';
import type { Datasets, KindId, RoleId, ShapeId } from '../model/types.ts';

/**
 * The small valid story the loader tests edit, in `tests/fixtures/data/`. Its files are keyed as if
 * it were a story folder at `data/` (fixture paths: data/story.yaml, data/datasets/prices.csv), so
 * messages read short.
 */
export const FIXTURE = join(process.cwd(), 'tests/fixtures/data');
export const STORY = 'data/story.yaml';
/** The China story's folder: the tests that check the real data read it through the real loader. */
export const REAL_STORY_DIR = 'data/stories/china-ai-market';

export function readTree(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const full = join(entry.parentPath, entry.name);
		out[`data/${relative(dir, full)}`] = readFileSync(full, 'utf8');
	}
	return out;
}

export const fixture = () => readTree(FIXTURE);

function fake(
	id: KindId,
	roles: Partial<Record<RoleId, ShapeId>>,
	states: Record<string, (d: Datasets) => string[]>
): ChartSpec {
	return {
		id,
		roles: Object.fromEntries(Object.entries(roles).map(([r, shape]) => [r, { shape, about: r }])),
		options: [],
		states: () => Object.keys(states),
		keys: (data, state) => states[state]?.(data) ?? [],
		text: () => ({ title: id, unit: '', caption: '', table: { columns: [], rows: [] } }),
		scene: () => ({ text: { title: id, unit: '', caption: '', table: { columns: [], rows: [] } } }),
		words: {}
	};
}

const models = (d: Datasets) => d.ranks.flatMap((r) => (r.label ? [r.label] : []));
/** Fake kinds: the fixture's charts without the real kinds' states and words. */
export const CHARTS: Charts = {
	'ranked-bars': fake('ranked-bars', { ranks: 'ranks', counts: 'counts' }, { named: models, all: models }),
	'part-of-whole': fake(
		'part-of-whole',
		{ parts: 'shares', totals: 'shares' },
		{
			parts: (d) => d.parts.map((r) => r.id),
			totals: (d) => d.totals.map((r) => r.id)
		}
	),
	'lines-over-time': fake('lines-over-time', { timeline: 'timeline' }, { all: (d) => d.timeline.map((r) => r.start) }),
	'dot-plot': fake(
		'dot-plot',
		{ scores: 'scores', metrics: 'metrics' },
		{ 'gdpval-aa': (d) => d.scores.map((r) => r.label) }
	),
	'grouped-bars': fake(
		'grouped-bars',
		{ pairs: 'pairs', ranks: 'ranks' },
		{ output: (d) => d.pairs.map((r) => r.label) }
	)
};

/** Replaces exactly one occurrence of `from` in one file. */
export function edit(files: Record<string, string>, path: string, from: string, to: string): Record<string, string> {
	const text = files[path];
	expect(text.split(from).length - 1, `"${from}" once in ${path}`).toBe(1);
	return { ...files, [path]: text.replace(from, to) };
}

/** 1-based line of the only line of `text` that contains `marker`. */
export function lineOf(text: string, marker: string, nth = 0): number {
	const hits = text.split('\n').flatMap((l, i) => (l.includes(marker) ? [i + 1] : []));
	expect(hits.length, `"${marker}" found`).toBeGreaterThan(nth);
	return hits[nth];
}

export function errorsOf(files: Record<string, string>): DataError[] {
	try {
		parseStory(files, CHARTS);
	} catch (e) {
		if (e instanceof DataError) return e.all;
		throw e;
	}
	throw new Error('expected parseStory to throw');
}

/** The one error, with its location and message. */
export function onlyError(files: Record<string, string>) {
	const errors = errorsOf(files);
	expect(errors.map((e) => e.message)).toHaveLength(1);
	const [e] = errors;
	return { file: e.file, line: e.line, field: e.field, message: e.message };
}

/** The messages of a load, one per problem; [] when it passes. Fails on anything but a DataError. */
export function loadMessages(load: () => unknown): string[] {
	try {
		load();
	} catch (e) {
		if (e instanceof DataError) return e.all.map((x) => x.message);
		throw e;
	}
	return [];
}

/** The messages of a load that must stop. */
export function stopMessages(load: () => unknown): string[] {
	const found = loadMessages(load);
	if (found.length === 0) throw new Error('expected the load to stop');
	return found;
}
