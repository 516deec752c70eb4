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

/**
 * Pass to `page.addInitScript` (self-contained, it runs in the page): `window.__jumpWatch(id)`
 * watches every frame after a jump made next, until the scroll has ended, step `id` is current
 * and the figure has not changed for 500 ms, and resolves with a `JumpTiming`. The scroll's end is
 * the frame of its `scrollend` event. Shared by the bench's jump section and the story spec.
 */
export function jumpWatcher() {
	/** @type {any} */
	const w = window;
	/** The figure's drawing as a string: its state, the live chart, every mark's geometry and style. */
	const look = () => {
		const plot = document.querySelector('[data-chart-state]');
		if (!plot) return { sig: '', state: '', ready: false };
		const state = plot.getAttribute('data-chart-state') ?? '';
		const live = plot.querySelector('[data-chart-ready]')?.getAttribute('data-chart-ready') ?? '';
		const layers = plot.querySelectorAll('[data-chart]').length;
		const parts = [state, live, String(layers)];
		for (const el of plot.querySelectorAll('path, rect, circle, line')) {
			for (const a of ['d', 'x', 'y', 'width', 'height', 'cx', 'cy', 'style']) parts.push(el.getAttribute(a) ?? '');
		}
		for (const el of plot.querySelectorAll('[data-chart] div'))
			parts.push(/** @type {HTMLElement} */ (el).style.cssText);
		return { sig: parts.join('|'), state, ready: live !== '' && state.startsWith(`${live}:`) && layers === 1 };
	};
	w.__jumpWatch = (/** @type {string} */ id) =>
		new Promise((resolve) => {
			let ended = false;
			const onscroll = () => (ended = false);
			const onend = () => (ended = true);
			addEventListener('scroll', onscroll, { passive: true });
			addEventListener('scrollend', onend);
			/** @type {{ t: number, ended: boolean, current: boolean, sig: string, state: string, ready: boolean }[]} */
			const frames = [];
			const t0 = performance.now();
			let stillSince = t0;
			const frame = (/** @type {number} */ now) => {
				const current = document.querySelector('[data-step][aria-current="step"]')?.id === id;
				const l = look();
				const prev = frames.at(-1);
				if (!prev || prev.sig !== l.sig) stillSince = now;
				frames.push({ t: now, ended, current, ...l });
				if ((ended && current && l.ready && now - stillSince >= 500) || now - t0 > 8000) {
					removeEventListener('scroll', onscroll);
					removeEventListener('scrollend', onend);
					resolve(summarize(frames));
				} else requestAnimationFrame(frame);
			};
			requestAnimationFrame(frame);
		});
	/**
	 * @param {{ t: number, ended: boolean, current: boolean, sig: string, state: string, ready: boolean }[]} frames
	 */
	function summarize(frames) {
		const last = frames.length - 1;
		// The scroll ended in the first frame from which it stayed ended.
		let end = last;
		while (end > 0 && frames[end - 1].ended) end--;
		let current = last;
		while (current > 0 && frames[current - 1].current) current--;
		let final = last;
		while (final > 0 && frames[final - 1].sig === frames[last].sig) final--;
		const after = (/** @type {number} */ k) => Math.max(0, frames[k].t - frames[end].t);
		return {
			ended: frames[last].ended,
			isCurrent: frames[last].current,
			state: frames[last].state,
			ready: frames[last].ready,
			toCurrentMs: after(current),
			toCurrentFrames: Math.max(0, current - end),
			toFinalMs: after(final),
			toFinalFrames: Math.max(0, final - end)
		};
	}
}

/**
 * @typedef {object} JumpTiming
 * @property {boolean} ended the scroll ended (a `scrollend` came) within 8 s
 * @property {boolean} isCurrent the step was current at the end
 * @property {string} state the figure's final `data-chart-state`
 * @property {boolean} ready the live chart of that state was alone on screen
 * @property {number} toCurrentMs from the frame the scroll ended to the first frame with the step current (0: the same frame)
 * @property {number} toCurrentFrames the same, in frames
 * @property {number} toFinalMs from the frame the scroll ended to the first frame of the final drawing
 * @property {number} toFinalFrames the same, in frames
 */

/**
 * Jumps the page (one instant scroll) so that step `id`'s top sits just above the trigger line,
 * and resolves with the timing `jumpWatcher` measured in the page.
 * @param {import('@playwright/test').Page} page with `jumpWatcher`
 * @param {string} id
 * @returns {Promise<JumpTiming>}
 */
export async function jumpTo(page, id) {
	return page.evaluate((stepId) => {
		const el = document.getElementById(stepId);
		const root = /** @type {HTMLElement | null} */ (document.querySelector('[data-offset]'));
		if (!el || !root) throw new Error(`no step ${stepId}`);
		const line = Number(root.dataset.offset) * innerHeight;
		const top = el.getBoundingClientRect().top + scrollY;
		const watch = /** @type {any} */ (window).__jumpWatch(stepId);
		scrollTo({
			top: Math.min(top - line + 8, document.documentElement.scrollHeight - innerHeight),
			behavior: 'instant'
		});
		return watch;
	}, id);
}
