/**
 * Where a pinned figure sits when the page cannot pin it with `position: sticky`: in an embed's
 * iframe as tall as the story, the iframe's own viewport never scrolls, so the figure is moved
 * down by hand to the top of the part of the iframe the host page shows.
 */

export interface PinGeometry {
	/** The top of the reader's view, in the page's viewport coordinates. */
	viewTop: number;
	/** The top of the figure's containing block (the scrollytelling section). */
	sectionTop: number;
	/** The section's height. */
	sectionHeight: number;
	/** The figure's top within the section, where the layout puts it (unmoved). */
	figureTop: number;
	/** The figure's height. */
	figureHeight: number;
}

/**
 * How far (px) to move the figure down from its place in the layout: as `position: sticky; top: 0`
 * would, it follows the view's top and stops at the section's edges, never leaving the section.
 */
export function pinOffset(g: PinGeometry): number {
	const most = Math.max(0, g.sectionHeight - g.figureTop - g.figureHeight);
	const wanted = g.viewTop - g.sectionTop - g.figureTop;
	return Math.min(most, Math.max(0, wanted));
}
