/**
 * The presenter view and the ways in: two windows in step both ways over the shared channel,
 * either one closed without breaking the other, notes, next step, timer and pacing; the notes never
 * reach a reader; `/<slug>/?mode=present`, P and the Present link open the stage on the step being read.
 */
import { test, expect, steps, story, ready, scrollToStep, currentSteps, BASE, notesText } from './fixtures.ts';
import { openStage, stageStep } from './stage-fixtures.ts';

const stepText = (i: number) => new RegExp(`^Step ${i + 1} of ${steps.length}`);
/** The first words of a step's notes, as the presenter view shows them. */
const noteStart = (i: number) => notesText(steps[i]).trim().split(/\s+/).slice(0, 6).join(' ');

test('the presenter view and the stage move each other, and each survives the other closing', async ({
	page,
	context
}) => {
	await openStage(page, steps[2].id);
	const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
	await expect(presenter).toHaveURL(new RegExp(`${BASE}presenter/#${steps[2].id}$`));
	await expect(presenter.getByTestId('presenter-step')).toHaveText(stepText(2));
	await expect(presenter.getByTestId('presenter-notes')).toContainText(noteStart(2));
	// The next step's chart, live, in its state.
	const next = presenter.getByTestId('presenter-next');
	await expect(next).toHaveAttribute('data-chart-state', `${steps[3].chart.id}:${steps[3].state}`);
	await expect(next.locator(`[data-chart-ready="${steps[3].chart.id}"]`)).toHaveCount(1);
	const box = await next.boundingBox();
	expect(box!.width * box!.height).toBeGreaterThan(200 * 150);

	// Stage -> presenter.
	await page.bringToFront();
	await page.keyboard.press('PageDown');
	await expect(presenter.getByTestId('presenter-step')).toHaveText(stepText(3));
	await expect(presenter.getByTestId('presenter-notes')).toContainText(noteStart(3));
	await expect(presenter).toHaveURL(new RegExp(`#${steps[3].id}$`));
	// Presenter -> stage, keys and buttons.
	await presenter.bringToFront();
	await presenter.keyboard.press('PageDown');
	await expect.poll(() => stageStep(page)).toBe(steps[4].id);
	await presenter.getByRole('button', { name: /Back/ }).click();
	await expect.poll(() => stageStep(page)).toBe(steps[3].id);
	for (const k of ['1', '0', 'Enter']) await presenter.keyboard.press(k);
	await expect.poll(() => stageStep(page)).toBe(steps[9].id);
	// Blackout from either side shows on both.
	await presenter.keyboard.press('b');
	await expect(page.getByTestId('stage-blank')).toBeVisible();
	await expect(presenter.getByTestId('presenter-blank')).toContainText('black');
	await page.bringToFront();
	await page.keyboard.press('b');
	await expect(presenter.getByTestId('presenter-blank')).toHaveCount(0);

	// Closing the presenter view leaves the stage working; a new one finds the stage's step.
	await presenter.close();
	await page.keyboard.press('PageDown');
	await expect.poll(() => stageStep(page)).toBe(steps[10].id);
	const again = await context.newPage();
	await again.goto(`${BASE}?mode=presenter`);
	await expect(again).toHaveURL(new RegExp(`${BASE}presenter/`));
	await expect(again.getByTestId('presenter-step')).toHaveText(stepText(10));

	// Closing the stage leaves the presenter view working, and a new stage follows it.
	await page.close();
	await again.keyboard.press('PageDown');
	await expect(again.getByTestId('presenter-step')).toHaveText(stepText(11));
	const stage = await context.newPage();
	await openStage(stage);
	await expect.poll(() => stageStep(stage)).toBe(steps[11].id);
	await again.bringToFront();
	await again.keyboard.press('ArrowLeft');
	await expect.poll(() => stageStep(stage)).toBe(steps[10].id);
});

