/**
 * A deterministic dump of what a story's charts show at every step: title, unit, caption, table
 * cells, legend, labels, notes and the full mark set with its geometry (Observable Plot's test
 * suite keeps such snapshots of every plot). The snapshot test compares the first story's dump
 * with the committed one, so a rewrite of the chart code cannot change a word or a mark unseen.
 *
 * Internal ids (keys, series ids) are left out and colours are printed as the colour a reader
 * sees (the light theme's), so the dump says what is drawn, not how the code names it.
 */
import type { Story } from '../model/types.ts';
import { sceneOf } from './registry.ts';

/** Fields that name things for the code only: keys for tweens, ids for lookups. */
const INTERNAL = new Set([
	'key',
	'id',
	'series',
	'group',
	'tagRef',
	'tagFor',
	'country',
	'state',
	'words',
	'leadSeries'
]);

function round(n: number): number {
	return Math.round(n * 1e4) / 1e4;
}

/** The value as plain data: numbers rounded, internal fields dropped, colours resolved. */
function clean(value: unknown, colour: (tone: string) => string): unknown {
	if (typeof value === 'number') return round(value);
	if (Array.isArray(value)) return value.map((v) => clean(v, colour));
	if (value && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value)) {
			if (INTERNAL.has(k)) continue;
			if ((k === 'tone' || k === 'swatch') && typeof v === 'string') out[k] = colour(v);
			else if (k === 'tone' && v === null) continue;
			else if (k === 'runs' && v && typeof v === 'object') out[k] = Object.values(v).map((r) => clean(r, colour));
			else out[k] = clean(v, colour);
		}
		return out;
	}
	return value;
}

/**
 * Every step's scene, as text: one block per step, headed by its id, chart and state.
 * `colour` maps a tone or swatch name to what it shows.
 */
export function storySnapshot(story: Story, colour: (tone: string) => string): string {
	return story.steps
		.map((step) => {
			const scene = sceneOf(story, step);
			return `## ${step.id} (${step.chart.id})\n${JSON.stringify(clean(scene, colour), null, 1)}\n`;
		})
		.join('\n');
}
