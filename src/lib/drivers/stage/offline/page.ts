/**
 * The offline talk's one HTML file, put together at build time (see vite.offline.config.ts): the
 * global styles with the fonts inlined as data: URLs, and the script inline. Pure string work, so a
 * unit test can check that nothing in it points outside the file.
 */
import { jsonScript, jsonScriptElement } from '../../shared/json-script.ts';
import { htmlLang } from '../../shared/head.ts';
import type { LangCode } from '../../../model/locale/langs.ts';

/**
 * The styles with each `url('/fonts/x.woff2')` replaced by the font itself, and shown with
 * `font-display: block`: inside the file a font waits for nothing but decoding, while `optional`
 * keeps the fallback fonts for the whole talk whenever decoding ends after the first paint (a busy
 * laptop, a large file).
 */
export function inlineFonts(css: string, readFont: (name: string) => Buffer): string {
	return css
		.replace(/url\((['"]?)\/fonts\/([^'")]+)\1\)/g, (_m, _q, name: string) => {
			const type = name.endsWith('.woff2') ? 'font/woff2' : 'font/woff';
			return `url("data:${type};base64,${readFont(name).toString('base64')}")`;
		})
		.replace(/font-display:\s*optional/g, 'font-display: block');
}

/** `</script` inside the script would end it early: escape the slash. */
export function safeScript(js: string): string {
	return js.replace(/<\/(script)/gi, '<\\/$1');
}

/** The id of the element that carries a talk's story (JSON), read by main.ts. */
export const TALK_DATA_ID = 'talk-data';

/**
 * One story's talk: its data as JSON (one talk script serves every story of the build: the
 * script is built once, each story's file carries its own data), then the script. `title` is the
 * page's whole title, in the story's language (`lang`), as the talk's own `<title>` says it.
 */
export function talkHtml(opts: { title: string; lang: LangCode; css: string; js: string; data: unknown }): string {
	const title = opts.title.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
	return `<!doctype html>
<html ${htmlLang(opts.lang)}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<style>${opts.css}</style>
</head>
<body>
${jsonScriptElement(TALK_DATA_ID, jsonScript(opts.data))}
<script>${safeScript(opts.js)}</script>
</body>
</html>
`;
}
