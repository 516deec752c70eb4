/**
 * Build-time HTML for a prerendered page's head, added to the page as built (one chunk): the
 * reading island's styles, the story's article tags.
 */

/** `html` with `tags` at the end of its head; `who` names the caller if the page has none. */
export function intoHead(html: string, tags: string, who: string): string {
	const at = html.indexOf('</head>');
	if (at < 0) throw new Error(`${who}: the page has no </head>`);
	return html.slice(0, at) + tags + html.slice(at);
}
