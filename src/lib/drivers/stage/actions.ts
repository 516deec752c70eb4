/**
 * What each stage action does, whether a key (keys.ts), a button or a swipe (gestures.ts) asked
 * for it: the one place a press becomes a step, a blank screen, a dialog, a theme or full screen.
 * Plain TypeScript: the stage hands it the session and the few pieces of its own state an action
 * may change.
 */
import type { StageAction } from './keys';
import type { StageSession } from './session.svelte';

/** What an action may change beyond the page: the session and the stage's own state. */
export interface StageHost {
	session: StageSession;
	/** How many steps the story has. */
	count: number;
	/** Shows the step number being typed ('' hides it). */
	setTyped(typed: string): void;
	toggleTheme(): void;
	openOverview(): void;
	openHelp(): void;
	/** Opens the presenter view; its window, or null. */
	presenter(): Window | null;
	/** Leaves the stage for the reading page at the current step. */
	exit(): void;
}

function setFullscreen(on: boolean): void {
	if (on && !document.fullscreenElement) void document.documentElement.requestFullscreen?.().catch(() => {});
	if (!on && document.fullscreenElement) void document.exitFullscreen().catch(() => {});
}

/** Does what `a` asks; false when it asks nothing (the key is not the stage's). */
export function perform(a: StageAction, host: StageHost): boolean {
	const { session } = host;
	// A blank screen comes back before the story moves on: the first press shows the room
	// where they are, the next one steps.
	if (session.blank && (a.kind === 'next' || a.kind === 'prev')) {
		session.setBlank(null);
		return true;
	}
	switch (a.kind) {
		case 'next':
			session.next();
			break;
		case 'prev':
			session.prev();
			break;
		case 'first':
			session.setBlank(null);
			session.go(0);
			break;
		case 'last':
			session.setBlank(null);
			session.go(host.count - 1);
			break;
		case 'jump':
			host.setTyped('');
			session.setBlank(null);
			session.go(a.index);
			break;
		case 'typing':
			host.setTyped(a.typed);
			break;
		case 'blank':
			session.toggleBlank(a.mode);
			break;
		case 'start':
			setFullscreen(true);
			session.setBlank(null);
			if (!a.fromCurrent) session.go(0);
			break;
		case 'fullscreen':
			setFullscreen(!document.fullscreenElement);
			break;
		case 'theme':
			host.toggleTheme();
			break;
		case 'overview':
			host.openOverview();
			break;
		case 'help':
			host.openHelp();
			break;
		case 'presenter':
			session.adopt(host.presenter());
			break;
		case 'escape':
			if (session.blank) session.setBlank(null);
			// The document, not the last fullscreenchange event: that event comes a frame late.
			else if (document.fullscreenElement) setFullscreen(false);
			else host.exit();
			break;
		case 'none':
			return false;
	}
	return true;
}
