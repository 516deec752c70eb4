/**
 * The page's words: each text node as one `<text>` per line the browser laid it out on, at its
 * computed font, size, weight, letter-spacing and case, on the font's own baseline.
 */
import { escapeXml, parseColor, round, transformText } from './css-values';
import { fillAttrs, outside, type Rect, type Writer } from './writer';

/** A text node, one `<text>` per line it is laid out on. */
export function paintText(w: Writer, node: Text, cs: CSSStyleDeclaration, op: number, clip: Rect | null): void {
	const data = node.data;
	if (!data.trim()) return;
	const colour = parseColor(cs.color);
	if (!colour) return;
	const range = document.createRange();
	const lines: { start: number; end: number; x: number; top: number; h: number }[] = [];
	const place = (start: number, end: number) => {
		range.setStart(node, start);
		range.setEnd(node, end);
		const rects = range.getClientRects();
		if (!rects.length) return;
		// A word broken across lines (after a hyphen) is placed a character at a time.
		if (rects.length > 1 && end - start > 1) {
			for (let i = start; i < end; i++) place(i, i + 1);
			return;
		}
		const b = rects[0];
		const top = b.top - w.oy;
		const line = lines[lines.length - 1];
		if (line && Math.abs(line.top - top) < b.height / 2) line.end = end;
		else lines.push({ start, end, x: b.left - w.ox, top, h: b.height });
	};
	for (const m of data.matchAll(/\S+/g)) place(m.index!, m.index! + m[0].length);
	const collapse = !/^(pre|pre-wrap|break-spaces)$/.test(cs.whiteSpace);
	const ascent = w.ascent(cs);
	const spacing = cs.letterSpacing === 'normal' ? 0 : parseFloat(cs.letterSpacing) || 0;
	const numeric = cs.fontVariantNumeric !== 'normal' ? `font-variant-numeric:${cs.fontVariantNumeric}` : '';
	for (const line of lines) {
		if (outside({ x: line.x, y: line.top, w: 1, h: line.h }, clip)) continue;
		let text = data.slice(line.start, line.end);
		if (collapse) text = text.replace(/\s+/g, ' ');
		text = transformText(text, cs.textTransform);
		w.body.push(
			`<text x="${round(line.x)}" y="${round(line.top + ascent)}" font-family="${escapeXml(cs.fontFamily)}" ` +
				`font-size="${round(parseFloat(cs.fontSize))}" font-weight="${cs.fontWeight}"` +
				(cs.fontStyle !== 'normal' ? ` font-style="${cs.fontStyle}"` : '') +
				(spacing ? ` letter-spacing="${round(spacing)}"` : '') +
				(numeric ? ` style="${numeric}"` : '') +
				`${fillAttrs(colour, op)}>${escapeXml(text)}</text>`
		);
	}
}
