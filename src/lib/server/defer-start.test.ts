import { describe, expect, it } from 'vitest';
import { deferStart, scriptHash } from './defer-start.ts';

const START = `
	{
		__sveltekit_x = { base: "" };
		const element = document.currentScript.parentElement;
		Promise.all([
			import("./_app/immutable/entry/start.js"),
			import("./_app/immutable/entry/app.js")
		]).then(([kit, app]) => {
			kit.start(app, element, { node_ids: [0, 2], data: [null, {"a":[1,2]}] });
		});
	}
`;
const page = (script: string, hash = scriptHash(script)) =>
	`<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hash}"></head>` +
	`<body><div>story</div><script>${script}</script></body></html>`;

describe('deferStart', () => {
	it('imports the start code after the next frame, and puts the new script hash in the policy', () => {
		const out = deferStart(page(START));
		const script = /<script>([\s\S]*?)<\/script>/.exec(out)![1];
		expect(script).toContain("observe({ type: 'paint', buffered: true })");
		expect(script).toMatch(/\.then\(\(\) => Promise\.all\(\[\s*import\("\.\/_app\/immutable\/entry\/start\.js"\),/);
		expect(script).toContain('kit.start(app, element,');
		expect(script).toContain('document.currentScript.parentElement');
		expect(out).toContain(scriptHash(script));
		expect(out).not.toContain(scriptHash(START));
		// Still one script, and valid JavaScript.
		expect(out.match(/<script/g)).toHaveLength(1);
		expect(() => new Function(script)).not.toThrow();
	});
	it('leaves a page alone when the start script or its hash is not as expected', () => {
		const noHash = page(START, "'sha256-other'");
		expect(deferStart(noHash)).toBe(noHash);
		const other = page('console.log(1)');
		expect(deferStart(other)).toBe(other);
		expect(deferStart('<p>no script</p>')).toBe('<p>no script</p>');
	});
});
