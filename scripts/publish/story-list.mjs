/**
 * The list of stories (build/index.html) with each story's first card shown, once the cards are
 * drawn: the page names a card only where its image exists.
 */
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { withCardImages } from '../../src/lib/drivers/shared/share/card-images.js';

/**
 * Shows each story's first card on the list of stories, now that its image is drawn.
 * @param {string} file build/index.html
 * @returns {Promise<number>} how many cards it shows
 */
export async function showCards(file) {
	const dir = path.dirname(file);
	const { html, added } = withCardImages(await readFile(file, 'utf8'), (src) => existsSync(path.join(dir, src)));
	if (added) {
		await writeFile(`${file}.publish`, html);
		await rename(`${file}.publish`, file);
	}
	return (html.match(/<img /g) ?? []).length;
}
