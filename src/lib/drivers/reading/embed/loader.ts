/**
 * The loader a host page runs beside our embeds (`/embed.js`, built from this file by
 * `src/routes/embed.js/+server.ts`): a classic script, no dependency, small enough to paste
 * anywhere. It runs on the HOST's page, so it reads nothing of ours but messages:
 * - it sizes each of our iframes to the height its page reports, and until then to the height
 *   the embed code reserves for the iframe's width (`data-heights`, measured at publish);
 * - it tells each story embed that asks (`hello`) what part of it the host shows, at every
 *   scroll, scroll end, wheel and resize of the host, so the story steps with the host's scroll;
 * - it scrolls the host when a story embed asks (a jump to a step).
 * It accepts messages only from our origin (the one it was loaded from), only from an iframe of
 * ours on the page, and only of the expected shape (`protocol.ts`); it ignores anything else.
 */
(() => {
	const me = document.currentScript as HTMLScriptElement | null;
	const w = window as Window & { storyEmbedLoader?: boolean };
	// Two embeds on one page bring the script twice: one copy serves both.
	if (!me?.src || w.storyEmbedLoader) return;
	w.storyEmbedLoader = true;
	const origin = new URL(me.src).origin;
	const KEY = 'storyEmbed';
	const MOST = 1e7;
	const hosted = new Set<HTMLIFrameElement>();
	const sized = new WeakSet<HTMLIFrameElement>();
	let probe: HTMLElement | undefined;
	/** The host's small viewport height, measured at start and at each resize, not at each scroll. */
	let smallHeight = 0;

	const number = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < MOST;
	const ours = (f: HTMLIFrameElement) => {
		try {
			return new URL(f.src, location.href).origin === origin;
		} catch {
			return false;
		}
	};
	const frames = () => [...document.querySelectorAll('iframe')].filter(ours);
	// The host's small viewport height (100svh), which a phone's address bar leaves alone.
	const measureSmall = () => {
		if (!probe) {
			probe = document.createElement('div');
			probe.style.cssText = 'position:fixed;top:0;left:0;width:0;height:100svh;visibility:hidden;pointer-events:none';
			document.body.append(probe);
		}
		smallHeight = probe.offsetHeight || innerHeight;
	};
	const send = (f: HTMLIFrameElement, event: string) => {
		const r = f.getBoundingClientRect();
		const h = innerHeight;
		// Far from the host's view, a scroll changes nothing the reader sees.
		if (event === 'scroll' && (r.bottom < -h || r.top > 2 * h)) return;
		f.contentWindow?.postMessage({ [KEY]: 1, type: 'view', top: -r.top, height: h, small: smallHeight, event }, origin);
	};
	const each = (event: string) => () => hosted.forEach((f) => (f.isConnected ? send(f, event) : hosted.delete(f)));
	addEventListener('scroll', each('scroll'), { passive: true });
	addEventListener('scrollend', each('scrollend'));
	addEventListener('wheel', each('wheel'), { passive: true });
	const resized = each('resize');
	addEventListener('resize', () => {
		measureSmall();
		resized();
	});

	addEventListener('message', (e) => {
		const d = e.data as Record<string, unknown> | null;
		if (e.origin !== origin || !d || typeof d !== 'object' || d[KEY] !== 1) return;
		const f = frames().find((x) => x.contentWindow === e.source);
		if (!f) return;
		if (d.type === 'height' && number(d.height) && d.height >= 0) {
			sized.add(f);
			f.style.height = `${Math.ceil(d.height)}px`;
		} else if (d.type === 'hello') {
			if (!smallHeight) measureSmall();
			hosted.add(f);
			send(f, 'hello');
		} else if (d.type === 'scroll' && number(d.by) && hosted.has(f)) {
			scrollBy({ top: d.by, behavior: 'instant' });
		}
	});

	// The height reserved for the iframe's width (`data-heights="320:812,600:700"`: the most
	// for the widest width not above the iframe's), until its page reports its own.
	for (const f of frames()) {
		const pairs = (f.dataset.heights ?? '').split(',').map((p) => p.split(':').map(Number));
		const fit = pairs.filter(([wd, ht]) => number(wd) && number(ht) && wd <= f.offsetWidth).sort((a, b) => b[0] - a[0]);
		if (fit.length && !sized.has(f)) f.style.height = `${fit[0][1]}px`;
		// A story embed that loaded before this script ran has asked for its view already: it asks
		// again on this ping (an iframe still loading asks by itself once it has).
		try {
			void f.contentWindow?.location.href;
		} catch {
			f.contentWindow?.postMessage({ [KEY]: 1, type: 'ping' }, origin);
		}
	}
})();
