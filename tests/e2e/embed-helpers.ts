/**
 * For the embed specs: host pages of another origin (`hosts/server.mjs`), the embed's frame in
 * them, and a guard that fails a test on any console error (host or embed) and on any request the
 * embed makes off its own host.
 */
import { test as base, expect, type Frame, type Page } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
/** Where the embeds come from: the built site (`vite preview`). */
export const EMBED_ORIGIN = `http://localhost:${port}`;
/** Where the host pages come from: another host name, so another origin and another site. */
export const HOST_ORIGIN = `http://127.0.0.1:${port + 1}`;

/** A host page of `kind` (`hosts/hosts.mjs`) with the embed at `src`, plus its other parameters. */
export function hostUrl(kind: string, src: string, params: Record<string, string | number> = {}): string {
	const q = new URLSearchParams({ src, ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])) });
	return `${HOST_ORIGIN}/${kind}/?${q}`;
}

/** The embed's iframe on a host page: ours (`#embed`) or the one pym.js makes. */
export const frameElement = (page: Page) => page.locator('#embed, #graphic iframe').first();

/** The embed's frame, once it has loaded its page. */
export async function embedFrame(page: Page): Promise<Frame> {
	await expect(frameElement(page)).toBeAttached();
	const handle = await frameElement(page).elementHandle();
	const frame = await handle!.contentFrame();
	await expect.poll(() => frame!.url()).toContain(EMBED_ORIGIN);
	await frame!.waitForLoadState();
	return frame!;
}

/** The iframe's height on the host page, and its page's content height. */
export async function heights(page: Page, frame: Frame): Promise<{ iframe: number; content: number }> {
	const iframe = await frameElement(page).evaluate((el) => el.getBoundingClientRect().height);
	const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
	return { iframe, content };
}

/** Waits until the host has sized the iframe to its content (within 2 px). */
export async function expectSized(page: Page, frame: Frame): Promise<void> {
	await expect
		.poll(async () => {
			const h = await heights(page, frame);
			return Math.abs(h.iframe - h.content) <= 2 ? 'sized' : `iframe ${h.iframe}, content ${h.content}`;
		})
		.toBe('sized');
}

interface EmbedGuard {
	errors: string[];
	offHost: string[];
	/** Lets a console error matching this pass (a test of a missing page expects its 404). */
	allow(error: RegExp): void;
}

export const test = base.extend<{ embedGuard: EmbedGuard }>({
	embedGuard: [
		async ({ page }, use) => {
			const allowed: RegExp[] = [];
			const guard: EmbedGuard = { errors: [], offHost: [], allow: (e) => void allowed.push(e) };
			page.on('console', (msg) => {
				if (msg.type() === 'error') guard.errors.push(`${msg.location().url}: ${msg.text()}`);
			});
			page.on('pageerror', (err) => guard.errors.push(String(err)));
			page.on('request', (req) => {
				const from = req.frame().url();
				if (from.startsWith(EMBED_ORIGIN) && !req.url().startsWith(EMBED_ORIGIN) && !req.url().startsWith('data:'))
					guard.offHost.push(req.url());
			});
			await use(guard);
			const errors = guard.errors.filter((e) => !allowed.some((a) => a.test(e)));
			expect(errors, 'console errors, host or embed').toEqual([]);
			expect(guard.offHost, 'requests the embed made off its host').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
