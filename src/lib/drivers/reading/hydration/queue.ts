/**
 * Work that waits its turn after the page has hydrated: each job runs in a task of its own, in the
 * order given, with the browser free to paint and to handle a tap between two jobs. Svelte
 * hydrates a page in one task, so a part hydrated through here (see `HydrateLater.svelte`) is taken out
 * of that task and no longer makes it long.
 */

type Job = () => void;

const jobs: Job[] = [];
let running = false;

/**
 * Yields to the browser: `scheduler.yield()` where there is one (the job then goes ahead of other
 * queued tasks, so the reader's taps come first but a timer set meanwhile does not), otherwise a
 * new task.
 */
function yieldToBrowser(): Promise<void> {
	const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (s?.yield) return s.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

async function drain() {
	running = true;
	while (jobs.length) {
		await yieldToBrowser();
		const job = jobs.shift();
		try {
			job?.();
		} catch (e) {
			// One part failing to hydrate leaves it as HTML; the others still come.
			console.error(e);
		}
	}
	running = false;
}

/** Runs `job` in a task of its own after the ones queued before it. Returns a cancel function. */
export function inTurn(job: Job): () => void {
	jobs.push(job);
	if (!running) void drain();
	return () => {
		const i = jobs.indexOf(job);
		if (i >= 0) jobs.splice(i, 1);
	};
}
