import { describe, expect, it } from 'vitest';
import { pdfPageCount, pngSize, replacedBy, selectSteps, stillFileName } from './lib.mjs';
import { findChromium, NoBrowserError } from './browser.mjs';

const steps = [
	{ id: 'intro', number: 1 },
	{ id: 'top-five', number: 2 },
	{ id: 'gap', number: 8 }
];

describe('stillFileName', () => {
	it('is NN-id.ext, NN the step number', () => {
		expect(stillFileName(1, 'intro', 'png')).toBe('01-intro.png');
		expect(stillFileName(18, 'closing', 'svg')).toBe('18-closing.svg');
		expect(stillFileName(104, 'x', 'png')).toBe('104-x.png');
	});
});

describe('selectSteps', () => {
	it('keeps story order whatever the order asked', () => {
		expect(selectSteps(steps, ['gap', 'intro']).map((s) => s.id)).toEqual(['intro', 'gap']);
		expect(selectSteps(steps, null)).toEqual(steps);
	});
	it('names an unknown step and lists the known ones', () => {
		expect(() => selectSteps(steps, ['intro', 'nope'])).toThrow(/unknown step "nope".*intro, top-five, gap/);
	});
});

describe('pngSize', () => {
	it('reads the IHDR', () => {
		const buf = Buffer.alloc(24);
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(buf);
		buf.writeUInt32BE(1920, 16);
		buf.writeUInt32BE(1080, 20);
		expect(pngSize(buf)).toEqual({ width: 1920, height: 1080 });
	});
	it('refuses what is not a PNG', () => {
		expect(() => pngSize(Buffer.from('GIF89a and then some more bytes'))).toThrow('not a PNG');
	});
});

describe('pdfPageCount', () => {
	it('counts page objects, not the page tree', () => {
		const pdf = Buffer.from('<< /Type /Pages /Count 2 >> << /Type /Page >> <</Type/Page/Parent 1 0 R>>', 'latin1');
		expect(pdfPageCount(pdf)).toBe(2);
	});
});

describe('replacedBy', () => {
	it('a full set replaces older stills of its format only', () => {
		expect(replacedBy('01-intro.png', 'png')).toBe(true);
		expect(replacedBy('07-cut-step.png', 'png')).toBe(true);
		expect(replacedBy('01-intro.svg', 'png')).toBe(false);
		expect(replacedBy('holiday.png', 'png')).toBe(false);
		expect(replacedBy('stills.pdf', 'pdf')).toBe(true);
		expect(replacedBy('01-intro.png', 'pdf')).toBe(false);
	});
});

describe('findChromium', () => {
	const has =
		(...paths: string[]) =>
		(p: string) =>
			paths.includes(p);
	it('takes CHROME_PATH first, then the other variable, then Debian, then Playwright', () => {
		expect(findChromium({ CHROME_PATH: '/a' }, has('/a', '/usr/bin/chromium'))).toBe('/a');
		expect(findChromium({ PLAYWRIGHT_CHROMIUM_EXECUTABLE: '/b' }, has('/b'))).toBe('/b');
		expect(findChromium({}, has('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
		expect(findChromium({}, has('/pw'), () => '/pw')).toBe('/pw');
	});
	it('names a variable that points nowhere', () => {
		expect(() => findChromium({ CHROME_PATH: '/nope' }, has('/usr/bin/chromium'))).toThrow(
			/CHROME_PATH is set to \/nope/
		);
	});
	it('says what to install when there is none', () => {
		expect(() => findChromium({}, has())).toThrow(NoBrowserError);
		expect(() => findChromium({}, has())).toThrow(/apt-get install -y chromium/);
	});
});
