/**
 * A count of size changes, for a layer that measures its own drawn text: it moves whenever the
 * element `root()` returns, or any element in it matching `selector`, changes size (a font
 * arriving, a state's bold), and whenever `watch()` reads something new (the labels redrawn), so
 * an effect that reads `.count` measures again. Call it while the component initialises.
 */
export function resizes(root: () => HTMLElement | undefined, selector: string, watch: () => unknown) {
	let count = $state(0);
	$effect(() => {
		watch();
		const el = root();
		if (!el || typeof ResizeObserver === 'undefined') return;
		const observer = new ResizeObserver(() => count++);
		observer.observe(el);
		for (const child of el.querySelectorAll(selector)) observer.observe(child);
		return () => observer.disconnect();
	});
	return {
		get count() {
			return count;
		}
	};
}
