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
		if (!open() && dialog.open) dialog.close();
	};
}
