/**
 * What `npm run publish` changes in a built oEmbed JSON (`oembed.ts`): its addresses, moved from
 * the address the build used to the site's (as the share tags are), and the heights it measured,
 * written into the embed code and the `height` field. Plain JavaScript: publish.mjs imports it.
 */
import { mover, onSite } from '../../../model/site-address.js';
import { heightAt, withHeights } from './heights.js';

/**
 * A built oEmbed, published: addresses at `to` (built for `from`, null for root-relative), heights
 * from `table` when given. Publishing twice gives the same file.
 * @param {Record<string, unknown>} built  the parsed JSON
 * @param {string | null} from
 * @param {string} to
 * @param {import('./heights.js').HeightTable | null | undefined} table
 * @returns {Record<string, unknown>}
 */
export function publishedOembed(built, from, to, table) {
	const move = mover(from, to);
	const base = onSite('/', from);
	// Our addresses move; one elsewhere (pym.js's own) stays.
	const html = String(built.html ?? '').replace(/(\ssrc=")([^"]*)(")/g, (all, open, value, close) =>
		value.startsWith(base) ? `${open}${move(value)}${close}` : all
	);
	const width = Number(built.width);
	return {
		...built,
		provider_url: move(String(built.provider_url)),
		thumbnail_url: move(String(built.thumbnail_url)),
		html: withHeights(html, table),
		height: heightAt(table, width, Number(built.height))
	};
}
