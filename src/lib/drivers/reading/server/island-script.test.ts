import { describe, expect, it } from 'vitest';
import { addHeadScript, addIsland, islandScript, scriptHash } from './island-script.ts';

const POLICY = `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'`;
const page = (policy = POLICY) =>
	`<html><head><meta http-equiv="content-security-policy" content="${policy}"></head>` +
	`<body><div>story</div></body></html>`;
const URL = '../_app/immutable/islands/reading.abc.js';

describe('addIsland', () => {
	it('imports the island after the first paint, from one inline script the policy allows by hash', () => {
		const data = '<script type="application/json" id="d">{"a":1}</script>';
		const out = addIsland(page(), URL, { data });
		const scripts = [...out.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
		expect(scripts).toEqual([islandScript(URL)]);
		const [script] = scripts;
		expect(script).toContain("observe({ type: 'paint', buffered: true })");
		expect(script).toContain("getEntriesByName('first-contentful-paint')");
		expect(script).toContain(`.then(() => import("${URL}"))`);
		expect(out).toContain(`script-src 'self' ${scriptHash(script)}; style-src`);
		// At the end of the body, after the story and the data; valid JavaScript.
		expect(out).toContain(`<div>story</div>${data}<script>`);
		expect(out).toMatch(/<script>[\s\S]*<\/script><\/body><\/html>$/);
		expect(() => new Function(script)).not.toThrow();
	});
	it('refuses a page whose policy it cannot extend (the script would be blocked)', () => {
		expect(() => addIsland('<html><body></body></html>', URL)).toThrow(/Content-Security-Policy/);
		expect(() => addIsland(page().replace('</body>', ''), URL)).toThrow(/<\/body>/);
	});
	it('in dev, where the policy is a header, adds a plain module script for Vite to serve', () => {
		const out = addIsland(page(), '/src/lib/drivers/reading/island/reading.ts', {
			data: '<script id="d"></script>',
			dev: true
		});
		expect(out).toContain(
			'<script id="d"></script><script type="module" src="/src/lib/drivers/reading/island/reading.ts"></script></body>'
		);
		expect(out).toContain(`content="${POLICY}"`);
	});
});

describe('addHeadScript', () => {
	it('runs the code in the head, after the policy that allows it by hash', () => {
		const out = addHeadScript(page(), 'x=1;');
		expect(out).toContain(`script-src 'self' ${scriptHash('x=1;')};`);
		expect(out.indexOf('<script>x=1;</script>')).toBeGreaterThan(out.indexOf('content-security-policy'));
		expect(out.indexOf('<script>x=1;</script>')).toBeLessThan(out.indexOf('</head>'));
	});
	it('refuses a page without a policy', () => {
		expect(() => addHeadScript('<html><head></head><body></body></html>', 'x=1;')).toThrow(
			/no Content-Security-Policy/
		);
	});
});
