/**
 * Every language has every interface word, with the slots English fills, none empty; and each is
 * written in its language, not left in English, but for the words that are names or symbols.
 */
import { describe, expect, it } from 'vitest';
import { LANGS, type LangCode } from '../langs.ts';
import { slotsOf } from '../../words.ts';
import { EN_UI } from './en.ts';
import { pickWords, uiWords, type UiKey } from './words.ts';

/** Words the same in every language: names and symbols (pym.js is a library's name). */
const SAME_IN_EVERY_LANGUAGE: readonly UiKey[] = ['embed-variant-pym'];

const keys = Object.keys(EN_UI).sort() as UiKey[];
const others = (Object.keys(LANGS) as LangCode[]).filter((l) => l !== 'en');

describe('interface words', () => {
	it('has keys dash-case, grouped by a prefix', () => {
		for (const k of keys) expect(k).toMatch(/^[a-z]+(-[a-z]+)+$/);
	});

	for (const lang of Object.keys(LANGS) as LangCode[]) {
		it(`${lang}: every key of English, no other, none empty, the same slots`, () => {
			const words = uiWords(lang);
			expect(Object.keys(words).sort()).toEqual(keys);
			for (const k of keys) {
				expect(words[k].trim(), k).not.toBe('');
				expect(slotsOf(words[k]).sort(), k).toEqual(slotsOf(EN_UI[k]).sort());
			}
		});
	}

	for (const lang of others) {
		it(`${lang}: every word its own but names and symbols`, () => {
			const words = uiWords(lang);
			const same = keys.filter((k) => words[k] === EN_UI[k]);
			expect(same).toEqual([...SAME_IN_EVERY_LANGUAGE].sort());
		});
	}

	it('picks the words of some prefixes', () => {
		const picked = pickWords(uiWords('zh'), ['figure-', 'dates-as-of']);
		expect(Object.keys(picked).sort()).toEqual(['dates-as-of', 'figure-data', 'figure-read-in', 'figure-source']);
		expect(picked['figure-data']).toBe('数据');
	});
});
