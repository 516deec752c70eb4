import { describe, expect, it } from 'vitest';
import { StageKeys, keyHelp, type KeyPress } from './keys';

const press = (keys: StageKeys, key: string, more: Partial<KeyPress> = {}) => keys.read({ key, ...more }).kind;

describe('StageKeys', () => {
	it('steps on with every "next" key a presenter or a clicker sends', () => {
		const k = new StageKeys(18);
		for (const key of ['PageDown', 'ArrowRight', 'ArrowDown', ' ', 'Enter', 'n', 'N'])
			expect(press(k, key), key).toBe('next');
	});

	it('steps back with every "back" key', () => {
		const k = new StageKeys(18);
		for (const key of ['PageUp', 'ArrowLeft', 'ArrowUp', 'Backspace', 'p']) expect(press(k, key), key).toBe('prev');
	});

	it('right to left, ← goes on and → back; a clicker, the vertical arrows and Space keep their meaning', () => {
		const k = new StageKeys(18, 'rtl');
		for (const key of ['ArrowLeft', 'PageDown', 'ArrowDown', ' ', 'Enter', 'n'])
			expect(press(k, key), key).toBe('next');
		for (const key of ['ArrowRight', 'PageUp', 'ArrowUp', 'Backspace', 'p']) expect(press(k, key), key).toBe('prev');
		// A held arrow steps once in either direction.
		expect(press(k, 'ArrowLeft', { repeat: true })).toBe('none');
	});

	it('the keys help shows the arrows as they run in the page’s direction', () => {
		const row = (dir: 'ltr' | 'rtl', does: string) => keyHelp(dir).find((r) => r.does === does)?.keys[0];
		expect([row('ltr', 'keys-next'), row('ltr', 'keys-prev')]).toEqual(['→', '←']);
		expect([row('rtl', 'keys-next'), row('rtl', 'keys-prev')]).toEqual(['←', '→']);
		expect(keyHelp('rtl').length).toBe(keyHelp('ltr').length);
	});

	it('Home and End go to the ends', () => {
		const k = new StageKeys(18);
		expect(press(k, 'Home')).toBe('first');
		expect(press(k, 'End')).toBe('last');
	});

	it('a number then Enter jumps to that step (1-based), clamped to the last', () => {
		const k = new StageKeys(18);
		expect(k.read({ key: '1' })).toEqual({ kind: 'typing', typed: '1' });
		expect(k.read({ key: '2' })).toEqual({ kind: 'typing', typed: '12' });
		expect(k.read({ key: 'Enter' })).toEqual({ kind: 'jump', index: 11 });
		// Enter alone is "next" again once the number is used.
		expect(press(k, 'Enter')).toBe('next');
		k.read({ key: '9' });
		k.read({ key: '9' });
		expect(k.read({ key: 'Enter' })).toEqual({ kind: 'jump', index: 17 });
		k.read({ key: '0' });
		expect(k.read({ key: 'Enter' })).toEqual({ kind: 'typing', typed: '' });
	});

	it('Backspace takes back a typed digit before it steps back; Esc or another key drops the number', () => {
		const k = new StageKeys(18);
		k.read({ key: '1' });
		k.read({ key: '4' });
		expect(k.read({ key: 'Backspace' })).toEqual({ kind: 'typing', typed: '1' });
		expect(k.read({ key: 'Escape' })).toEqual({ kind: 'typing', typed: '' });
		expect(press(k, 'Backspace')).toBe('prev');
		k.read({ key: '3' });
		expect(press(k, 'PageDown')).toBe('next');
		expect(k.typed).toBe('');
	});

	it('blacks out with B or ".", whites out with W', () => {
		const k = new StageKeys(18);
		expect(k.read({ key: 'b' })).toEqual({ kind: 'blank', mode: 'black' });
		expect(k.read({ key: 'B' })).toEqual({ kind: 'blank', mode: 'black' });
		expect(k.read({ key: '.' })).toEqual({ kind: 'blank', mode: 'black' });
		expect(k.read({ key: 'w' })).toEqual({ kind: 'blank', mode: 'white' });
	});

	it('F5 starts the show from the first step, Shift+F5 from this one; Esc stops', () => {
		const k = new StageKeys(18);
		expect(k.read({ key: 'F5' })).toEqual({ kind: 'start', fromCurrent: false });
		expect(k.read({ key: 'F5', shiftKey: true })).toEqual({ kind: 'start', fromCurrent: true });
		expect(press(k, 'Escape')).toBe('escape');
	});

	it('F, T, O, ? and S open what they name', () => {
		const k = new StageKeys(18);
		expect(press(k, 'f')).toBe('fullscreen');
		expect(press(k, 't')).toBe('theme');
		expect(press(k, 'o')).toBe('overview');
		expect(press(k, '?', { shiftKey: true })).toBe('help');
		expect(press(k, 's')).toBe('presenter');
	});

	it('a held key steps once, and browser shortcuts are left to the browser', () => {
		const k = new StageKeys(18);
		expect(press(k, 'PageDown', { repeat: true })).toBe('none');
		expect(press(k, 'ArrowLeft', { repeat: true })).toBe('none');
		expect(press(k, 'r', { ctrlKey: true })).toBe('none');
		expect(press(k, 'ArrowRight', { altKey: true })).toBe('none');
		expect(press(k, 'f', { metaKey: true })).toBe('none');
		expect(press(k, 'Shift')).toBe('none');
		expect(press(k, 'x')).toBe('none');
	});
});
