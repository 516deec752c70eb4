/**
 * The first chart is drawn at build time, into the HTML. When its code arrives the live chart
 * takes over those very nodes (hydration), rather than drawing a second copy: no new DOM, no
 * layout, no flash. And the drawing travels once, as HTML, not again as a string in the page data.
 */
import { test, expect, steps, ready, scrollToStep, currentSteps, chartState, expectedState, BASE } from './fixtures.ts';

const first = steps[0];
const MARKS = `[data-chart="${first.chart.id}"] svg :is(path, rect, line)`;

test('the live chart takes over the build-time drawing in place, then follows the story', async ({ page }) => {
	const warnings: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'warning') warnings.push(m.text());
	});
	await page.goto(BASE);
	await ready(page);
	await expect(page.locator('[data-chart-ready]')).toHaveCount(0);

	// Tag every drawn mark, then make the first move that loads the charts.
	const tagged = await page.$$eval(MARKS, (els) => els.map((el) => ((el as Element & { tag?: number }).tag = 1)));
	expect(tagged.length).toBeGreaterThan(3);
	await page.mouse.wheel(0, 1);
	await expect(page.locator(`[data-chart-ready="${first.chart.id}"]`)).toHaveCount(1);

	const kept = await page.$$eval(
		MARKS,
		(els) => els.filter((el) => (el as Element & { tag?: number }).tag === 1).length
	);
	expect(kept, 'marks of the build-time drawing still in the page').toBe(tagged.length);
	await expect(page.locator('[data-chart]')).toHaveCount(1);
	expect(
		warnings.filter((w) => /hydrat/i.test(w)),
		'hydration warnings'
	).toEqual([]);

	// The hydrated chart is live: the next step of the same chart changes its marks, and the marks
	// both states share are the very same nodes (updated, not drawn again).
	const next = steps.find((s, i) => i > 0 && s.chart.id === first.chart.id && s.state !== first.state);
	test.skip(!next, 'the story has no second state of the first chart');
	await scrollToStep(page, next!.id);
	await expect.poll(() => currentSteps(page)).toEqual([next!.id]);
	await expect.poll(() => chartState(page)).toBe(expectedState(next!));
	await expect.poll(() => page.locator(MARKS).count(), { message: 'marks of the next state' }).not.toBe(tagged.length);
	const shared = await page.$$eval(`[data-chart="${first.chart.id}"] [data-mark]`, (els) =>
		els.map((el) => [el.getAttribute('data-mark'), (el as Element & { tag?: number }).tag === 1])
	);
	const keptKeys = shared.filter(([, t]) => t).map(([k]) => k);
	expect(keptKeys.length, 'marks carried over from the build-time drawing').toBeGreaterThan(3);
});

test('the page data carries no copy of the drawing', async ({ request }) => {
	const html = await (await request.get(BASE)).text();
	// The host holds the chart component's server output (it opens with a hydration marker).
	expect(html).toMatch(/data-build-drawing(?:="")?><!--\[-->/);
	expect(html).toContain(`data-chart="${first.chart.id}"`);
	const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
	expect(scripts.length).toBeGreaterThan(0);
	for (const s of scripts) expect(s).not.toMatch(/<svg|class=\\?"chart/);
});

test('the page runs one island of its own, fetched after the first paint, with every style already in the page', async ({
	page
}) => {
	const scripts: string[] = [];
	const styles: string[] = [];
	page.on('request', (r) => {
		const path = new URL(r.url()).pathname;
		if (r.resourceType() === 'script') scripts.push(path);
		if (r.resourceType() === 'stylesheet') styles.push(path);
	});
	await page.goto(BASE);
	await ready(page);

	// No SvelteKit client: neither its start and app entries nor the page's node, nor its global.
	expect(
		scripts.filter((s) => /\/islands\/reading\.[\w-]+\.js$/.test(s)),
		'the island, once'
	).toHaveLength(1);
	expect(
		scripts.filter((s) => /\/entry\/|\/nodes\//.test(s)),
		"SvelteKit's client"
	).toEqual([]);
	expect(await page.evaluate(() => Object.keys(window).filter((k) => k.startsWith('__sveltekit')))).toEqual([]);

	// Before the first paint, nothing but the HTML: every script starts after it.
	const { paint, firstScript } = await page.evaluate(() => ({
		paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
		firstScript: Math.min(
			...performance
				.getEntriesByType('resource')
				.filter((e) => e.name.endsWith('.js'))
				.map((e) => e.startTime)
		)
	}));
	expect(paint, 'a first contentful paint').not.toBeNull();
	expect(firstScript).toBeGreaterThanOrEqual(paint!);

	// Every chart kind's code arrives on the first move and draws: none of them asks for a
	// stylesheet (the page carries them all; a missing one drew the charts 0 px high).
	await page.mouse.wheel(0, 1);
	for (const s of steps.filter((s, i) => steps.findIndex((t) => t.chart.kind === s.chart.kind) === i)) {
		await scrollToStep(page, s.id);
		await expect.poll(() => chartState(page)).toBe(expectedState(s));
		const plot = await page.locator(`[data-chart="${s.chart.id}"] svg`).first().boundingBox();
		expect(plot?.height ?? 0, `${s.id}: the chart is drawn`).toBeGreaterThan(100);
	}
	expect(styles, 'stylesheets fetched').toEqual([]);
});
