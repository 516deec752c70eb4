import { afterEach, describe, expect, it } from 'vitest';
import { StageLink, readMessage, type StageMessage } from './link';

describe('StageLink', () => {
	const links: StageLink[] = [];
	afterEach(() => links.splice(0).forEach((l) => l.close()));

	function pair(name = `test-${Math.random()}`) {
		const got: [StageMessage[], StageMessage[]] = [[], []];
		const a = new StageLink(name, (m) => got[0].push(m));
		const b = new StageLink(name, (m) => got[1].push(m));
		links.push(a, b);
		return { a, b, got };
	}

	const settle = () => new Promise((r) => setTimeout(r, 20));

	it('carries steps and blank screens both ways, never back to the sender', async () => {
		const { a, b, got } = pair();
		a.send({ type: 'step', index: 3 });
		b.send({ type: 'blank', mode: 'black' });
		b.send({ type: 'step', index: 3 });
		await settle();
		expect(got[1]).toEqual([{ type: 'step', index: 3 }]);
		expect(got[0]).toEqual([
			{ type: 'blank', mode: 'black' },
			{ type: 'step', index: 3 }
		]);
	});

	it('keeps working for one window when the other closes', async () => {
		const { a, b, got } = pair();
		b.close();
		a.send({ type: 'hello' });
		await settle();
		expect(got[1]).toEqual([]);
		const c = new StageLink(a.name, (m) => got[1].push(m));
		links.push(c);
		a.send({ type: 'step', index: 1 });
		await settle();
		expect(got[1]).toEqual([{ type: 'step', index: 1 }]);
	});

	it('ignores other channels and malformed messages', async () => {
		const { a, got } = pair('one');
		const other = new StageLink('two', () => {});
		links.push(other);
		other.send({ type: 'step', index: 2 });
		a.send({ type: 'step', index: -1 });
		await settle();
		expect(got[1]).toEqual([]);
		expect(readMessage({ type: 'step', index: 1.5 })).toBeNull();
		expect(readMessage({ type: 'blank', mode: 'grey' as 'black' })).toBeNull();
		expect(readMessage({ type: 'blank', mode: null })).toEqual({ type: 'blank', mode: null });
	});
});
