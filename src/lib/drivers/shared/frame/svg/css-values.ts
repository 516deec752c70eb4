/**
 * Computed CSS values as SVG attributes. Pure functions over the strings getComputedStyle gives
 * (Chromium's serialisation), so they are tested without a browser.
 */

/** An SVG paint: a colour SVG 1.1 readers know (hex) and its alpha as a separate opacity. */
export interface Paint {
	color: string;
	alpha: number;
}

const hex2 = (v: number) =>
	Math.round(Math.min(255, Math.max(0, v)))
		.toString(16)
		.padStart(2, '0');

/**
 * `rgb(…)`, `rgba(…)` or `color(srgb r g b / a)` (what `color-mix` computes to) as a hex colour and
 * an alpha; `null` for `none`, `transparent`, a fully transparent colour or anything else.
 */
export function parseColor(css: string): Paint | null {
	const s = css.trim();
	let m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(s);
	if (m) return paint(+m[1], +m[2], +m[3], alphaOf(m[4]));
	m = /^color\(srgb\s+([-\d.e]+)\s+([-\d.e]+)\s+([-\d.e]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(s);
	if (m) return paint(+m[1] * 255, +m[2] * 255, +m[3] * 255, alphaOf(m[4]));
	return null;
}

function alphaOf(a: string | undefined): number {
	if (a === undefined) return 1;
	return a.endsWith('%') ? parseFloat(a) / 100 : parseFloat(a);
}

function paint(r: number, g: number, b: number, alpha: number): Paint | null {
	if (!(alpha > 0.001)) return null;
	return { color: `#${hex2(r)}${hex2(g)}${hex2(b)}`, alpha: Math.round(alpha * 1000) / 1000 };
}

/** Splits a comma-separated CSS list at the top level (not inside parentheses). */
export function splitTopLevel(list: string, sep = ','): string[] {
	const out: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < list.length; i++) {
		const c = list[i];
		if (c === '(') depth++;
		else if (c === ')') depth--;
		else if (c === sep && depth === 0) {
			out.push(list.slice(start, i).trim());
			start = i + 1;
		}
	}
	const last = list.slice(start).trim();
	if (last) out.push(last);
	return out;
}

/** Splits at top-level whitespace: `rgb(1, 2, 3) 0px 0px 0px 2px` → colour and lengths. */
function splitSpaces(s: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let cur = '';
	for (const c of s) {
		if (c === '(') depth++;
		if (c === ')') depth--;
		if (/\s/.test(c) && depth === 0) {
			if (cur) out.push(cur);
			cur = '';
		} else cur += c;
	}
	if (cur) out.push(cur);
	return out;
}

export interface Shadow {
	paint: Paint;
	x: number;
	y: number;
	blur: number;
	spread: number;
	inset: boolean;
}

/** A computed `box-shadow` list, in painting order (the last one is painted first). */
export function parseBoxShadow(css: string): Shadow[] {
	if (!css || css === 'none') return [];
	const out: Shadow[] = [];
	for (const part of splitTopLevel(css)) {
		const tokens = splitSpaces(part);
		const inset = tokens.includes('inset');
		const colour = tokens.find((t) => /^(rgb|color|#)/.test(t));
		const lengths = tokens.filter((t) => /^-?[\d.]+(px)?$/.test(t)).map((t) => parseFloat(t));
		const p = colour ? parseColor(colour) : null;
		if (!p) continue;
		const [x = 0, y = 0, blur = 0, spread = 0] = lengths;
		out.push({ paint: p, x, y, blur, spread, inset });
	}
	return out;
}

/** One band of a repeating gradient: a colour from `from` to `to` px along the gradient line. */
export interface Band {
	paint: Paint | null;
	from: number;
	to: number;
}

export interface Stripes {
	/** CSS angle in degrees (0 = towards the top, clockwise). */
	angle: number;
	/** Length of one repetition, px. */
	period: number;
	bands: Band[];
}

/**
 * A computed `repeating-linear-gradient(<angle>, <colour> <px>, …)` with hard stops (hatching) as
 * bands, or null for anything else.
 */
export function parseStripes(css: string): Stripes | null {
	const m = /^repeating-linear-gradient\((.*)\)$/.exec(css.trim());
	if (!m) return null;
	const parts = splitTopLevel(m[1]);
	let angle = 180;
	if (/^-?[\d.]+deg$/.test(parts[0])) angle = parseFloat(parts.shift()!);
	else if (parts[0].startsWith('to ')) return null;
	const stops: { paint: Paint | null; at: number }[] = [];
	for (const p of parts) {
		const tokens = splitSpaces(p);
		const colour = tokens[0];
		for (const t of tokens.slice(1)) {
			if (!/px$/.test(t)) return null;
			stops.push({ paint: parseColor(colour), at: parseFloat(t) });
		}
	}
	if (stops.length < 2) return null;
	const period = stops[stops.length - 1].at - stops[0].at;
	if (!(period > 0)) return null;
	const bands: Band[] = [];
	for (let i = 0; i + 1 < stops.length; i++) {
		const a = stops[i];
		const b = stops[i + 1];
		if (b.at > a.at && a.paint && b.paint && a.paint.color === b.paint.color && a.paint.alpha === b.paint.alpha) {
			bands.push({ paint: a.paint, from: a.at - stops[0].at, to: b.at - stops[0].at });
		}
	}
	return { angle, period, bands };
}

/** `4px, 3px` or `4, 3` as an SVG dash list; null for `none`. */
export function dashArray(css: string): string | null {
	if (!css || css === 'none') return null;
	const nums = css
		.split(/[\s,]+/)
		.filter(Boolean)
		.map((t) => parseFloat(t));
	return nums.every((n) => Number.isFinite(n)) && nums.some((n) => n > 0) ? nums.map(round).join(' ') : null;
}

/** Rounds to 1/100 px: exact enough for any screen, and short. */
export function round(n: number): number {
	return Math.round(n * 100) / 100;
}

/** `text` safe inside an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The text as the browser shows it under a `text-transform`. */
export function transformText(text: string, transform: string): string {
	if (transform === 'uppercase') return text.toUpperCase();
	if (transform === 'lowercase') return text.toLowerCase();
	if (transform === 'capitalize') return text.replace(/(^|\s)(\S)/g, (_, a: string, b: string) => a + b.toUpperCase());
	return text;
}

/**
 * A `linear-gradient` whose stops are all one colour (a CSS way to paint a band, e.g. the line of
 * an error bar) as that colour; null for a real gradient.
 */
export function parseSolidGradient(css: string): Paint | null {
	const m = /^linear-gradient\((.*)\)$/.exec(css.trim());
	if (!m) return null;
	const parts = splitTopLevel(m[1]).filter((p) => !/^(to |-?[\d.]+(deg|turn|rad))/.test(p));
	const paints = parts.map((p) => parseColor(splitSpaces(p)[0]));
	if (!paints.length || paints.some((p) => !p)) return null;
	const first = paints[0]!;
	return paints.every((p) => p!.color === first.color && p!.alpha === first.alpha) ? first : null;
}

/**
 * Where a non-repeating background image sits in its box: `background-size` and
 * `background-position` (computed: px or %), for one axis.
 */
export function placeBackground(box: number, size: string, position: string): { at: number; length: number } {
	const length =
		size === 'auto' || size === '' ? box : size.endsWith('%') ? (parseFloat(size) / 100) * box : parseFloat(size);
	const at = position.endsWith('%') ? (parseFloat(position) / 100) * (box - length) : parseFloat(position) || 0;
	return { at, length };
}
