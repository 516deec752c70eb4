/**
 * The first step's chart is drawn at build time and written into the page's HTML, not into the
 * page's data: the nodes are all the browser needs (the live chart hydrates them), and a copy as
 * a string would be parsed on every load for nothing. The page marks the spot with an empty host
 * element; the server hook fills it.
 */
export const DRAWING_HOST = 'data-build-drawing';

/** `html` with `drawing` inside the (first, empty) drawing host; unchanged without one. */
export function injectDrawing(html: string, drawing: string | undefined): string {
	if (!drawing) return html;
	const empty = new RegExp(`(<[a-z]+\\b[^>]*\\s${DRAWING_HOST}(?:="")?[^>]*>)(</[a-z]+>)`);
	return html.replace(empty, (_m, open: string, close: string) => open + drawing + close);
}
