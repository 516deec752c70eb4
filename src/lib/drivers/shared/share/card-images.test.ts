import { describe, expect, it } from 'vitest';
import { withCardImages } from './card-images.js';

const page = (slug: string) =>
	`<figure class="card s-x" data-card="${slug}/s/intro/card.png" data-card-alt="Top 5 &quot;models&quot;. A caption." data-card-size="1200x630"><figcaption>Opens on: Top 5</figcaption></figure>`;

describe('card images on the list of stories', () => {
	it('go first in each card whose image was drawn, with its size and words; the others keep their words alone', () => {
		const html = `<main>${page('a')}${page('b')}<figure class="other"></figure></main>`;
		const { html: out, added } = withCardImages(html, (p) => p === 'a/s/intro/card.png');
		expect(added).toBe(1);
		expect(out).toContain(
			`data-card-size="1200x630"><img src="a/s/intro/card.png" width="1200" height="630" alt="Top 5 &quot;models&quot;. A caption." loading="lazy"><figcaption>`
		);
		expect(out).toContain(`${page('b')}<figure class="other"></figure>`);
	});

	it('change nothing the second time', () => {
		const once = withCardImages(page('a'), () => true).html;
		expect(withCardImages(once, () => true)).toEqual({ html: once, added: 0 });
	});
});
