/**
 * Accessibility: axe (WCAG 2.0/2.1 A and AA) at several places in the story, keyboard reach and
 * visible focus, the polite live region, and country never shown by colour alone.
 * One walk through the story (at rest: reduced motion) checks everything that holds at each step,
 * then opens each chart's data table; the keyboard gets a test of its own. Runs on every project
 * (desktop, projector, phone portrait and landscape). Layout shift is measured in story.spec's walk.
 */
import type { Page } from '@playwright/test';
import {
	test,
	expect,
	settleOn,
	steps,
	story,
	ready,
	currentSteps,
	chartState,
	expectedState,
	scrollStill,
	poll,
	BASE
} from './fixtures.ts';
import { chartText } from '../../src/lib/kinds/registry.ts';
import { audit, labelContrast } from './axe.ts';

/**
 * Colour is never alone. The rule, checked once the chart has settled:
 * 1. every visible mark drawn in a group's colour carries `data-group` (`g0`, the group's place
 *    in the story's list), and
 * 2. names, through `data-tag-ref`, a visible label (`data-tag-for`) inside the plot whose text
 *    says the group in words: its tag, its label, or a word of the chart that names it (a series).
 * Coloured shapes inside labels and legends (tags, keys) are words' companions, not marks.
 */
function groupInWords(page: Page, chart: string): Promise<{ failures: string[]; marks: number }> {
	const step = steps.find((s) => s.chart.id === chart)!;
	// What may name each group: its tag, its label, and the chart's words for it (`series-CN`).
	const names = story.groups.map((g) => [
		g.tag,
		g.label,
		...Object.entries(step.chart.words)
			.filter(([k]) => k.endsWith(`-${g.id}`))
			.map(([, w]) => w)
	]);
	return page.evaluate(
		([chart, names]) => {
			const plot = document.querySelector<HTMLElement>('[data-chart-state]')!;
			const layer = plot.querySelector<HTMLElement>(`[data-chart="${chart}"]`)!;
			const plotBox = plot.getBoundingClientRect();
			const probe = document.createElement('span');
			document.body.append(probe);
			const rgb = (v: string) => {
				probe.style.color = v;
				return getComputedStyle(probe).color;
			};
			// The groups' colours as the chart resolves them (--g0, --g1... on the chart's stack).
			const stack = getComputedStyle(layer);
			const colours = Object.fromEntries(names.map((_, i) => [`g${i}`, rgb(stack.getPropertyValue(`--g${i}`).trim())]));
			probe.remove();
			const shown = (el: Element) => {
				let o = 1;
				for (let n: Element | null = el; n && n !== plot; n = n.parentElement) {
					const s = getComputedStyle(n);
					if (s.display === 'none' || s.visibility === 'hidden') return false;
					o *= Number(s.opacity);
				}
				const b = el.getBoundingClientRect();
				const inside =
					b.right > plotBox.left && b.left < plotBox.right && b.bottom > plotBox.top && b.top < plotBox.bottom;
				return o > 0.5 && b.width * b.height > 0 && inside;
			};
			const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			const words: Record<string, RegExp> = Object.fromEntries(
				names.map((n, i) => [`g${i}`, new RegExp(`(^|\\W)(${n.map(escape).join('|')})(\\W|$)`)])
			);
			const failures: string[] = [];
			const marks = [...layer.querySelectorAll<Element>('[data-group]')].filter(shown);
			for (const m of marks) {
				const country = m.getAttribute('data-group')!;
				const ref = m.getAttribute('data-tag-ref');
				const labels = ref ? [...layer.querySelectorAll(`[data-tag-for="${CSS.escape(ref)}"]`)].filter(shown) : [];
				if (!labels.some((l) => words[country]?.test(l.textContent ?? ''))) {
					failures.push(`${m.getAttribute('data-mark')} (${country}): no visible label says the group`);
				}
			}
			// Anything painted in a group colour must be such a mark, or part of a label or legend.
			for (const el of layer.querySelectorAll<Element>('*')) {
				if (el.closest('defs, pattern, [data-group], [data-tag-for], [data-legend]')) continue;
				if (!shown(el)) continue;
				const s = getComputedStyle(el);
				const paints = [s.fill, s.stroke, s.backgroundColor];
				if (parseFloat(s.borderLeftWidth) > 0) paints.push(s.borderLeftColor);
				for (const [c, value] of Object.entries(colours)) {
					if (paints.includes(value)) {
						failures.push(
							`${el.tagName.toLowerCase()}.${el.getAttribute('class')}: painted ${c} but not a labelled mark`
						);
					}
				}
			}
			return { failures, marks: marks.length };
		},
		[chart, names] as const
	);
}

