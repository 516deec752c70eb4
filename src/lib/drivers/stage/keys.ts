/**
 * The stage's keyboard, as a pure function of a key press: what a presenter (or a clicker remote)
 * means by it. Clickers send PageDown/PageUp to step, B or "." to black out, and F5, Shift+F5 or
 * Esc to start and stop a show; the rest follows PowerPoint and reveal.js, so a speaker's habits
 * carry over. Right to left, the arrows point the way the story runs, as reveal.js's rtl mode has
 * them: ← goes on and → goes back; ↓/↑ and a clicker's PageDown/PageUp keep their meaning, since
 * neither points along a line of text. No DOM here: the stage wires it to `keydown`, the unit tests
 * call it directly.
 */
import type { UiKey } from '../../model/locale/ui/words';
import type { Lang } from '../../model/locale/langs';

export type StageAction =
	| { kind: 'next' }
	| { kind: 'prev' }
	| { kind: 'first' }
	| { kind: 'last' }
	/** 0-based step index, from a typed number then Enter. */
	| { kind: 'jump'; index: number }
	/** A digit typed towards a jump, or one taken back: `typed` is what is on screen now. */
	| { kind: 'typing'; typed: string }
	| { kind: 'blank'; mode: BlankMode }
	/** F5 starts the show from the first step, Shift+F5 from the current one (PowerPoint). */
	| { kind: 'start'; fromCurrent: boolean }
	| { kind: 'fullscreen' }
	| { kind: 'theme' }
	| { kind: 'overview' }
	| { kind: 'help' }
	| { kind: 'presenter' }
	| { kind: 'escape' }
	| { kind: 'none' };

export type BlankMode = 'black' | 'white';

export interface KeyPress {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
	/** Held down: the browser's auto-repeat. A held key never steps more than once. */
	repeat?: boolean;
}

type Dir = Lang['dir'];

const NEXT = new Set(['PageDown', 'ArrowDown', ' ', 'Spacebar', 'Enter', 'n', 'N']);
const PREV = new Set(['PageUp', 'ArrowUp', 'Backspace', 'p', 'P']);
/** The arrow along the line that goes on, and the one that goes back, per direction. */
const ARROWS = {
	ltr: { next: 'ArrowRight', prev: 'ArrowLeft' },
	rtl: { next: 'ArrowLeft', prev: 'ArrowRight' }
} as const satisfies Record<Dir, { next: string; prev: string }>;

/** The longest number a presenter can type: more digits than steps exist is a slip. */
const MAX_DIGITS = 3;

/**
 * Reads key presses one at a time. It holds the digits typed so far, since "1", "2", Enter means
 * step 12 while Enter alone means the next step; any other key drops them.
 */
export class StageKeys {
	typed = '';
	private readonly next: Set<string>;
	private readonly prev: Set<string>;

	constructor(
		readonly count: number,
		dir: Dir = 'ltr'
	) {
		this.next = new Set([...NEXT, ARROWS[dir].next]);
		this.prev = new Set([...PREV, ARROWS[dir].prev]);
	}

	read(press: KeyPress): StageAction {
		const { key } = press;
		// Browser and system shortcuts (Ctrl+R, Cmd+L, Alt+Tab...) are the browser's, never ours.
		if (press.ctrlKey || press.metaKey || press.altKey) return { kind: 'none' };

		if (/^[0-9]$/.test(key)) {
			if (press.repeat) return { kind: 'none' };
			this.typed = (this.typed + key).slice(-MAX_DIGITS);
			return { kind: 'typing', typed: this.typed };
		}
		if (this.typed && key === 'Backspace') {
			this.typed = this.typed.slice(0, -1);
			return { kind: 'typing', typed: this.typed };
		}
		if (this.typed && key === 'Enter') {
			const n = Number(this.typed);
			this.typed = '';
			if (n < 1) return { kind: 'typing', typed: '' };
			return { kind: 'jump', index: Math.min(n, this.count) - 1 };
		}
		if (this.typed && key === 'Escape') {
			this.typed = '';
			return { kind: 'typing', typed: '' };
		}
		if (key === 'Shift') return { kind: 'none' };
		const hadTyped = this.typed !== '';
		this.typed = '';

		if (press.repeat && (this.next.has(key) || this.prev.has(key))) return { kind: 'none' };
		if (key === 'F5') return { kind: 'start', fromCurrent: press.shiftKey === true };
		if (this.next.has(key)) return { kind: 'next' };
		if (this.prev.has(key)) return { kind: 'prev' };
		if (press.repeat) return hadTyped ? { kind: 'typing', typed: '' } : { kind: 'none' };
		switch (key) {
			case 'Home':
				return { kind: 'first' };
			case 'End':
				return { kind: 'last' };
			case 'b':
			case 'B':
			case '.':
				return { kind: 'blank', mode: 'black' };
			case 'w':
			case 'W':
			case ',':
				return { kind: 'blank', mode: 'white' };
			case 'f':
			case 'F':
				return { kind: 'fullscreen' };
			case 't':
			case 'T':
				return { kind: 'theme' };
			case 'o':
			case 'O':
				return { kind: 'overview' };
			case '?':
				return { kind: 'help' };
			case 's':
			case 'S':
				return { kind: 'presenter' };
			case 'Escape':
				return { kind: 'escape' };
		}
		return hadTyped ? { kind: 'typing', typed: '' } : { kind: 'none' };
	}
}

/**
 * What the keys do, for the help overlay and the README: one source for both. `does` names the
 * interface word that says it (`model/locale/ui/`), so the overlay speaks the page's language;
 * the keys' own names stay as keyboards print them, the arrows as they run in `dir`.
 */
export function keyHelp(dir: Dir = 'ltr'): readonly { keys: string[]; does: UiKey }[] {
	const [on, back] = dir === 'rtl' ? ['←', '→'] : ['→', '←'];
	return [
		{ keys: [on, '↓', 'Page Down', 'Space', 'Enter', 'N'], does: 'keys-next' },
		{ keys: [back, '↑', 'Page Up', 'Backspace', 'P'], does: 'keys-prev' },
		...REST
	];
}

const REST: readonly { keys: string[]; does: UiKey }[] = [
	{ keys: ['Home', 'End'], does: 'keys-first-last' },
	{ keys: ['1', '2', '…', 'Enter'], does: 'keys-go-to' },
	{ keys: ['B', '.'], does: 'keys-black' },
	{ keys: ['W', ','], does: 'keys-white' },
	{ keys: ['F'], does: 'keys-fullscreen' },
	{ keys: ['F5', 'Shift F5'], does: 'keys-start' },
	{ keys: ['T'], does: 'keys-theme' },
	{ keys: ['O'], does: 'keys-overview' },
	{ keys: ['S'], does: 'keys-presenter' },
	{ keys: ['?'], does: 'keys-help' },
	{ keys: ['Esc'], does: 'keys-escape' }
];
