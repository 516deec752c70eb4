import { describe, expect, it } from 'vitest';
import { captionPieces } from './captions.mjs';
import {
	captionCues,
	chapterTitle,
	fileSize,
	clipFileName,
	clipPageUrl,
	replacedByClips,
	vttTime,
	webVtt
} from './lib.mjs';

describe('names and places', () => {
	it('names clips as the stills are named, and finds the page in one place', () => {
		expect(clipFileName(3, 'top-ten', 'mp4')).toBe('03-top-ten.mp4');
		expect(clipFileName(12, 'gap', 'gif')).toBe('12-gap.gif');
		expect(clipPageUrl('http://127.0.0.1:5000/china-ai-market')).toBe('http://127.0.0.1:5000/china-ai-market/clip/');
	});

	it('a full set replaces older clips of its format only; the whole talk replaces its own files', () => {
		expect(replacedByClips('03-top-ten.mp4', 'mp4', false)).toBe(true);
		expect(replacedByClips('03-top-ten.webm', 'mp4', false)).toBe(false);
		expect(replacedByClips('talk.mp4', 'mp4', false)).toBe(false);
		expect(replacedByClips('notes.txt', 'mp4', false)).toBe(false);
		expect(replacedByClips('talk.mp4', 'mp4', true)).toBe(true);
		expect(replacedByClips('talk.captions.vtt', 'webm', true)).toBe(true);
		expect(replacedByClips('03-top-ten.mp4', 'mp4', true)).toBe(false);
	});
});

describe('WebVTT', () => {
	it('writes times as hh:mm:ss.mmm', () => {
		expect(vttTime(0)).toBe('00:00:00.000');
		expect(vttTime(61.5)).toBe('00:01:01.500');
		expect(vttTime(3725.0004)).toBe('01:02:05.000');
	});

	it('writes numbered cues and keeps an arrow in a caption from ending its timing line', () => {
		expect(
			webVtt([
				{ start: 0, end: 1.5, text: 'a --> b' },
				{ start: 1.5, end: 3, text: 'c' }
			])
		).toBe('WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.500\na → b\n\n2\n00:00:01.500 --> 00:00:03.000\nc\n');
	});

	it('cuts words into sentences, never inside a number, and long sentences at word boundaries', () => {
		expect(captionPieces('It had 8.21 trillion tokens. Really? "Yes." Then more')).toEqual([
			'It had 8.21 trillion tokens.',
			'Really?',
			'"Yes."',
			'Then more'
		]);
		const long = captionPieces(`${'word '.repeat(40)}end.`);
		expect(long.length).toBeGreaterThan(1);
		for (const p of long) expect(p.length).toBeLessThanOrEqual(84);
		expect(long.join(' ')).toBe(`${'word '.repeat(40)}end.`);
	});

	it("spreads a step's captions over its time by their words, from its start to its end", () => {
		const cues = captionCues('One two three. Four.', 10, 14);
		expect(cues).toEqual([
			{ start: 10, end: 13, text: 'One two three.' },
			{ start: 13, end: 14, text: 'Four.' }
		]);
		expect(captionCues('', 0, 1)).toEqual([]);
	});

	it('puts a long caption on two lines of about equal length', () => {
		const [cue] = captionCues('Four of the top five are Chinese, one caveat applies here.', 0, 1);
		const lines = cue.text.split('\n');
		expect(lines).toHaveLength(2);
		// Cut at the space nearest the middle: the lines differ by at most the longest word.
		expect(Math.abs(lines[0].length - lines[1].length)).toBeLessThanOrEqual(9);
	});

	it("titles a chapter with the step's number, section and headline", () => {
		expect(chapterTitle({ number: 4, kicker: 'Week by week', title: 'US models led once' })).toBe(
			'4. Week by week: US models led once'
		);
		expect(chapterTitle({ number: 1, kicker: null, title: 'The top five' })).toBe('1. The top five');
		expect(chapterTitle({ number: 2, kicker: '市场', title: '前五名' }, 'zh')).toBe('2. 市场：前五名');
	});
});

describe('fileSize', () => {
	it('whole KB below 1 MB, MB to a tenth from there (a GIF of 1,049,600 bytes is 1.0 MB, not 1025 KB)', () => {
		expect(fileSize(430 * 1024)).toBe('430 KB');
		expect(fileSize(1024 * 1024 - 600)).toBe('1023 KB');
		expect(fileSize(1_049_600)).toBe('1.0 MB');
	});
});
