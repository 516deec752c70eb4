/**
 * The `@font-face` rules a drawing needs: those whose unicode-range holds one of its characters.
 * The stills declare every slice of every family (a Han family among them, in many slices), and
 * an SVG or a PDF carries the fonts it names inside it, so an English still carries no Han slice
 * and a zh one only the slices of its own characters.
 */

/** `U+20-7E, U+A0` as [first, last] pairs. */
export function parseUnicodeRange(range: string): [number, number][] {
	return range
		.split(',')
		.map((part) => part.trim().replace(/^U\+/i, ''))
		.filter(Boolean)
		.map((part) => {
			if (part.includes('?')) return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'F'), 16)];
			const [a, b] = part.split('-');
			return [parseInt(a, 16), parseInt(b ?? a, 16)];
		});
}

/** `css` with only the `@font-face` rules that draw a character of `text` (a rule with no range draws any). */
export function facesFor(css: string, text: string): string {
	const codePoints = new Set<number>();
	for (const ch of text) codePoints.add(ch.codePointAt(0)!);
	return css.replace(/@font-face\s*\{[^}]*\}\s*/g, (rule) => {
		const range = rule.match(/unicode-range:\s*([^;}]+)/)?.[1];
		if (!range) return rule;
		const ranges = parseUnicodeRange(range);
		for (const cp of codePoints) if (ranges.some(([a, b]) => cp >= a && cp <= b)) return rule;
		return '';
	});
}
