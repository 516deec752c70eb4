/**
 * The inline style that gives a chart its groups' colours: `--g0-light`, `--g0-dark`, ... The
 * chart's stylesheet picks the theme's (Chart.svelte). A module of its own: the first view needs
 * this and nothing else about groups, so the rest (model/groups.ts) stays in the charts' chunks.
 */
import type { Group } from '../model/types.ts';

export function groupStyle(groups: readonly Group[]): string {
	return groups.map((g, i) => `--g${i}-light: ${g.colour.light}; --g${i}-dark: ${g.colour.dark}`).join('; ');
}
