/**
 * Validates the story's data when Vite starts, so a bad data file stops `npm run build` with
 * `file:line: field "x": ...` and nothing else, and `npm run dev` shows the mistake in the
 * browser's error overlay as soon as the file is saved.
 *
 * IMPORTANT: vite.config.ts imports this file before SvelteKit's `$lib` alias exists. Every module
 * it reaches at run time (the layers `src/lib/loading/`, `src/lib/kinds/` and `src/lib/model/`) must therefore import with RELATIVE paths, never `$lib/...`
 * (type-only imports are erased and may use either).
 */
import { relative, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { DataError, formatDataError } from './errors.ts';
import { STORIES_DIR, loadStories, testRoots } from './stories.server.ts';

/** The messages of a DataError (one per problem), or null for any other error. */
function dataMessages(e: unknown): string | null {
	return e instanceof DataError ? e.all.map((x) => x.message).join('\n') : null;
}

/**
 * An error that prints as its message alone. Vite's CLI prints `util.inspect(error)`, Rolldown
 * prints the stack after the message: a stack of just the message and a custom inspect keep both
 * to the list of problems.
 */
function cleanError(messages: string): Error {
	const count = messages.split('\n').length;
	const err = new Error(`story data: ${count} problem${count === 1 ? '' : 's'} in the stories' files\n${messages}`);
	err.stack = `${err.name}: ${err.message}`;
	Object.defineProperty(err, Symbol.for('nodejs.util.inspect.custom'), { value: () => err.message });
	return err;
}

export function storyData(): Plugin {
	let root = process.cwd();
	let command: 'build' | 'serve' = 'serve';
	/** Validated once per build (SvelteKit builds twice: server, then client). */
	let checked = false;
	/** In dev, the problems found at start, shown to each browser that connects until fixed. */
	let pending: string | null = null;

	const validate = (): string | null => {
		try {
			// A draft edition builds for preview: what it still lacks is said, and stops nothing.
			for (const { editions } of loadStories(root))
				for (const e of editions)
					for (const w of e.warnings) console.warn(`draft edition (${e.lang}): ${formatDataError(w)}`);
			return null;
		} catch (e) {
			const messages = dataMessages(e);
			if (messages === null) throw e;
			return messages;
		}
	};

	return {
		name: 'story-data',
		configResolved(config) {
			root = config.root;
			command = config.command;
		},
		// The first hook of a build, called before Rolldown starts: an error thrown here reaches
		// Vite's CLI as is, so it prints the messages alone. (Thrown from buildStart, Rolldown
		// wraps it and adds its own stack; configResolved is too early: SvelteKit resolves the
		// Vite config with command "build" just to read its own options, e.g. in svelte-check.)
		options() {
			if (command !== 'build' || checked) return;
			checked = true;
			const messages = validate();
			if (messages !== null) throw cleanError(messages);
		},
		buildStart() {
			if (checked) return;
			checked = true;
			const messages = validate();
			if (messages === null) return;
			if (command === 'serve') {
				// In dev the server keeps running: the overlay shows the problems until they are fixed.
				pending = messages;
				this.warn(`story data:\n${messages}`);
				return;
			}
			throw cleanError(messages);
		},
		configureServer(server: ViteDevServer) {
			// Every story's folder: data/stories/ and, in a test build, the test stories.
			const dirs = [STORIES_DIR, ...testRoots()].map((d) => resolve(root, d));
			for (const d of dirs) server.watcher.add(d);
			const showError = (messages: string, id: string) => {
				server.ws.send({
					type: 'error',
					err: { message: `Story data\n${messages}`, stack: '', plugin: 'story-data', id }
				});
			};
			server.ws.on('connection', () => {
				if (pending !== null) setTimeout(() => pending !== null && showError(pending, 'data'), 50);
			});
			const onChange = (file: string) => {
				if (!dirs.some((d) => file === d || file.startsWith(d + sep))) return;
				const rel = relative(root, file);
				const messages = validate();
				pending = messages;
				if (messages === null) {
					server.config.logger.info(`story data: ${rel} changed, valid; reloading`, { timestamp: true });
					server.ws.send({ type: 'full-reload', path: '*' });
				} else {
					server.config.logger.error(`story data:\n${messages}`, { timestamp: true });
					showError(messages, rel);
				}
			};
			server.watcher.on('change', onChange);
			server.watcher.on('add', onChange);
			server.watcher.on('unlink', onChange);
		}
	};
}
