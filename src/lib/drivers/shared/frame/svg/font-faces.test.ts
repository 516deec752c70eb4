import { describe, expect, it } from 'vitest';
import { faceRules, facesFor, parseUnicodeRange } from './font-faces';

const face = (family: string, range: string) =>
	`@font-face {\n\tfont-family: '${family}';\n\tsrc: url('/fonts/${family}.woff2');\n\tunicode-range: ${range};\n}\n`;
const css = face('latin', 'U+20-7E, U+A0-FF') + face('han-1', 'U+4E07, U+4EBF') + face('arabic', 'U+600-6FF');

describe('the font rules a drawing carries', () => {
	it('reads a unicode-range, single points, spans and wildcards', () => {
		expect(parseUnicodeRange('U+20-7E, U+131,u+4??')).toEqual([
			[0x20, 0x7e],
			[0x131, 0x131],
			[0x400, 0x4ff]
		]);
	});

	it('keeps the rules of the characters drawn, and no other', () => {
		const families = (text: string) => [...facesFor(css, text).matchAll(/font-family: '([^']+)'/g)].map((m) => m[1]);
		expect(families('Tokens per week')).toEqual(['latin']);
		expect(families('15万亿')).toEqual(['latin', 'han-1']);
		expect(families('عدد')).toEqual(['arabic']);
		expect(families('')).toEqual([]);
		expect(facesFor('@font-face { font-family: any; }', 'x'), 'a rule with no range draws anything').toContain('any');
	});
});

describe('the rules as the FontFace API takes them', () => {
	it('reads each family, its src (a data: URL whole) and its descriptors', () => {
		const css =
			"@font-face {\n\tfont-family: 'Noto Sans SC Still';\n\tsrc: url(data:font/woff2;base64,d09GMg==) format('woff2');\n\tfont-weight: 400 800;\n\tfont-style: normal;\n\tfont-display: block;\n\tunicode-range: U+4E07, U+4EBF;\n}\n";
		expect(faceRules(css)).toEqual([
			{
				family: 'Noto Sans SC Still',
				src: "url(data:font/woff2;base64,d09GMg==) format('woff2')",
				descriptors: { weight: '400 800', style: 'normal', unicodeRange: 'U+4E07, U+4EBF' }
			}
		]);
	});
});
