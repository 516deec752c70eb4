/**
 * An embed's theme, from its address: `?theme=light`, `?theme=dark` or `?theme=auto` (follow the
 * reader's colour-scheme preference). The page puts it on `<html data-theme>`, which app.css
 * turns into colours.
 *
 * Light unless asked: an embed sits in someone else's page, and most host pages are light
 * whatever the reader's system prefers; following the system by default would put a dark box in
 * a light article for every reader whose system is dark. A host that follows the preference
 * itself asks for `auto`.
 */
export type EmbedTheme = 'light' | 'dark' | 'auto';

/**
 * The theme a query string asks for (`location.search`, with or without its `?`). Anything else
 * is light: no `theme`, an empty or unknown value, or `theme` given twice (two wishes, neither
 * the host's clear choice).
 */
export function themeFrom(search: string): EmbedTheme {
	// Self-contained (no name from outside): the embed pages run its source as their head script.
	const themes: readonly EmbedTheme[] = ['light', 'dark', 'auto'];
	const asked = new URLSearchParams(search).getAll('theme');
	if (asked.length !== 1) return 'light';
	return themes.find((t) => t === asked[0]) ?? 'light';
}

/**
 * The embed pages' one head script: the theme on `<html>` before the first paint (no flash of the
 * other theme). The page's HTML says light, for a reader without JavaScript.
 */
export function themeScript(): string {
	return `document.documentElement.dataset.theme=(${String(themeFrom)})(location.search);`;
}
