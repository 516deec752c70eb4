/**
 * The bench's `vite preview` of build/, on the bench's port: started, restarted if it has gone
 * away mid-run (`ensureServer`), and killed as a whole, even from an exit handler.
 */
import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import path from 'node:path';

/** @param {number} port */
function portInUse(port) {
	return new Promise((resolve) => {
		const sock = createConnection({ port, host: 'localhost' });
		sock.once('connect', () => {
			sock.destroy();
			resolve(true);
		});
		sock.once('error', () => resolve(false));
	});
}

/**
 * @param {string} root the checkout, whose build/ and node_modules/.bin/vite it uses
 * @param {number} port
 */
export function previewServer(root, port) {
	const baseUrl = `http://localhost:${port}`;
	/** @type {import('node:child_process').ChildProcess | null} */
	let server = null;
	let stopping = false;
	/** Unexpected exits, reported with the problems. @type {string[]} */
	const exits = [];

	/** Kills `vite preview` by its process group (the pid is that of node_modules/.bin/vite). Sync, so it works in exit handlers. */
	function kill() {
		stopping = true;
		if (!server?.pid || server.exitCode !== null || server.signalCode !== null) return;
		try {
			process.kill(-server.pid, 'SIGTERM');
		} catch {
			try {
				server.kill('SIGTERM');
			} catch {
				// already gone
			}
		}
	}

	async function start() {
		if (await portInUse(port)) {
			throw new Error(`port ${port} is already in use: stop whatever listens there (bench serves build/ on it)`);
		}
		const vite = path.join(root, 'node_modules/.bin/vite');
		// Spawned directly, not through npx, in its own process group so it can be killed as a whole.
		server = spawn(vite, ['preview', '--port', String(port), '--strictPort'], {
			cwd: root,
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let out = '';
		server.stdout?.on('data', (d) => (out += d));
		server.stderr?.on('data', (d) => (out += d));
		const child = server;
		child.on('exit', (code, signal) => {
			if (!stopping) {
				exits.push(`vite preview (pid ${child.pid}) exited unexpectedly: code ${code}, signal ${signal}`);
				console.log(`\n!! ${exits[exits.length - 1]}${out.trim() ? `\n${out.trim()}` : ''}`);
			}
		});
		const deadline = Date.now() + 30_000;
		while (Date.now() < deadline) {
			if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}:\n${out}`);
			try {
				const res = await fetch(`${baseUrl}/`);
				if (res.ok) return server.pid;
			} catch {
				// not up yet
			}
			await new Promise((r) => setTimeout(r, 200));
		}
		throw new Error(`vite preview did not answer on ${baseUrl} within 30 s:\n${out}`);
	}

	/** Starts it again if it has gone away. */
	async function ensure() {
		if (server && server.exitCode === null && server.signalCode === null) return;
		const again = await start();
		console.log(`(restarted vite preview, pid ${again})`);
	}

	return { baseUrl, exits, start, ensure, kill };
}
