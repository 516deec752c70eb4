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
		const html = talkHtml({
			title: 'A <b> & c · Stage',
			lang: 'en',
			css: '',
			js: 'x()',
			data: { copy: '</script><!-- a' }
		});
		expect(html).toContain('<title>A &lt;b&gt; &amp; c · Stage</title>');
		expect(html).toContain('<script>x()</script>');
		// The story's data cannot end its element early, and reads back whole.
		const json = /<script type="application\/json" id="talk-data">([^<]*)<\/script>/.exec(html);
		expect(JSON.parse(json![1])).toEqual({ copy: '</script><!-- a' });
		expect(html).not.toMatch(/src=|href=/);
	});
});

describe('the offline talk in another language', () => {
	it('declares its language, and its direction when it runs right to left', () => {
		const talk = (lang: 'en' | 'zh' | 'ar') => talkHtml({ title: 't', lang, css: '', js: '', data: {} });
		expect(talk('en')).toContain('<html lang="en">');
		expect(talk('zh')).toContain('<html lang="zh-Hans">');
		expect(talk('ar')).toContain('<html lang="ar" dir="rtl">');
	});
});
