#!/usr/bin/env node
/**
 * `npm run fonts`: cuts the self-hosted variable fonts down to what the stories use, so the first
 * view fetches only the glyphs and weights they show (`npm run bench` weighs it). Reads the full fonts in scripts/fonts/,
 * writes static/fonts/. Keeps the characters of `fonts-lib.mjs` (Latin-1 and typographic
 * punctuation, plus anything else data/ or src/ shows) and the weight axis from the lightest to
 * the boldest weight the styles ask for, and prints the `@font-face` ranges src/app.css must
 * declare. Run it after adding a character outside that set or a new weight; the font test
 * (scripts/fonts.test.ts) says when.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import {
	ADVANCES_FILE,
	COVERAGE_FILE,
	advancesJson,
	charactersToKeep,
	collectSources,
	commonRanges,
	fontFacts,
	weightsUsed
} from './fonts-lib.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FONTS = ['inter-latin-wght.woff2', 'source-serif-4-latin-wght.woff2'];

const sources = collectSources(ROOT);
const text = String.fromCodePoint(...charactersToKeep(sources.map((s) => s.text)));
const css = sources
	.filter((s) => /\.(svelte|css)$/.test(s.file))
	.map((s) => s.text)
	.join('\n');
const weights = weightsUsed(css);
const wght = { min: weights[0], max: weights[weights.length - 1] };

const fullSets = [];
const servedSets = [];
for (const name of FONTS) {
	const full = readFileSync(path.join(ROOT, 'scripts/fonts', name));
	const cut = await subsetFont(full, text, { targetFormat: 'woff2', variationAxes: { wght } });
	writeFileSync(path.join(ROOT, 'static/fonts', name), cut);
	fullSets.push((await fontFacts(full)).unicodes);
	servedSets.push((await fontFacts(cut)).unicodes);
	console.log(`${name}: ${full.length} -> ${cut.length} bytes`);
}
// The build refuses a character the fonts cannot draw (src/lib/loading/guard/characters.ts): it
// reads the code points from here rather than from the font files.
const coverage = {
	about:
		'Written by npm run fonts: code points every font of the story draws. full: the fonts in scripts/fonts (what npm run fonts can add); served: the cut fonts in static/fonts.',
	full: commonRanges(fullSets),
	served: commonRanges(servedSets)
};
writeFileSync(path.join(ROOT, COVERAGE_FILE), `${JSON.stringify(coverage)}\n`);
console.log(`${COVERAGE_FILE}: written`);
// The build's check that a step's words fit the stage measures them
// with the cut fonts' advance widths.
writeFileSync(path.join(ROOT, ADVANCES_FILE), await advancesJson(ROOT));
console.log(`${ADVANCES_FILE}: written`);
console.log(`${[...text].length} characters; weights ${weights.join(', ')}`);
console.log(`src/app.css must declare font-weight: ${wght.min} ${wght.max} in each @font-face`);