test('timer, clock and pacing against the talk length in story.yaml', async ({ page }) => {
	expect(story.meta.talkMinutes, 'story.yaml sets talkMinutes').not.toBeNull();
	// The clock stands still at 09:00 until the test moves it: a slow load cannot skew it.
	await page.clock.install({ time: new Date('2026-11-30T08:59:59') });
	await page.clock.pauseAt(new Date('2026-11-30T09:00:00'));
	await page.goto(`${BASE}presenter/#${steps[0].id}`);
	await expect(page.getByTestId('presenter-elapsed')).toHaveText('0:00');
	await expect(page.getByTestId('presenter-clock')).toHaveText('09:00');
	await expect(page.getByTestId('presenter-pace')).toHaveAttribute('data-pace', 'on-pace');

	// Ten minutes on the first step of a fifteen-minute talk: behind.
	await page.clock.runFor(10 * 60_000);
	await expect(page.getByTestId('presenter-elapsed')).toHaveText('10:00');
	await expect(page.getByTestId('presenter-on-step')).toHaveText('10:00');
	await expect(page.getByTestId('presenter-clock')).toHaveText('09:10');
	await expect(page.getByTestId('presenter-pace')).toHaveAttribute('data-pace', 'behind');
	await expect(page.getByTestId('presenter-pace')).toHaveText(/^Behind \d+:\d\d$/);

	// The time on a step starts again with the step; the elapsed time does not.
	await page.keyboard.press('End');
	await page.clock.runFor(2_000);
	await expect(page.getByTestId('presenter-on-step')).toHaveText('0:02');
	await expect(page.getByTestId('presenter-elapsed')).toHaveText('10:02');
	// At the last step after ten minutes of fifteen: ahead.
	await expect(page.getByTestId('presenter-pace')).toHaveAttribute('data-pace', 'ahead');
	await page.getByRole('button', { name: 'Reset timer' }).click();
	await expect(page.getByTestId('presenter-elapsed')).toHaveText('0:00');
	await expect(page.getByTestId('presenter-next')).toHaveText('The end of the story.');
});

test('speaker notes never reach a reader: not in the reading page, its data, the stage or the clips page', async ({
	request
}) => {
	const withNotes = steps.filter((s) => notesText(s).trim().length > 20);
	expect(withNotes.length).toBeGreaterThan(0);
	const fragments = withNotes.map((s) => notesText(s).trim().replace(/\s+/g, ' ').slice(0, 30));
	// The list of stories too.
	for (const path of [
		'/',
		...['', '__data.json', 'present/', 'present/__data.json', 'clip/', 'clip/__data.json'].map((p) => BASE + p)
	]) {
		const res = await request.get(path);
		expect(res.ok(), path).toBe(true);
		const body = (await res.text()).replace(/\s+/g, ' ');
		for (const f of fragments) {
			const found = body.includes(f) || body.includes(JSON.stringify(f).slice(1, -1));
			expect(found, `${path} carries "${f}"`).toBe(false);
		}
	}
	// The presenter view does carry them.
	const presenter = (await (await request.get(`${BASE}presenter/__data.json`)).text()).replace(/\s+/g, ' ');
	expect(fragments.filter((f) => presenter.includes(JSON.stringify(f).slice(1, -1)))).not.toEqual([]);
});

test('the ways in: ?mode=present, the Present link and P open the stage on the step being read', async ({ page }) => {
	await page.goto(`${BASE}?mode=present#${steps[5].id}`);
	await expect(page).toHaveURL(new RegExp(`${BASE}present/#${steps[5].id}$`));
	await expect.poll(() => stageStep(page)).toBe(steps[5].id);

	await page.goto(BASE);
	await ready(page);
	const link = page.getByRole('link', { name: /Present/ });
	await expect(link).toBeVisible();
	await scrollToStep(page, steps[7].id);
	await expect.poll(() => currentSteps(page)).toEqual([steps[7].id]);
	await page.keyboard.press('p');
	await expect(page).toHaveURL(new RegExp(`${BASE}present/#${steps[7].id}$`));
	await expect.poll(() => stageStep(page)).toBe(steps[7].id);

	await page.goto(BASE);
	await ready(page);
	await page.getByRole('link', { name: /Present/ }).click();
	await expect(page).toHaveURL(new RegExp(`${BASE}present/#${steps[0].id}$`));
	await expect(page.locator('[data-stage-ready="true"]')).toHaveCount(1);
	await expect(page.locator('[data-step]')).toHaveCount(steps.length);
});
