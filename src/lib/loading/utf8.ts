/**
 * Data files must be UTF-8. A file saved as Latin-1 (or Windows-1252) by a spreadsheet decodes
 * "silently" with replacement characters (é becomes �) that then reach the page; decoding with
 * `fatal: true` refuses it instead, and `firstBadByte` finds where, so the message can name the
 * line an editor has to look at.
 */
import { DataError } from './errors.ts';

/** Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstBadByte(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		// Length of the sequence this lead byte opens, and the allowed range of its second byte
		// (which rules out overlong forms, surrogates and code points past U+10FFFF).
		let n: number;
		let lo = 0x80;
		let hi = 0xbf;
		if (b < 0x80) n = 1;
		else if (b >= 0xc2 && b <= 0xdf) n = 2;
		else if (b >= 0xe0 && b <= 0xef) {
			n = 3;
			if (b === 0xe0) lo = 0xa0;
			if (b === 0xed) hi = 0x9f;
		} else if (b >= 0xf0 && b <= 0xf4) {
			n = 4;
			if (b === 0xf0) lo = 0x90;
			if (b === 0xf4) hi = 0x8f;
		} else return i;
		for (let k = 1; k < n; k++) {
			const c = bytes[i + k];
			if (c === undefined) return i;
			if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
		}
		i += n;
	}
	return -1;
}

/** The file's text, or a DataError at the line of the first byte that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const at = Math.max(0, firstBadByte(bytes));
		let line = 1;
		let lineStart = 0;
		for (let i = 0; i < at; i++) {
			if (bytes[i] === 0x0a) {
				line += 1;
				lineStart = i + 1;
			}
		}
		const byte = bytes[at]?.toString(16).toUpperCase().padStart(2, '0') ?? '??';
		throw new DataError({
			file,
			line,
			detail:
				`the file is not UTF-8: byte 0x${byte} at character ${at - lineStart + 1} of this line cannot be read ` +
				`(often an accented letter saved as Latin-1 or Windows-1252); save the file as UTF-8`
		});
	}
}
