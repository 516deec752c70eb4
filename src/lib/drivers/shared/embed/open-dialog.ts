/**
 * The embed dialog's code, loaded on the "Embed" button's first click (`EmbedButton.svelte`): it
 * mounts the dialog at the end of the page and takes it away once closed.
 */
import { mount, unmount } from 'svelte';
import EmbedDialog from './EmbedDialog.svelte';
import type { StoryPlace } from './embed-page';
import type { SomeUiWords } from '../ui-context';

export { storyPlace } from './embed-page';

export interface EmbedDialogProps {
	storyTitle: string;
	/** The step on screen: its id and its chart's title. */
	step: { id: string; title: string };
	place: StoryPlace;
	/** The page around the button is dark (the stage in its dark theme). */
	dark: boolean;
	/** Called once the dialog has closed (focus goes back to the button). */
	onclose: () => void;
	/** The page's interface words: the dialog is a root of its own, out of the page's context. */
	ui: SomeUiWords;
}

export function openEmbedDialog(props: EmbedDialogProps): void {
	const dialog = mount(EmbedDialog, {
		target: document.body,
		props: {
			...props,
			onclose: () => {
				void unmount(dialog);
				props.onclose();
			}
		}
	});
}
