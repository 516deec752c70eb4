import { describe, expect, it, vi } from 'vitest';
import { perform, type StageHost } from './actions';
import type { BlankMode } from './keys';
import type { StageSession } from './session.svelte';

/** A host whose session and stage record what an action asked of them. */
function host(blank: BlankMode | null = null) {
	const calls: string[] = [];
	const session = {
		blank,
		next: () => calls.push('next'),
		prev: () => calls.push('prev'),
		go: (i: number) => calls.push(`go ${i}`),
		setBlank: (m: BlankMode | null) => calls.push(`blank ${m}`),
		toggleBlank: (m: BlankMode) => calls.push(`toggle ${m}`),
		adopt: (w: Window | null) => calls.push(`adopt ${w}`)
	} as unknown as StageSession;
	const h: StageHost = {
		session,
		count: 5,
		setTyped: (t) => calls.push(`typed '${t}'`),
		toggleTheme: () => calls.push('theme'),
		openOverview: () => calls.push('overview'),
		openHelp: () => calls.push('help'),
		presenter: () => null,
		exit: () => calls.push('exit')
	};
	return { h, calls };
}

describe('stage actions', () => {
	it('a step key on a blank screen brings the chart back and does not step', () => {
		const { h, calls } = host('black');
		expect(perform({ kind: 'next' }, h)).toBe(true);
		expect(calls).toEqual(['blank null']);
	});

	it('steps, jumps and goes to the ends, clearing a blank and a typed number', () => {
		const { h, calls } = host();
		perform({ kind: 'next' }, h);
		perform({ kind: 'prev' }, h);
		perform({ kind: 'last' }, h);
		perform({ kind: 'jump', index: 2 }, h);
		expect(calls).toEqual(['next', 'prev', 'blank null', 'go 4', "typed ''", 'blank null', 'go 2']);
	});

	it('opens dialogs, switches the theme, adopts the presenter view; a key that means nothing is not taken', () => {
		const { h, calls } = host();
		perform({ kind: 'typing', typed: '1' }, h);
		perform({ kind: 'overview' }, h);
		perform({ kind: 'help' }, h);
		perform({ kind: 'theme' }, h);
		perform({ kind: 'presenter' }, h);
		perform({ kind: 'blank', mode: 'white' }, h);
		expect(perform({ kind: 'none' }, h)).toBe(false);
		expect(calls).toEqual(["typed '1'", 'overview', 'help', 'theme', 'adopt null', 'toggle white']);
	});

	it('Esc takes back a blank first, then leaves the stage when not full screen', () => {
		vi.stubGlobal('document', { fullscreenElement: null });
		try {
			const blank = host('white');
			perform({ kind: 'escape' }, blank.h);
			expect(blank.calls).toEqual(['blank null']);
			const shown = host();
			perform({ kind: 'escape' }, shown.h);
			expect(shown.calls).toEqual(['exit']);
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
