/**
 * Orders strings by code point. Dates here are ISO (`2026-04-13`), so this is date order, and
 * names sort the same on every machine. `localeCompare` builds a collator per call: sorting the
 * sources with it was the largest single cost of the page's hydration.
 */
export function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
