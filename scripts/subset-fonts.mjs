#!/usr/bin/env node
/**
 * `npm run fonts`: cuts the self-hosted variable fonts down to what the stories use, so a page
 * fetches only the glyphs and weights they show (`npm run bench` weighs it). Reads the full fonts
 * from their fontsource packages (one font per unicode subset: Latin, Latin Extended, Vietnamese,
 * Greek, Cyrillic), writes to static/fonts/ one slice per subset that the stories use, and the
 * `@font-face` rules that declare each slice with its unicode-range (`src/fonts.css` for the page,
 * `src/lib/drivers/shared/frame/still-fonts.css` for the stills): a page loads only the slices its
 * words need. Keeps the characters of `fonts-lib.mjs` (Latin-1 and typographic punctuation, plus
 * anything else data/ or src/ shows) and the weight axis from the lightest to the boldest weight
 * the styles ask for. Run it after adding a character outside that set or a new weight; the font
 * test (scripts/fonts.test.ts) and the build's character check say when.
 */
import { copyFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	FAMILIES,
	PAGE_CSS,
	SCRIPT_FAMILIES,
	SERVED_DIR,
	STILL_CSS,
	SUBSETS,
	advancesJson,
	cutFamily,
	servedCss,
	servedFaces,
	servedName
} from './font-families.mjs';
import {
	ADVANCES_FILE,
	COVERAGE_FILE,
	charactersToKeep,
	collectSources,
	commonRanges,
	weightsUsed
} from './fonts-lib.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const sources = collectSources(ROOT);
const keep = charactersToKeep(sources.map((s) => s.text));
const css = sources
	.filter((s) => /\.(svelte|css)$/.test(s.file))
	.map((s) => s.text)
	.join('\n');
const weights = weightsUsed(css);
const wght = { min: weights[0], max: weights[weights.length - 1] };

const fullSets = [];
/** @type {Record<string, { full: Set<number>, served: Set<number> }>} */
const scriptSets = {};
for (const fam of [...FAMILIES, ...SCRIPT_FAMILIES]) {
	// A script family draws what the Latin families cannot: the Latin letters and digits of an
	// edition stay in the story's own fonts.
	const latin = SCRIPT_FAMILIES.includes(fam) ? new Set(commonRanges(fullSets).flatMap(([a, b]) => span(a, b))) : null;
	const { slices, full } = await cutFamily(fam, latin ? keep.filter((cp) => !latin.has(cp)) : keep, wght);
	if (latin)
		for (const lang of fam.langs) scriptSets[lang] = { full, served: new Set(slices.flatMap((s) => s.unicodes)) };
	else fullSets.push(full);
	// A slice no story needs any more goes: a page would never load it, and the stills embed every slice.
	for (const subset of fam.subsets ?? SUBSETS)
		rmSync(path.join(ROOT, SERVED_DIR, servedName(fam.prefix, subset)), { force: true });
	for (const slice of slices) {
		writeFileSync(path.join(ROOT, SERVED_DIR, slice.file), slice.bytes);
		console.log(`${slice.file}: ${slice.source} -> ${slice.bytes.length} bytes`);
	}
	const license = path.join(fam.dir, 'LICENSE');
	if (existsSync(license)) copyFileSync(license, path.join(ROOT, SERVED_DIR, `LICENSE-${fam.prefix}.txt`));
}
const faces = await servedFaces(ROOT);
const { page, still } = await servedCss(ROOT);
writeFileSync(path.join(ROOT, PAGE_CSS), page);
writeFileSync(path.join(ROOT, STILL_CSS), still);
console.log(`${PAGE_CSS}, ${STILL_CSS}: written`);
// The build refuses a character the fonts cannot draw (src/lib/loading/guard/characters.ts): it
// reads the code points from here rather than from the font files.
const servedSets = FAMILIES.map(
	(fam) => new Set(faces.filter((f) => f.prefix === fam.prefix).flatMap((f) => [...f.unicodes]))
);
const coverage = {
	about:
		"Written by npm run fonts: code points every font family of the story draws. full: all the subsets of the fontsource packages (what npm run fonts can add); served: the cut slices in static/fonts. langs: what the family of an edition's script draws besides, for that edition.",
	full: commonRanges(fullSets),
	served: commonRanges(servedSets),
	// An edition's characters may also come from its script's family (a Han character in zh).
	langs: Object.fromEntries(
		Object.entries(scriptSets).map(([lang, sets]) => [
			lang,
			{ full: commonRanges([sets.full]), served: commonRanges([sets.served]) }
		])
	)
};
writeFileSync(path.join(ROOT, COVERAGE_FILE), `${JSON.stringify(coverage)}\n`);
console.log(`${COVERAGE_FILE}: written`);
// The build's check that a step's words fit the stage measures them
// with the cut fonts' advance widths.
writeFileSync(path.join(ROOT, ADVANCES_FILE), await advancesJson(ROOT));
console.log(`${ADVANCES_FILE}: written`);
console.log(`${keep.length} characters; weights ${weights.join(', ')}`);

/** The code points from `a` to `b`. */
function span(/** @type {number} */ a, /** @type {number} */ b) {
	return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}
