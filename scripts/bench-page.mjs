/**
 * What the bench records inside a page, the one recorder every section uses (scroll, wheel,
 * stage, jump, load). Pass `frameRecorder` to `page.addInitScript` (it runs in the page, so it
 * must stay self-contained): from the first byte it collects long tasks ({ start, duration }) and
 * the time and position of the last scroll event; `startRecording(page)` then times every frame
 * (and every wheel event the page receives) until `stopRecording(page)` hands them over.
 */
export function frameRecorder() {
	/** @type {any} */
	const w = window;
	const bench = (w.__bench = {
		longtasks: /** @type {{ start: number, duration: number }[]} */ ([]),
		frames: /** @type {{ t: number, ms: number, y: number }[]} */ ([]),
		wheels: /** @type {number[]} */ ([]),
		recording: false,
		start: 0,
		lastMove: 0,
		y: 0
	});
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// no longtask support
	}
	addEventListener('wheel', (e) => bench.recording && bench.wheels.push(e.timeStamp), { passive: true });
	addEventListener(
		'scroll',
		() => {
			bench.lastMove = performance.now();
			// Read here, not in the frame loop: reading scrollY there can force a layout.
			bench.y = Math.round(scrollY);
		},
		{ passive: true }
	);
	w.__benchStartFrames = () => {
		bench.recording = true;
		bench.start = performance.now();
		bench.frames = [];
		bench.wheels = [];
		let last = -1;
		const tick = (/** @type {number} */ now) => {
			if (!bench.recording) return;
			if (last >= 0) bench.frames.push({ t: now, ms: now - last, y: bench.y });
			last = now;
			requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	};
}

/**
 * @typedef {object} Recording
 * @property {number} start when recording started (page clock, ms)
 * @property {{ start: number, duration: number }[]} during long tasks since then
 * @property {{ start: number, duration: number }[]} before long tasks before it (the page's load)
 * @property {{ t: number, ms: number, y: number }[]} frames each frame's time, interval and the scroll position then
 * @property {number[]} wheels when each wheel event arrived
 * @property {number} lastMove when the page last scrolled
 * @property {number} scrollY where it is now
 */

/**
 * Starts timing frames (the page must have `frameRecorder`); resolves with the page's clock then.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<number>}
 */
export function startRecording(page) {
	return page.evaluate(() => {
		/** @type {any} */ (window).__benchStartFrames();
		return /** @type {any} */ (window).__bench.start;
	});
}

/**
 * Stops timing frames and hands over what was recorded.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<Recording>}
 */
export function stopRecording(page) {
	return page.evaluate(() => {
		const b = /** @type {any} */ (window).__bench;
		b.recording = false;
		const during = b.longtasks.filter((/** @type {any} */ t) => t.start >= b.start);
		const before = b.longtasks.filter((/** @type {any} */ t) => t.start < b.start);
		return { start: b.start, during, before, frames: b.frames, wheels: b.wheels, lastMove: b.lastMove, scrollY };
	});
}

/**
 * Frame intervals (ms) of a recording.
 * @param {Recording['frames']} frames
 */
export const intervals = (frames) => frames.map((f) => f.ms);
