/**
 * The host pages of the embed tests (`server.mjs` serves them): an article with the embed among
 * its words, set up as each kind of host sets one up.
 * - `loader`: our embed code, the iframe and `/embed.js`;
 * - `pym`: a page running pym.js (from npm), whose `pym.Parent` makes the iframe;
 * - `amp`: a page that sizes the iframe on AMP's `embed-size` message, as `amp-iframe resizable` does;
 * - `plain`: an iframe of fixed height and nothing else (an app, a newsletter's web view);
 * - `hostile`: our embed code, then the host page posts messages of other shapes to the embed,
 *   and a frame of the host's own origin posts loader-shaped messages to the host.
 */

export const HOSTS = ['loader', 'pym', 'amp', 'plain', 'hostile'];

const words = (n, from) =>
	Array.from(
		{ length: n },
		(_, i) =>
			`<p>Host paragraph ${from + i}. The article's own words sit around the embed, in the host's own type, as in any page of a content management system.</p>`
	).join('\n');

/** Attribute-safe. */
const attr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function article(body, { before = 3, after = 8, script = '' } = {}) {
	return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A host article</title>
<style>body{margin:0;font:18px/1.55 Georgia,serif;color:#222;background:#fff}main{max-width:46rem;margin:0 auto;padding:0 12px}</style></head>
<body><main><h1>A host article</h1>
${words(before, 1)}
${body}
${words(after, before + 1)}
</main>${script}</body></html>`;
}

export function hostPage(host, { embedOrigin, src, params }) {
	const url = embedOrigin + src;
	const height = Number(params.get('h')) || 600;
	const heights = params.get('heights');
	const frame = (extra = '') =>
		`<iframe id="embed" src="${attr(url)}" title="An embedded story" style="display:block;width:100%;border:0;height:${height}px"${heights ? ` data-heights="${attr(heights)}"` : ''} ${extra}></iframe>`;
	const loader = `<script async src="${attr(embedOrigin)}/embed.js"></script>`;
	if (host === 'loader') return article(frame(), { script: loader, before: Number(params.get('before') ?? 3) });
	if (host === 'plain') return article(frame());
	if (host === 'pym')
		return article('<div id="graphic"></div>', {
			script: `<script src="/pym.js"></script><script>window.pymParent = new pym.Parent('graphic', ${JSON.stringify(url)}, {});</script>`
		});
	if (host === 'amp')
		return article(frame(), {
			script: `<script>
addEventListener('message', (e) => {
	const f = document.getElementById('embed');
	const d = e.data;
	if (e.source !== f.contentWindow || !d || d.sentinel !== 'amp' || d.type !== 'embed-size') return;
	f.style.height = d.height + 'px';
	window.ampSized = (window.ampSized || 0) + 1;
});
</script>`
		});
	if (host === 'hostile')
		return article(
			frame() + '<iframe id="other" srcdoc="" title="Another frame" style="width:10px;height:10px;border:0"></iframe>',
			{
				script: `${loader}<script>
window.hostile = () => {
	const f = document.getElementById('embed').contentWindow;
	const bad = [
		'pymxPYMxgraphicxPYMxheightxPYMx5',
		{ storyEmbed: 1, type: 'view', top: 'x', height: 800, small: 800, event: 'scroll' },
		{ storyEmbed: 2, type: 'view', top: 0, height: 800, small: 800, event: 'scroll' },
		{ storyEmbed: 1, type: 'view', top: 0, height: -1, small: 800, event: 'scroll' },
		{ storyEmbed: 1, type: 'scroll', by: 400 },
		{ sentinel: 'amp', type: 'embed-size', height: 5 },
		null, 42, 'hello'
	];
	for (const m of bad) f.postMessage(m, '*');
	// Loader-shaped messages from a frame that is not the embed, of the host's own origin.
	const other = document.getElementById('other').contentWindow;
	other.eval("parent.postMessage({ storyEmbed: 1, type: 'height', height: 5 }, '*'); parent.postMessage({ storyEmbed: 1, type: 'scroll', by: 900 }, '*');");
	return bad.length;
};
</script>`
			}
		);
	throw new Error(`no host ${host}`);
}
