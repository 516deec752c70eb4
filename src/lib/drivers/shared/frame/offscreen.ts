/**
 * Drawing a still or a clip's frame in the page without showing it: a box laid out for real (a
 * chart measures its container) but out of sight, out of reach and hidden from assistive
 * technology; and handing a finished file to the browser as a download.
 */

/** A box of this CSS size, off screen, appended to the body. Remove it when done. */
export function offscreenHost(width: number, height: number): HTMLElement {
	const host = document.createElement('div');
	host.style.cssText = `position:fixed;left:-100000px;top:0;width:${width}px;height:${height}px;pointer-events:none;contain:strict`;
	host.setAttribute('aria-hidden', 'true');
	host.inert = true;
	document.body.append(host);
	return host;
}

/** Saves `blob` as a download named `name`. */
export function saveFile(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
