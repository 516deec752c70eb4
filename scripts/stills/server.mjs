/**
 * A static server for build/, on a free port of this machine: the exporter serves the site it
 * draws itself, with nothing else running and no network.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};

/**
 * @param {string} dir
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveDir(dir) {
	const root = path.resolve(dir);
	const server = createServer(async (req, res) => {
		try {
			const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
			const file = await resolveFile(root, pathname);
			if (!file) {
				res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
				return;
			}
			const body = await readFile(file);
			res.writeHead(200, {
				'content-type': TYPES[/** @type {keyof TYPES} */ (path.extname(file))] ?? 'application/octet-stream',
				'cache-control': 'max-age=3600'
			});
			res.end(body);
		} catch (e) {
			res.writeHead(500).end(String(e));
		}
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	return {
		url: `http://127.0.0.1:${address.port}`,
		close: () => /** @type {Promise<void>} */ (new Promise((resolve) => server.close(() => resolve())))
	};
}

/**
 * The file a URL path names in a prerendered build: the path itself, `<path>.html` or
 * `<path>/index.html`; never outside the root.
 * @param {string} root
 * @param {string} pathname
 */
async function resolveFile(root, pathname) {
	const clean = path.normalize(pathname).replace(/^([/\\])+/, '');
	const base = path.join(root, clean);
	if (base !== root && !base.startsWith(root + path.sep)) return null;
	const trimmed = base.replace(/[/\\]+$/, '');
	for (const candidate of [base, `${trimmed}.html`, path.join(base, 'index.html')]) {
		try {
			if ((await stat(candidate)).isFile()) return candidate;
		} catch {
			// next
		}
	}
	return null;
}
