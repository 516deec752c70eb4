/**
 * An embed's `?theme=`: the three themes by name, light for anything else; and the CSS that turns
 * `data-theme` into colours, read from app.css (the browser side is tests/e2e/theme.spec.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { themeFrom, themeScript } from './theme-query';

describe('themeFrom', () => {
	it('reads the three themes, with or without the question mark, beside other parameters', () => {
		expect(themeFrom('?theme=light')).toBe('light');
		expect(themeFrom('?theme=dark')).toBe('dark');
		expect(themeFrom('?theme=auto')).toBe('auto');
		expect(themeFrom('theme=dark')).toBe('dark');
		expect(themeFrom('?step=3&theme=auto&x=1')).toBe('auto');
	});

	it('is light for no theme, an empty or unknown one, or a repeated one', () => {
		for (const search of [
			'',
			'?',
			'?step=3',
			'?theme',
			'?theme=',
			'?theme=sepia',
			'?theme=Dark',
			'?theme=%20dark',
			'?theme=dark&theme=dark',
			'?theme=dark&theme=auto',
			'?Theme=dark'
		]) {
			expect(themeFrom(search), search).toBe('light');
		}
	});
});

describe('app.css themes', () => {
	const css = readFileSync('src/app.css', 'utf8');
	/** The declarations of the first rule whose selector list is `selector`, in order. */
	const body = (selector: string): string[] => {
		const at = css.indexOf(`${selector} {`);
		expect(at, selector).toBeGreaterThan(-1);
		const inner = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
		return inner
			.replace(/\/\*[\s\S]*?\*\//g, '')
			.split(';')
			.map((d) => d.trim())
			.filter(Boolean);
	};

	it('write every colour once, as a light and dark pair', () => {
		const palette = body(':root,\n[data-theme]').filter((d) => /^--(?!light-on|dark-on)/.test(d));
		expect(palette.length).toBeGreaterThan(10);
		for (const d of palette)
			expect(d).toMatch(/^--[\w-]+: var\(--light-on, #[0-9a-f]{6}\) var\(--dark-on, #[0-9a-f]{6}\)$/);
	});

	it('switch to dark the same way when asked and when the reader prefers it', () => {
		const asked = body("[data-theme='dark']");
		expect(asked).toEqual(['--light-on:', '--dark-on: initial', 'color-scheme: dark']);
		const media = css.slice(css.indexOf('@media (prefers-color-scheme: dark) {'));
		expect(media).toContain(":root.reading:not([data-theme]),\n\t[data-theme='auto'] {");
		expect(body(":root.reading:not([data-theme]),\n\t[data-theme='auto']")).toEqual(asked);
	});
});

describe('themeScript', () => {
	it('runs alone, setting the theme the address asks for on the root element', () => {
		for (const [search, theme] of [
			['?theme=dark', 'dark'],
			['?theme=auto', 'auto'],
			['?theme=sepia', 'light'],
			['', 'light']
		]) {
			const document = { documentElement: { dataset: {} as Record<string, string> } };
			new Function('document', 'location', themeScript())(document, { search });
			expect(document.documentElement.dataset.theme).toBe(theme);
		}
	});
});
