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
 */
export function crossFade(
	_node: Element,
	{ delay = 0, duration = 300 }: { delay?: number; duration?: number } = {}
): TransitionConfig {
	return { delay, duration, css: (t) => `opacity: ${t}` };
}
