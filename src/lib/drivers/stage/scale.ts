/**
 * The stage is laid out on a logical canvas and scaled to the screen, so a 4K projector shows the
 * same picture as a 1280x720 one, only sharper: chart labels are HTML in CSS px, and without this
 * they would shrink to a third of their size on a 3840x2160 screen. Below 1280x720 the canvas is
 * the screen itself (scale 1), so a 1024x768 projector keeps labels at their designed size.
 */
export const STAGE_BASE = { width: 1280, height: 720 } as const;

export interface StageBox {
	scale: number;
	/** The logical canvas the stage lays out in, in CSS px before scaling. */
	width: number;
	height: number;
}

export function stageBox(width: number, height: number): StageBox {
	const w = Math.max(1, width);
	const h = Math.max(1, height);
	const scale = Math.max(1, Math.min(w / STAGE_BASE.width, h / STAGE_BASE.height));
	return { scale, width: w / scale, height: h / scale };
}
