/**
 * axe (WCAG 2.0/2.1 A and AA) in a page, for the accessibility specs: `audit()` fails on serious
 * and critical violations and lists the rest as annotations.
 */
import { createRequire } from 'node:module';
import type { Page, TestInfo } from '@playwright/test';
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
export async function audit(page: Page, info: TestInfo, where: string): Promise<void> {
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
