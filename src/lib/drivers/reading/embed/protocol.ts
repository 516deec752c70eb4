/**
 * The messages an embed and its host page exchange. Three kinds of host size an embed's iframe:
 * our loader (`/embed.js`, `loader.ts`), which also passes the host's scroll; a page running
 * pym.js, NPR's library, which reads its own height message; and AMP's `amp-iframe resizable`,
 * which reads `embed-size`. The embed speaks all three; each side accepts only messages of the
 * shape below, from the window it expects, and ignores anything else.
 */

/** Marks our messages (and their version) among whatever else a page posts. */
export const KEY = 'storyEmbed';
const VERSION = 1;

/** What made the host send its view. */
export const VIEW_EVENTS = ['hello', 'scroll', 'scrollend', 'wheel', 'resize'] as const;
export type ViewEvent = (typeof VIEW_EVENTS)[number];

/** The host's view of the iframe: what of it the reader sees. */
export interface HostView {
	/** The iframe's y (px, from its top) at the top of the host's viewport: negative above it. */
	top: number;
	/** The host's viewport height (px). */
	height: number;
	/** The host's small viewport height (px: `100svh`, which a phone's address bar leaves alone). */
	small: number;
	event: ViewEvent;
}

/** Embed to loader: its height; a request for the host's view (it can step with the host's scroll); a scroll. */
export type ToHost = { type: 'height'; height: number } | { type: 'hello' } | { type: 'scroll'; by: number };

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/** No page is this tall: a bigger number is a mistake or a hostile host. */
const MOST = 10_000_000;

/** The message as posted: our key and version beside the fields. */
export function message(m: ToHost | ({ type: 'view' } & HostView)): Record<string, unknown> {
	return { [KEY]: VERSION, ...m };
}

/** A host's view from a message's data, or null for anything not of that shape. */
export function readView(data: unknown): HostView | null {
	if (!data || typeof data !== 'object') return null;
	const d = data as Record<string, unknown>;
	if (d[KEY] !== VERSION || d.type !== 'view') return null;
	const { top, height, small, event } = d;
	if (!finite(top) || Math.abs(top) > MOST) return null;
	if (!finite(height) || height <= 0 || height > MOST) return null;
	if (!finite(small) || small <= 0 || small > MOST) return null;
	if (!VIEW_EVENTS.includes(event as ViewEvent)) return null;
	return { top, height, small, event: event as ViewEvent };
}

/** Whether a message is the loader's ping: it asks an embed that loaded before it to say hello again. */
export function isPing(data: unknown): boolean {
	const d = data && typeof data === 'object' ? (data as Record<string, unknown>) : null;
	return d?.[KEY] === VERSION && d.type === 'ping';
}

/**
 * The messages that give a host the embed's height: ours; pym.js's (`pymxPYMx<id>xPYMxheightxPYMx<h>`,
 * sent only when the iframe's address carries the `childId` pym.js gives it); AMP's `embed-size`.
 */
export function heightMessages(height: number, pymId: string | null): unknown[] {
	const h = Math.ceil(height);
	const out: unknown[] = [message({ type: 'height', height: h }), { sentinel: 'amp', type: 'embed-size', height: h }];
	if (pymId) out.push(`pymxPYMx${pymId}xPYMxheightxPYMx${h}`);
	return out;
}

/** The pym.js child id from an embed's address (`?childId=`), if it is one pym.js could have set. */
export function pymId(search: string): string | null {
	const id = new URLSearchParams(search).get('childId');
	return id && /^[\w-]{1,100}$/.test(id) ? id : null;
}
