/**
 * A step embed's island. The page is the step's chart as the build drew it, readable as it is;
 * this says the page's height to the host (`heights.ts`), and at the reader's first move over
 * the chart (a pointer, a touch, the keyboard) loads the chart's code, which takes the drawing
 * over for tap and hover values (`StepEmbedIsland.svelte`).
 */
import { reportHeight } from './heights';

reportHeight();

const EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;
/** A mark tapped while the code loads, and where: its value is shown once the code is there. */
let tapped: { mark: Element; x: number; y: number } | null = null;
const tap = (event: MouseEvent) => {
	const mark = event.target instanceof Element ? event.target.closest('[data-tip]') : null;
	tapped = mark ? { mark, x: event.clientX, y: event.clientY } : null;
};
const wake = () => {
	for (const e of EVENTS) removeEventListener(e, wake, true);
	addEventListener('click', tap, true);
	void import('./wake-step').then(({ wakeStep }) =>
		wakeStep(() => {
			removeEventListener('click', tap, true);
			const again = tapped && new MouseEvent('click', { bubbles: true, clientX: tapped.x, clientY: tapped.y });
			if (again) tapped?.mark.dispatchEvent(again);
		})
	);
};
for (const e of EVENTS) addEventListener(e, wake, { capture: true, passive: true });
