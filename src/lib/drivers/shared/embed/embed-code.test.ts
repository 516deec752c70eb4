import { describe, expect, it } from 'vitest';
import { EN_UI } from '../../../model/locale/ui/en';
import { DEFAULT_HEIGHT, embedCode, embedId, embedUrl, iframeCode, PYM_SCRIPT, VARIANTS } from './embed-code';
import { heightAt, heightsAttribute, MEASURED_WIDTHS, reservedHeight, STEP_WIDTHS, withHeights } from './heights.js';

const step = { slug: 'china', stepId: 'gap', title: 'The "gap" <widens> · China & AI' };
const story = { slug: 'china', title: 'China & AI' };
const site = 'https://news.org/stories/';
const table = { '600': 700, '320': 812.4, '375': 790 };

describe('heights', () => {
	it('writes the loader’s table by width, whole pixels, and reads it as the loader does', () => {
		expect(heightsAttribute(table)).toBe('320:813,375:790,600:700');
		expect(heightsAttribute({})).toBeNull();
		expect(heightsAttribute({ x: 5, '400': -1 })).toBeNull();
		// A pair within 4 px of the one kept before it is left out: the loader's pick is then 4 px off at most.
		expect(heightsAttribute({ '320': 600, '336': 604, '352': 609, '368': 606 })).toBe('320:600,352:609');
		expect(reservedHeight(table, 560)).toBe(813);
		expect(reservedHeight(null, 560)).toBe(560);
		expect(heightAt(table, 414, 1)).toBe(790);
		expect(heightAt(table, 900, 1)).toBe(700);
		expect(heightAt(table, 300, 1)).toBe(813);
		expect(heightAt(undefined, 300, 1)).toBe(1);
	});

	it('a step embed is measured at the named widths and every 16 px between and below, narrowest first', () => {
		for (const w of [...MEASURED_WIDTHS, 288, 336, 704]) expect(STEP_WIDTHS).toContain(w);
		expect([...STEP_WIDTHS].sort((a, b) => a - b)).toEqual(STEP_WIDTHS);
	});
});

describe('embedCode', () => {
	it('with the loader: the step embed’s absolute address, its title escaped, the default height, the loader', () => {
		expect(embedCode(step, { site })).toBe(
			'<div style="container-type:inline-size">' +
				'<iframe id="story-embed-china-gap" src="https://news.org/stories/china/embed/gap/" title="The &quot;gap&quot; &lt;widens&gt; · China &amp; AI" loading="lazy"' +
				` style="display:block;width:100%;border:0;height:var(--embed-height,${DEFAULT_HEIGHT.step}px)"></iframe></div>` +
				'<script async src="https://news.org/stories/embed.js"></script>'
		);
	});

	it('the story embed, a theme, the measured heights: a rule per width for the first paint, and the loader’s table', () => {
		const code = embedCode(story, { site, theme: 'dark', heights: table });
		expect(code).toContain('src="https://news.org/stories/china/embed/?theme=dark"');
		expect(code).toContain(
			'<div style="container-type:inline-size"><style>#story-embed-china{--embed-height:813px}@container (min-width:320px){#story-embed-china{--embed-height:813px}}' +
				'@container (min-width:375px){#story-embed-china{--embed-height:790px}}@container (min-width:600px){#story-embed-china{--embed-height:700px}}</style>'
		);
		expect(code).toContain('height:var(--embed-height,813px)" data-heights="320:813,375:790,600:700"></iframe></div>');
		expect(embedUrl(story, site, 'light')).toBe('https://news.org/stories/china/embed/');
		expect(embedUrl(story, null, 'auto')).toBe('/china/embed/?theme=auto');
		expect(embedCode(story, { site })).toContain(`height:var(--embed-height,${DEFAULT_HEIGHT.story}px)`);
		expect(embedId({ slug: 'a.b', stepId: 'c d' })).toBe('story-embed-a-b-c-d');
	});

	it('iframe only: no script at all', () => {
		const code = embedCode(step, { site, variant: 'iframe' });
		expect(code).toBe(iframeCode(step, { site }));
		expect(code).not.toContain('<script');
	});

	it('pym.js: its element, its script, a Parent with our address and the title, nothing unescaped', () => {
		const code = embedCode({ ...step, title: 'A </script> title' }, { site, variant: 'pym', theme: 'auto' });
		expect(code).toBe(
			`<div id="story-embed-china-gap"></div><script src="${PYM_SCRIPT}"></script>` +
				'<script>new pym.Parent("story-embed-china-gap", "https://news.org/stories/china/embed/gap/?theme=auto", { title: "A \\u003c/script> title" });</script>'
		);
	});

	it('names each variant and where it works', () => {
		expect(VARIANTS).toEqual(['loader', 'iframe', 'pym']);
		expect(EN_UI['embed-hosts-iframe']).toMatch(/AMP/);
	});

	it('the heights rewrite gives the code written with the heights, and publishing twice changes nothing', () => {
		for (const t of [step, story]) {
			const plain = embedCode(t, { site });
			const measured = embedCode(t, { site, heights: table });
			expect(withHeights(plain, table)).toBe(measured);
			expect(withHeights(measured, table)).toBe(measured);
			expect(withHeights(plain, {})).toBe(plain);
		}
	});
});
