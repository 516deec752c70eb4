/**
 * Hydrates a component over its server HTML later, in a task of its own (see `queue.ts`), the
 * core of `HydrateLater.svelte`, also used by the reading page's island, which has no parent
 * component to render one from.
 *
 * The component first hydrates with the props the server rendered it with, so its nodes match
 * them, then follows the live props (a step changed meanwhile, by a deep link say, shows at once).
 */
import { hydrate, mount, unmount, type Component } from 'svelte';
import { inTurn } from './queue';

/**
 * Props that read `first`'s values until `awake()` is true, then `props`' (live: getters on
 * `props` stay reactive).
 */
export function propsUntilAwake<P extends Record<string, unknown>>(props: P, awake: () => boolean): P {
	const first = { ...props };
	return Object.defineProperties(
		{},
		Object.fromEntries(
			Object.keys(props).map((key) => [key, { enumerable: true, get: () => (awake() ? props[key] : first[key]) }])
		)
	) as P;
}

/**
 * Takes over `target`'s server nodes with `component`, in turn; mounts at once when `target` is
 * empty (the part was drawn in the browser, not on the server). Returns a function that cancels
 * the hydration or unmounts the component.
 */
export function hydrateInTurn<P extends Record<string, unknown>>(
	component: Component<P>,
	target: Element,
	props: P,
	context?: Map<unknown, unknown>,
	/** Called once the component has taken the nodes over. */
	done?: () => void
): () => void {
	let awake = $state(false);
	const live = propsUntilAwake(props, () => awake);
	let instance: ReturnType<typeof hydrate> | undefined;
	if (!target.firstChild) {
		awake = true;
		instance = mount(component, { target, props: live, context });
		return () => void unmount(instance!);
	}
	const cancel = inTurn(() => {
		instance = hydrate(component, { target, props: live, context });
		awake = true;
		done?.();
	});
	return () => {
		cancel();
		if (instance) void unmount(instance);
	};
}
