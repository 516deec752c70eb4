/**
 * What the bench records inside a page, shared by its sections. Pass `frameRecorder` to
 * `page.addInitScript` (it runs in the page, so it must stay self-contained): from the first byte
 * it collects long tasks in `window.__bench.longtasks` ({ start, duration }), and
 * `window.__benchStartFrames()` starts collecting frame intervals in `window.__bench.frames` until
 * `window.__bench.recording` is set false.
 */
export function frameRecorder() {
	/** @type {any} */
	const w = window;
	const bench = (w.__bench = { longtasks: /** @type {any[]} */ ([]), frames: /** @type {number[]} */ ([]), recording: false, start: 0 });
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// no longtask support
	}
	w.__benchStartFrames = () => {
		bench.recording = true;
		bench.start = performance.now();
		let last = -1;
		const tick = (/** @type {number} */ now) => {
			if (!bench.recording) return;
			if (last >= 0) bench.frames.push(now - last);
			last = now;
			requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	};
}
