import { describe, expect, it } from 'vitest';
import { inlineFonts, safeScript, talkHtml } from './page';

describe('the offline talk page', () => {
	it('inlines fonts named by absolute /fonts/ URLs, shown as soon as they are decoded', () => {
		const css = `@font-face { src: url('/fonts/a.woff2') format('woff2'); font-display: optional; } .x { background: url(/img.png) }`;
		const out = inlineFonts(css, (name) => Buffer.from(`font ${name}`));
		expect(out).toContain(`url("data:font/woff2;base64,${Buffer.from('font a.woff2').toString('base64')}")`);
		expect(out).toContain('url(/img.png)');
		expect(out).toContain('font-display: block;');
	});

	it('keeps a script from closing itself early, and escapes the title', () => {
		expect(safeScript('a("</script>")')).toBe('a("<\\/script>")');
		const html = talkHtml({ title: 'A <b> & c', css: '', js: 'x()', data: { copy: '</script><!-- a' } });
		expect(html).toContain('<title>A &lt;b&gt; &amp; c · Stage</title>');
		expect(html).toContain('<script>x()</script>');
		// The story's data cannot end its element early, and reads back whole.
		const json = /<script type="application\/json" id="talk-data">([^<]*)<\/script>/.exec(html);
		expect(JSON.parse(json![1])).toEqual({ copy: '</script><!-- a' });
		expect(html).not.toMatch(/src=|href=/);
	});
});
