/**
 * Self-contained: the prerendered page carries a Content-Security-Policy that allows our own
 * origin only, and the whole story works under it (no violation while scrolling every step,
 * tapping a mark and opening the data table).
 */
import {
	test,
	expect,
	steps,
	ready,
	scrollToStep,
	currentSteps,
	chartState,
	expectedState,
	chartSettled,
	nextFrames,
	poll,
	BASE
} from './fixtures.ts';

/** `<meta http-equiv="content-security-policy" content="...">` of an HTML page, parsed. */
function metaPolicy(html: string): Map<string, string[]> | null {
	const tags = html.match(/<meta\b[^>]*>/gi) ?? [];
	const tag = tags.find((t) => /http-equiv\s*=\s*["']?content-security-policy["']?/i.test(t));
	if (!tag) return null;
	const content = tag.match(/content\s*=\s*"([^"]*)"/i)?.[1] ?? tag.match(/content\s*=\s*'([^']*)'/i)?.[1];
	if (content === undefined) return null;
	const policy = new Map<string, string[]>();
	for (const part of content.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

/** A source that names no host: a keyword ('self', 'none', a hash...) or a hostless scheme. */
const HOSTLESS = /^'[^']+'$|^(data|blob):$/i;

test.describe('content security policy', () => {
	test('the prerendered page allows its own origin only', async ({ request }, info) => {
		test.skip(info.project.name !== 'desktop', 'the HTML is the same for every device');
		const res = await request.get(BASE);
		expect(res.ok()).toBe(true);
		const policy = metaPolicy(await res.text());
		expect(policy, 'a <meta http-equiv="content-security-policy"> in the HTML').not.toBeNull();

		expect(policy!.get('default-src')).toEqual(["'self'"]);
		for (const [directive, sources] of policy!) {
			const hosts = sources.filter((s) => !HOSTLESS.test(s));
			expect(hosts, `${directive} names no other host or scheme`).toEqual([]);
		}
		// Scripts and the like are ours: no inline handlers, no eval, no plugin content.
		expect(policy!.get('script-src') ?? ["'self'"]).not.toContain("'unsafe-inline'");
		expect(policy!.get('script-src') ?? ["'self'"]).not.toContain("'unsafe-eval'");
		expect(policy!.get('object-src')).toEqual(["'none'"]);
	});

	test('the story works under the policy: no violation through every step', async ({ page }, info) => {
		await page.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { __csp: string[] }).__csp = seen;
			document.addEventListener('securitypolicyviolation', (e) => {
				seen.push(`${e.violatedDirective}: ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
			});
		});
		await page.goto(BASE);
		await ready(page);

		for (const step of steps) {
			await scrollToStep(page, step.id);
			await poll(() => currentSteps(page), `step ${step.id}`).toEqual([step.id]);
			await poll(() => chartState(page)).toBe(expectedState(step));
		}
		// Tap a mark and open the data table: the tip and the table must work under the policy too.
		await chartSettled(page, steps.at(-1)!.chart.id);
		const mark = page.locator('[data-chart-state] [data-tip]').first();
		if (info.project.use.hasTouch) await mark.tap({ force: true });
		else await mark.click({ force: true });
		await page.locator('.data-table summary').click();
		await expect(page.locator('.data-table table')).toBeVisible();
		// Violation events are queued as tasks: let those of the tap and the table arrive.
		await nextFrames(page);

		const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
		expect(violations, 'securitypolicyviolation events').toEqual([]);
	});
});
