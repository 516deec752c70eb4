import type { Attachment } from 'svelte/attachments';

/**
 * Shows a `<dialog>` as a modal while `open()` is true and closes it otherwise: the browser then
 * keeps focus inside it and puts it above everything, full screen included. `onopen` runs once it
 * is shown (to place the focus).
 */
export function modal(
	open: () => boolean,
	onopen?: (dialog: HTMLDialogElement) => void
): Attachment<HTMLDialogElement> {
	return (dialog) => {
		if (open() && !dialog.open) {
			dialog.showModal();
			onopen?.(dialog);
		}
		if (!open() && dialog.open) {
			dialog.close();
			// Chrome gives focus back to the opener only where there was one; otherwise the focus stays
			// on a control of the closed dialog until the next rendering, and keys pressed meanwhile
			// go to the dialog, not the stage.
			const focused = document.activeElement;
			if (focused instanceof HTMLElement && dialog.contains(focused)) focused.blur();
		}
	};
}
