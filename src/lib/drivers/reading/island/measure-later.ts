/**
 * Real sizes for the blocks the reading page does not lay out until the reader nears them.
 *
 * A block with `content-visibility: auto` (the step cards, the sources' parts) skips its layout
 * and paint while it is far from the viewport, and takes an estimated size until it is first drawn
 * (`contain-intrinsic-block-size`). Estimates are wrong by as much as the text's wrapping differs
 * (a reader's fonts, their screen's width), so the page grew as the reader scrolled and the
 * scrollbar moved under them. Here, once the page has loaded, each such block (`[data-lazy-layout]`)
 * is laid out once in the browser's idle time, a few per idle period, and once all are measured
 * their real sizes become their estimates at once; each skips again, so scrolling still draws only
 * what is near the viewport.
 * The mark `sizes-measured` says when every block carries its real size; a change of width (a
 * phone turned) measures them again.
 */

/** The blocks measured: `content-visibility: auto`, with an estimated size until drawn. */
export const LAZY_LAYOUT = '[data-lazy-layout]';
/** The performance mark set once every block carries its real size. */
export const MEASURED_MARK = 'sizes-measured';

/**
 * Measures more blocks in one idle period only within this many ms of its start, whatever the
 * idle period allows (up to 50 ms), so each task stays short on a slow phone, where a block (and
 * above all the first in a new font) takes several times longer (`npm run bench -- --only height`
 * prints the idle tasks' cost).
 */
const BUDGET_MS = 5;

/**
 * Lays `el` out once and returns its real size: its content box, which is what
 * `contain-intrinsic-block-size` sets. It skips again as before; the size is set later.
 */
function measure(el: HTMLElement): number {
	const s = el.style;
	// Drawn, with the containment `auto` keeps when drawn (so margins and floats behave the same).
	s.contentVisibility = 'visible';
	s.contain = 'layout style paint';
	const box = el.getBoundingClientRect().height;
	const cs = getComputedStyle(el);
	const edges =
		parseFloat(cs.paddingBlockStart) +
		parseFloat(cs.paddingBlockEnd) +
		parseFloat(cs.borderBlockStartWidth) +
		parseFloat(cs.borderBlockEndWidth);
	s.contentVisibility = '';
	s.contain = '';
	return Math.max(0, box - edges);
}

type Idle = (run: (deadline: { timeRemaining(): number }) => void) => () => void;

/** `requestIdleCallback`, or a short timer with room for one block where there is none (Safari). */
const whenIdle: Idle =
	typeof requestIdleCallback === 'function'
		? (run) => {
				const id = requestIdleCallback(run);
				return () => cancelIdleCallback(id);
			}
		: (run) => {
				const id = setTimeout(() => run({ timeRemaining: () => 0 }), 50);
				return () => clearTimeout(id);
			};

/**
 * Measures every `[data-lazy-layout]` block under `root` in idle time, in document order, then sets
 * every size at once (the page changes height once, not back and forth as estimates too high and
 * too low are replaced one by one); again after a change of width. Returns a function that stops it.
 */
export function measureLater(root: ParentNode = document): () => void {
	let queue: HTMLElement[] = [];
	const sizes = new Map<HTMLElement, number>();
	let cancel: (() => void) | null = null;

	const apply = () => {
		// The reader's place: the block at the middle of the viewport (drawn, so its size is already
		// its real one). Blocks above it that change size move it; the page scrolls by as much, so
		// what the reader sees stays put (a deep link's step among them). Chromium's scroll
		// anchoring does not: a deep link's step on a phone on its side lands far down the page,
		// and another step becomes current (`tests/e2e/page-height.spec.ts`).
		const blocks = [...sizes.keys()].filter((el) => el.isConnected);
		let place: HTMLElement | undefined;
		for (const el of blocks) {
			if (el.getBoundingClientRect().top > window.innerHeight / 2) {
				place ??= el;
				break;
			}
			place = el;
		}
		const before = place?.getBoundingClientRect().top ?? 0;
		// A length alone, not `auto`: a size the browser remembered at another width must not win.
		for (const el of blocks) el.style.containIntrinsicBlockSize = `${sizes.get(el)}px`;
		sizes.clear();
		const moved = (place?.getBoundingClientRect().top ?? 0) - before;
		if (Math.abs(moved) >= 0.5) window.scrollBy({ top: moved, behavior: 'instant' });
	};
	const work = (deadline: { timeRemaining(): number }) => {
		cancel = null;
		const until = performance.now() + BUDGET_MS;
		do {
			const el = queue.shift();
			if (el?.isConnected) sizes.set(el, measure(el));
		} while (queue.length && performance.now() < until && deadline.timeRemaining() > 0);
		if (queue.length) {
			cancel = whenIdle(work);
			return;
		}
		apply();
		performance.mark(MEASURED_MARK);
	};
	const start = () => {
		queue = Array.from(root.querySelectorAll<HTMLElement>(LAZY_LAYOUT));
		sizes.clear();
		if (!cancel) cancel = whenIdle(work);
	};

	let width = window.innerWidth;
	const resize = () => {
		if (window.innerWidth === width) return;
		width = window.innerWidth;
		// The sizes were the old width's: back to the estimates (and the sizes the browser remembers
		// of drawn blocks) at once, before the scroll driver puts the reader back on their step,
		// then measured again.
		for (const el of root.querySelectorAll<HTMLElement>(LAZY_LAYOUT)) el.style.containIntrinsicBlockSize = '';
		start();
	};
	window.addEventListener('resize', resize);
	start();
	return () => {
		cancel?.();
		window.removeEventListener('resize', resize);
	};
}
