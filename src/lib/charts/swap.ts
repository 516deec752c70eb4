import type { TransitionConfig } from 'svelte/transition';

/**
 * Runs `fn` in a task of its own once the next frame has been drawn, so heavy DOM work (a chart's
 * first drawing) neither delays the frame that shows what the reader just did nor shares a task
 * with it. Returns a cancel function, for an effect's teardown.
 */
export function nextTask(fn: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => (timer = setTimeout(fn, 0)));
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}

/**
 * An opacity fade that, unlike svelte/transition's `fade`, never reads the element's computed
 * style: that read forces a style recalculation of the whole new chart inside the task that built
 * it. Chart layers are always fully opaque, so there is nothing to read.
 *
 * The delay is part of the one animation (transparent until it has passed) rather than Svelte's
 * separate waiting animation, so a clip's frame, which seeks every animation to its own clock,
 * sees one animation per fade that starts when the step changes.
 */
export function crossFade(
	_node: Element,
	{ delay = 0, duration = 300 }: { delay?: number; duration?: number } = {}
): TransitionConfig {
	const total = delay + duration;
	if (total <= 0) return { duration: 0 };
	return { duration: total, css: (t) => `opacity: ${fadeAt(t, delay, duration)}` };
}

/** Opacity at `t` (0 to 1 over the delay and the fade) of a fade that waits `delay` ms first. */
export function fadeAt(t: number, delay: number, duration: number): number {
	const ms = t * (delay + duration) - delay;
	return duration > 0 ? Math.min(1, Math.max(0, ms / duration)) : t >= 1 ? 1 : 0;
}
