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

/** A stylesheet's `@font-face` rules with the ranges each draws (null: any), and where each sits. */
interface Rule {
	text: string;
	start: number;
	ranges: [number, number][] | null;
}

/** Each stylesheet's rules, read once: a clip asks again at every frame. */
const parsed = new Map<string, Rule[]>();

function rulesOf(css: string): Rule[] {
	let rules = parsed.get(css);
	if (!rules) {
		rules = [...css.matchAll(/@font-face\s*\{[^}]*\}\s*/g)].map((m) => {
			const range = m[0].match(/unicode-range:\s*([^;}]+)/)?.[1];
			return { text: m[0], start: m.index, ranges: range ? parseUnicodeRange(range) : null };
		});
		parsed.set(css, rules);
	}
	return rules;
}

/** `css` with only the `@font-face` rules that draw a character of `text` (a rule with no range draws any). */
export function facesFor(css: string, text: string): string {
	const codePoints = new Set<number>();
	for (const ch of text) codePoints.add(ch.codePointAt(0)!);
	const draws = (r: Rule) => {
		if (!r.ranges) return true;
		for (const cp of codePoints) if (r.ranges.some(([a, b]) => cp >= a && cp <= b)) return true;
		return false;
	};
	let out = '';
	let at = 0;
	for (const r of rulesOf(css)) {
		out += css.slice(at, r.start) + (draws(r) ? r.text : '');
		at = r.start + r.text.length;
	}
	return out + css.slice(at);
}

/** One `@font-face` rule as the FontFace API takes it: its family, its `src` and its descriptors. */
export interface FaceRule {
	family: string;
	src: string;
	descriptors: FontFaceDescriptors;
}

/** The `@font-face` rules of `css`, each as the FontFace API takes it. */
export function faceRules(css: string): FaceRule[] {
	return rulesOf(css).flatMap((r) => {
		const get = (name: string) => r.text.match(new RegExp(`${name}:\\s*([^;}]+)`))?.[1].trim();
		const family = get('font-family')?.replace(/^['"]|['"]$/g, '');
		// A data: URL holds a semicolon (`data:font/woff2;base64,...`): the src runs to its url's end.
		const src = r.text.match(/src:\s*(url\([^)]*\)[^;}]*)/)?.[1].trim();
		if (!family || !src) return [];
		const descriptors: FontFaceDescriptors = {};
		const weight = get('font-weight');
		const style = get('font-style');
		const range = get('unicode-range');
		if (weight) descriptors.weight = weight;
		if (style) descriptors.style = style;
		if (range) descriptors.unicodeRange = range;
		return [{ family, src, descriptors }];
	});
}
