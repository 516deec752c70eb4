/**
 * Shrinks a box's font size, a pixel at a time, until its content fits its height: a step with
 * long words still fits its still, and a short one keeps the full size. Runs in the browser after
 * the fonts are in, so the result is the same every run.
 */
export function fitText(box: HTMLElement, max: number, min: number): number {
	let size = max;
	box.style.fontSize = `${size}px`;
	while (size > min && box.scrollHeight > box.clientHeight + 1) {
		size -= 1;
		box.style.fontSize = `${size}px`;
	}
	return size;
}
