import { describe, expect, it } from 'vitest';
import { inTurn } from './queue';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('inTurn', () => {
	it('runs each job in a task of its own, in order, none at once', async () => {
		const log: string[] = [];
		inTurn(() => log.push('a'));
		inTurn(() => log.push('b'));
		log.push('sync');
		expect(log).toEqual(['sync']);
		// Microtasks alone never reach a job: each waits for a new task.
		await Promise.resolve();
		expect(log).toEqual(['sync']);
		await tick();
		expect(log).toEqual(['sync', 'a']);
		await tick();
		expect(log).toEqual(['sync', 'a', 'b']);
	});

	it('a cancelled job never runs; a failing one does not stop the next', async () => {
		const log: string[] = [];
		const errors: unknown[] = [];
		const error = console.error;
		console.error = (e: unknown) => errors.push(e);
		try {
			const cancel = inTurn(() => log.push('cancelled'));
			inTurn(() => {
				throw new Error('boom');
			});
			inTurn(() => log.push('after'));
			cancel();
			for (let i = 0; i < 4; i++) await tick();
		} finally {
			console.error = error;
		}
		expect(log).toEqual(['after']);
		expect(errors).toHaveLength(1);
	});
});