test.describe('the story, read with assistive needs', () => {
	// Everything here is checked at rest, not in motion (motion.spec): each state is drawn final
	// at once, so the walk waits only until the chart is live and still.
	test.use({ reducedMotion: 'reduce' });

	test("at every step: contrast, country in words, the live region; axe at the top, mid-story, the end, the sources and with each chart's table open", async ({
		page
	}, info) => {
		test.setTimeout(120_000);
		await page.goto(BASE);
		await ready(page);
		await audit(page, info, 'top');

		const announcer = page.getByTestId('chart-announcer');
		await expect(announcer).toHaveAttribute('aria-live', 'polite');
		const say = (id: string) => {
			const step = steps.find((s) => s.id === id)!;
			const t = chartText(story.data, step);
			return `${t.title}. ${t.caption}`;
		};
		const norm = async () => (await announcer.textContent())!.replace(/\s+/g, ' ').trim();

		const middle = steps[Math.floor(steps.length / 2)];
		const contrastFailures: string[] = [];
		let labelsChecked = 0;
		let countryMarksChecked = 0;
		const announced = new Set<string>();

		for (const step of steps) {
			await settleOn(page, step.id);

			// The polite announcer says the new state's title and caption.
			await poll(norm, `announcer at ${step.id}`).toBe(say(step.id));
			announced.add(say(step.id));

			const contrast = await labelContrast(page);
			contrastFailures.push(...contrast.out.map((f) => `${step.id}: ${f}`));
			labelsChecked += contrast.n;

			const colour = await groupInWords(page, step.chart.id);
			expect.soft(colour.failures, `colour alone at ${step.id}`).toEqual([]);
			countryMarksChecked += colour.marks;

			if (step === middle || step === steps.at(-1)) await audit(page, info, `step ${step.id}`);
		}

		expect.soft(labelsChecked, 'labels checked').toBeGreaterThan(100);
		expect.soft(contrastFailures, 'chart labels under WCAG AA contrast').toEqual([]);
		expect.soft(countryMarksChecked, 'country-coloured marks checked over the story').toBeGreaterThan(20);
		// The announcements differ from state to state (so the checks above could fail), and going
		// back says the first state's words again.
		expect(announced.size, 'different announcements over the story').toBeGreaterThan(steps.length / 2);
		await settleOn(page, steps[0].id);
		await poll(norm, 'announcer back at the first step').toBe(say(steps[0].id));

		await page.locator('#sources').scrollIntoViewIfNeeded();
		await scrollStill(page);
		await audit(page, info, 'sources');

		// Then the data table of every chart, open.
		const seen = new Set<string>();
		for (const step of steps) {
			if (seen.has(step.chart.id)) continue;
			seen.add(step.chart.id);
			await settleOn(page, step.id);
			await page.locator('.data-table summary').click();
			await audit(page, info, `${step.id} (table open)`);
			await page.locator('.data-table summary').click();
		}
	});
});

test.describe('keyboard', () => {
	test('Tab reaches every link and the data table, always with a visible focus ring on something visible', async ({
		page
	}, info) => {
		await page.goto(BASE);
		await ready(page);
		// Everything that must be reachable, tagged so it can be recognised when focused.
		const wanted = await page.evaluate(() => {
			const els = [...document.querySelectorAll<HTMLElement>('a[href], .data-table summary')];
			els.forEach((el, i) => (el.dataset.kb = String(i)));
			return els.map((el) => `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}"`);
		});
		expect(wanted.length).toBeGreaterThan(3);

		const reached = new Set<string>();
		const problems: string[] = [];
		let summaryRows: string[][] | null = null;
		for (let press = 0; press < wanted.length + 20; press++) {
			await page.keyboard.press('Tab');
			const f = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const style = getComputedStyle(el);
				const box = el.getBoundingClientRect();
				let opacity = 1;
				for (let n: Element | null = el; n; n = n.parentElement) opacity *= Number(getComputedStyle(n).opacity);
				const ring =
					(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
					(style.boxShadow !== 'none' && style.boxShadow !== '');
				const inView = box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
				return {
					kb: el.dataset.kb ?? null,
					what: `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''} "${el.textContent?.trim().slice(0, 40)}"`,
					focusVisible: el.matches(':focus-visible'),
					ring,
					size: box.width * box.height,
					opacity,
					visibility: style.visibility,
					inView
				};
			});
			if (!f) break; // wrapped past the last element
			if (f.kb !== null) {
				if (reached.has(f.kb)) break; // wrapped around
				reached.add(f.kb);
			}
			if (!f.focusVisible || !f.ring) problems.push(`${f.what}: no visible focus ring`);
			if (f.size < 1 || f.opacity < 0.5 || f.visibility === 'hidden' || !f.inView) {
				problems.push(`${f.what}: focused but not visible (size ${f.size}, opacity ${f.opacity}, in view ${f.inView})`);
			}
			if (f.what.startsWith('summary') && summaryRows === null) {
				await page.screenshot({ path: `test-results/screens/${info.project.name}/focus-summary.png` });
				// Enter opens the table, and it holds the data of the chart state on screen.
				await page.keyboard.press('Enter');
				const table = page.locator('.data-table table');
				await expect(table).toBeVisible();
				const current = (await currentSteps(page))[0];
				const step = steps.find((s) => s.id === current)!;
				expect(await chartState(page)).toBe(expectedState(step));
				const expected = chartText(story.data, step).table;
				const header = await table.locator('thead th').allTextContents();
				expect(header.map((t) => t.trim())).toEqual(expected.columns);
				summaryRows = await table
					.locator('tbody tr')
					.evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent!.trim())));
				expect(summaryRows).toEqual(expected.rows.map((r) => r.map((c) => c.trim())));
				await page.screenshot({ path: `test-results/screens/${info.project.name}/focus-table.png` });
			}
			if (f.what.startsWith('a') && f.what.includes('skip-link')) {
				await page.screenshot({ path: `test-results/screens/${info.project.name}/focus-skip-link.png` });
			}
		}
		const missed = wanted.filter((_, i) => !reached.has(String(i)));
		expect(missed, 'links and the data table summary never reached by Tab').toEqual([]);
		expect(problems).toEqual([]);
		expect(summaryRows, 'the data table was opened with Enter').not.toBeNull();

		// Escape closes the open table and gives focus back to its summary.
		const summary = page.locator('.data-table summary');
		await summary.focus();
		if (!(await page.locator('.data-table').evaluate((d) => (d as HTMLDetailsElement).open))) {
			await page.keyboard.press('Enter');
		}
		await page.keyboard.press('Tab');
		await expect(page.locator('.data-table .scroll')).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(page.locator('.data-table table')).toBeHidden();
		await expect(summary).toBeFocused();
	});
});
