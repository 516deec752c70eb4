/**
 * Pure helpers of the stills exporter (scripts/stills.mjs) and `npm run publish`: file names,
 * step selection, PNG and PDF facts, where an output folder may be replaced. Tested in
 * scripts/stills/lib.test.ts.
 */
import { UsageError } from './args.mjs';

/**
 * `NN-<step-id>.<ext>`, NN the step's 1-based place in the story.
 * @param {number} number
 * @param {string} id
 * @param {string} ext
 */
export function stillFileName(number, id, ext) {
	return `${String(number).padStart(2, '0')}-${id}.${ext}`;
}

/** Names the exporter writes: `NN-id.png|svg` and the deck. */
export const STILL_NAME = /^\d{2,}-[a-z0-9-]+\.(png|svg)$|^stills\.pdf$/;
export const DECK_NAME = 'stills.pdf';

/**
 * @typedef {{ id: string, number: number }} StepRef
 */

/**
 * The steps to draw, in story order; an unknown id stops the run and names the known ones.
 * @param {readonly StepRef[]} all
 * @param {readonly string[] | null} wanted
 * @returns {StepRef[]}
 */
export function selectSteps(all, wanted) {
	if (!wanted) return [...all];
	const unknown = wanted.filter((id) => !all.some((s) => s.id === id));
	if (unknown.length) {
		throw new UsageError(
			`--steps: unknown step${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}; the story's steps are: ${all.map((s) => s.id).join(', ')}`
		);
	}
	return all.filter((s) => wanted.includes(s.id));
}

/**
 * Width and height of a PNG, from its header.
 * @param {Uint8Array} buf
 * @returns {{ width: number, height: number }}
 */
export function pngSize(buf) {
	const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	if (buf.length < 24 || sig.some((b, i) => buf[i] !== b)) throw new Error('not a PNG');
	const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`).
 * @param {Uint8Array} buf
 */
export function pdfPageCount(buf) {
	const text = Buffer.from(buf).toString('latin1');
	return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/**
 * Whether a file in the output folder is a still of this format that a full new set replaces
 * (an older still of a step, perhaps one since cut from the story). Other files, and stills of
 * other formats, are left alone.
 * @param {string} name
 * @param {'png' | 'svg' | 'pdf'} format
 */
export function replacedBy(name, format) {
	if (format === 'pdf') return name === DECK_NAME;
	return STILL_NAME.test(name) && name.endsWith(`.${format}`);
}

/**
 * Seconds, two decimals.
 * @param {number} ms
 */
export function seconds(ms) {
	return `${(ms / 1000).toFixed(2)} s`;
}
