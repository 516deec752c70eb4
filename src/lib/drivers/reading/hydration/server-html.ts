/**
 * A component's HTML, rendered on the server only, in one element of class `server-only` (one
 * node, so a `{@html}` hydrating it finds its end marker right after it). In the browser this is
 * never rendered: the `svelte/server` renderer sits behind `import.meta.env.SSR`,
 * which Vite sets to `false` in the client build, so neither the call nor the renderer ships; the
 * browser gets a placeholder (below).
 */
import { render } from 'svelte/server';
import type { Component } from 'svelte';

/**
 * What the browser gets instead: never empty, since hydrating a `{@html}` whose value is empty
 * would skip the server's nodes rather than adopt them. A non-empty value is never parsed while
 * hydrating: Svelte takes the server's nodes as they are (it does not compare or repair
 * `{@html}`), and the value never changes afterwards. Where the part is mounted rather than
 * hydrated (drawn in the browser), it is an empty wrapper, for `HydrateLater` to mount into.
 */
function placeholder(id: string | undefined): string {
	return id ? `<div class="server-only" id="${id}"></div>` : ' ';
}

export interface ServerHtmlOptions {
	/** The wrapper's id, for a part the browser finds again to hydrate it later. */
	id?: string;
	/** Contexts the component reads (`getAllContexts()` of the part that renders it). */
	context?: Map<unknown, unknown>;
}

export function serverHtml<P extends Record<string, unknown>>(
	component: Component<P>,
	props: P,
	{ id, context }: ServerHtmlOptions = {}
): string {
	if (!import.meta.env.SSR) return placeholder(id);
	// Its own id prefix: `$props.id()` inside would otherwise repeat the page's own ids.
	const body = render(component, { props, context, idPrefix: id }).body;
	return `<div class="server-only"${id ? ` id="${id}"` : ''}>${body}</div>`;
}
