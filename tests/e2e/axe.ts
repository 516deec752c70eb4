/**
 * axe (WCAG 2.0/2.1 A and AA) in a page, for the accessibility specs: `audit()` fails on serious
 * and critical violations and lists the rest as annotations; `labelContrast()` checks the chart
 * labels axe cannot.
 */
import { createRequire } from 'node:module';
import type { Frame, Page, TestInfo } from '@playwright/test';
import { expect } from './fixtures.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe-core, the very copy @axe-core/playwright drives. `audit` calls `axe.run` in the page
 * themselves (what AxeBuilder's legacy mode does, for the same tags), because AxeBuilder injects
 * the whole 0.5 MB script into the page again on every call (twice in legacy mode) and by default
 * gathers its results in a new blank page: three quarters of an audit's time on our machines. Here
 * the script goes in once per page load. The page has no frames (checked), which is the one thing
 * `axe.run` alone would not reach.
 */
const axeCore = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))(
	'axe-core'
) as typeof import('axe-core');

/** Runs axe; fails on serious and critical violations, lists the rest as annotations. */
export async function audit(page: Page | Frame, info: TestInfo, where: string): Promise<void> {
	expect(await page.locator('iframe, frame').count(), 'frames (not audited by axe.run alone)').toBe(0);
	if (!(await page.evaluate(() => 'axe' in window))) {
		await page.evaluate(axeCore.source);
		await page.evaluate(() =>
			(window as unknown as { axe: typeof import('axe-core') }).axe.configure({
				allowedOrigins: ['<same_origin>'],
				branding: { application: 'playwright' }
			})
		);
	}
	const results = await page.evaluate(
		(tags) =>
			(window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
				runOnly: { type: 'tag', values: tags }
			}),
		TAGS
	);
	const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	for (const v of results.violations) {
		if (blocking.includes(v)) continue;
		info.annotations.push({
			type: `axe ${v.impact ?? 'minor'} at ${where}`,
			description: `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
		});
	}
	const report = blocking.map(
		(v) =>
			`${v.id} [${v.impact}] ${v.help}\n` +
			v.nodes
				.slice(0, 6)
				.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`)
				.join('\n')
	);
	expect(report, `serious or critical axe violations at ${where}`).toEqual([]);
}

/**
 * Chart label contrast. axe leaves the chart's labels "incomplete" (their boxes overlap, so it
 * cannot find their background): this checks them the same way, by hand. For every visible piece
 * of text in the plot: its colour (with the opacity of its ancestors) against the first opaque
 * background behind it in the DOM (a tag, a chip), or the paper; 4.5:1, or 3:1 for large text.
 */
export function labelContrast(page: Page): Promise<{ out: string[]; n: number }> {
	return page.evaluate(() => {
		const plot = document.querySelector<HTMLElement>('[data-chart-state]')!;
		const plotBox = plot.getBoundingClientRect();
		const parse = (c: string): [number, number, number, number] => {
			const m = c.match(/rgba?\(([^)]+)\)/);
			if (!m) return [0, 0, 0, 0];
			const [r, g, b, a = '1'] = m[1].split(/[,\s/]+/).filter(Boolean);
			return [Number(r), Number(g), Number(b), Number(a)];
		};
		const over = (top: number[], bottom: number[]) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3]));
		const lum = (rgb: number[]) => {
			const [r, g, b] = rgb.map((v) => {
				const c = v / 255;
				return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * r + 0.7152 * g + 0.0722 * b;
		};
		const paper = parse(getComputedStyle(document.body).backgroundColor);
		const out: string[] = [];
		let n = 0;
		for (const el of plot.querySelectorAll<HTMLElement>('*')) {
			const own = [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim() !== '');
			if (!own) continue;
			const style = getComputedStyle(el);
			if (style.visibility === 'hidden') continue;
			const box = el.getBoundingClientRect();
			const inside =
				box.right > plotBox.left && box.left < plotBox.right && box.bottom > plotBox.top && box.top < plotBox.bottom;
			if (box.width * box.height === 0 || !inside) continue;
			let opacity = 1;
			let bg: number[] | null = null;
			for (let a: HTMLElement | null = el; a && a !== document.body; a = a.parentElement) {
				const s = getComputedStyle(a);
				opacity *= Number(s.opacity);
				const c = parse(s.backgroundColor);
				if (!bg && c[3] > 0) bg = c[3] >= 1 ? c : [...over(c, paper), 1];
			}
			if (opacity < 0.05) continue; // not shown
			const back = bg ?? paper;
			const fg = parse(style.color);
			const seen = over([fg[0], fg[1], fg[2], fg[3] * opacity], back);
			const [l1, l2] = [lum(seen), lum(back)].sort((x, y) => y - x);
			const ratio = (l1 + 0.05) / (l2 + 0.05);
			const size = parseFloat(style.fontSize);
			const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
			n++;
			if (ratio < (large ? 3 : 4.5)) {
				out.push(
					`"${el.textContent!.trim().slice(0, 30)}" ${style.color} on rgb(${back.slice(0, 3).map(Math.round).join(', ')}): ${ratio.toFixed(2)}`
				);
			}
		}
		return { out, n };
	});
}
