import { describe, expect, it } from 'vitest';
import { captionPieces, captionWeight, twoLines } from './captions.mjs';
import { captionCues } from './lib.mjs';

// Sentences in the style of the editions' copy (the figures are made up for the test).
const ZH = 'The Hype写道，多年来AI的故事有一套简单的剧本。它认为，如今用量数据讲述的是另一个故事！它在一个月内用掉了8.21万亿个token，而文章没有说明是哪个月。';
const AR = 'كيستريل تتصدّر الترتيب المختلق. هل هذا صحيح؟ نعم، بفارق 12 نقطة.';

describe('captions in Chinese', () => {
	it('end a sentence at 。！？ with no space after it', () => {
		const pieces = captionPieces('第一句。第二句！第三句？', 'zh');
		expect(pieces).toEqual(['第一句。', '第二句！', '第三句？']);
	});

	it('cut a long sentence within two lines of 16 characters, after a pause, never inside a Latin word or a number', () => {
		const pieces = captionPieces(ZH, 'zh');
		for (const p of pieces) expect(p.length, p).toBeLessThanOrEqual(32);
		expect(pieces.join('')).toBe(ZH);
		for (const p of pieces) {
			expect(p, 'a number whole').not.toMatch(/^\.?\d*\.?21|^21/);
			expect(p).not.toMatch(/^(penRouter|ype|oken)/);
		}
		expect(pieces.some((p) => p.includes('8.21万亿'))).toBe(true);
	});

	it('share the time by characters, and set a long caption on two lines at a break', () => {
		expect(captionWeight('它认为，如今', 'zh')).toBe(6);
		const two = twoLines('它在一个月内用掉了8.21万亿个token，而文章没有说明', 'zh').split('\n');
		expect(two).toHaveLength(2);
		expect(two.join('')).toBe('它在一个月内用掉了8.21万亿个token，而文章没有说明');
		for (const line of two) expect(line.length).toBeLessThanOrEqual(20);
		const cues = captionCues('一二三四五六。七八。', 0, 8, 'zh');
		// Seven characters and three, the stops counted: a reader's eye passes over them too.
		expect(cues.map((c) => [c.start, c.end])).toEqual([
			[0, 5.6],
			[5.6, 8]
		]);
	});
});

describe('captions in Chinese, line breaks', () => {
	it('break between words, never a number from what it counts', () => {
		const two = twoLines('在The Hype于2026年4月下旬报道的月度排名中，', 'zh');
		expect(two).toBe('在The Hype于2026年\n4月下旬报道的月度排名中，');
		expect(twoLines('OpenRouter上使用量最高的模型并非来自OpenAI、', 'zh')).toBe(
			'OpenRouter上使用量\n最高的模型并非来自OpenAI、'
		);
	});
});

describe('captions in Arabic', () => {
	it('end a sentence at the Arabic question mark too, and count words', () => {
		expect(captionPieces(AR, 'ar')).toEqual(['كيستريل تتصدّر الترتيب المختلق.', 'هل هذا صحيح؟', 'نعم، بفارق 12 نقطة.']);
		expect(captionWeight('نعم، بفارق 12 نقطة.', 'ar')).toBe(4);
	});
});
