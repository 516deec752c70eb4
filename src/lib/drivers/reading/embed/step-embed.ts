/**
 * A step embed's island. The page is the step's chart as the build drew it, readable as it is;
 * this says the page's height to the host (`heights.ts`), and at the reader's first move over
 * the chart (a pointer, a touch, the keyboard) loads the chart's code, which takes the drawing
 * over for tap and hover values (`StepEmbedIsland.svelte`).
 */
import { reportHeight } from './heights';

reportHeight();

const EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;
const wake = () => {
	for (const e of EVENTS) removeEventListener(e, wake, true);
	void import('./wake-step').then(({ wakeStep }) => wakeStep());
};
for (const e of EVENTS) addEventListener(e, wake, { capture: true, passive: true });
