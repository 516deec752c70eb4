/**
 * The list of stories (`/`) shows each story's first card. Its image exists only once
 * `npm run publish` has drawn it, so the page is built with the card's words alone, in a
 * `<figure data-card="<path>" data-card-alt="..." data-card-size="WxH">`, and publish puts the
 * image first in each such figure whose file it has drawn. A plain build never names an image it
 * does not hold (no broken image, no failed request). Plain JS: publish.mjs imports it.
 */

/**
 * `html` with an `<img>` first in every card figure whose image `exists`; a figure that already
 * has its image is left as it is, so publishing twice changes nothing.
 * @param {string} html
 * @param {(path: string) => boolean} exists  the path as the page names it (relative to the page)
 * @returns {{ html: string, added: number }}
 */
export function withCardImages(html, exists) {
	let added = 0;
	const out = html.replace(/<figure\b([^>]*)>(\s*<img\b)?/g, (tag, attrs, img) => {
		const at = (/** @type {string} */ name) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
		const src = at('data-card');
		if (!src || img || !exists(src)) return tag;
		const [width, height] = (at('data-card-size') ?? '').split('x');
		added++;
		return `${tag}<img src="${src}" width="${width}" height="${height}" alt="${at('data-card-alt') ?? ''}" loading="lazy">`;
	});
	return { html: out, added };
}
