/**
 * Host pages for the embed tests: other sites' article pages, served from another origin than the
 * embeds (`http://127.0.0.1:<E2E_PORT + 1>`, while the embeds come from `http://localhost:<E2E_PORT>`:
 * another host name, so another origin and another site, and a real cross-origin frame), as a
 * CMS would serve them. Each page is `/<host>/?src=<embed path>` (`hosts.mjs` lists the hosts);
 * `/pym.js` is pym.js as npm ships it. Started by `playwright.config.ts`.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { HOSTS, hostPage } from './hosts.mjs';

const port = Number(process.env.HOST_PORT ?? 4174);
const embedOrigin = process.env.EMBED_ORIGIN ?? 'http://localhost:4173';
const pym = readFileSync(new URL('../../../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url));

createServer((req, res) => {
	const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
	if (url.pathname === '/favicon.ico') {
		res.writeHead(204);
		return res.end();
	}
	if (url.pathname === '/pym.js') {
		res.writeHead(200, { 'content-type': 'text/javascript' });
		return res.end(pym);
	}
	const host = url.pathname.split('/')[1];
	const src = url.searchParams.get('src');
	if (url.pathname === '/' || !HOSTS.includes(host) || !src) {
		res.writeHead(url.pathname === '/' ? 200 : 404, { 'content-type': 'text/plain' });
		return res.end(`hosts: ${HOSTS.join(', ')}`);
	}
	res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
	res.end(hostPage(host, { embedOrigin, src, params: url.searchParams }));
}).listen(port, '127.0.0.1');
