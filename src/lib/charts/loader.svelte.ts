import { getContext, setContext, type Component } from 'svelte';
import type { KindId } from '../model/types.ts';
import type { ChartProps } from '../kinds/types.ts';

type ChartComponent = Component<ChartProps>;
/** Chart components loaded so far, by kind. */
export type LoadedCharts = Partial<Record<KindId, ChartComponent>>;

/**
 * The step whose chart was drawn at build time, into the page's HTML (see build-drawing.ts): shown
 * until that chart's code has loaded, then hydrated by it.
 */
export interface PrerenderedChart {
	stepId: string;
}

/**
 * Each chart kind is its own chunk, and the first view ships none of them: the first step's
 * chart arrives as HTML drawn at build time by the same component. Chart code loads on the
 * reader's first interaction (only the kinds the story uses), or as soon as a step (a deep link,
 * a stage key, the stills exporter) needs it; the live component then takes over the identical
 * drawing.
 */
const LOADERS: Record<KindId, () => Promise<{ default: ChartComponent }>> = {
	'ranked-bars': () => import('./RankedBarsChart.svelte'),
	'part-of-whole': () => import('./PartOfWholeChart.svelte'),
	'lines-over-time': () => import('./LinesOverTimeChart.svelte'),
	'dot-plot': () => import('./DotPlotChart.svelte'),
	'grouped-bars': () => import('./GroupedBarsChart.svelte')
};

/** Loads the named kinds; used by the page's load so the server and hydration draw the same. */
export async function loadCharts(ids: Iterable<KindId>): Promise<LoadedCharts> {
	const out: LoadedCharts = {};
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local de-duplication
	for (const id of new Set(ids)) out[id] = (await LOADERS[id]()).default;
	return out;
}

export class ChartLoader {
	/** Components loaded so far, by chart id. */
	loaded = $state<LoadedCharts>({});
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- promises in flight; the page reads `loaded`, never this
	#pending = new Map<KindId, Promise<ChartComponent>>();

	/** The step drawn at build time. */
	readonly prerendered: PrerenderedChart | null;

	constructor(initial: LoadedCharts = {}, prerendered: PrerenderedChart | null = null) {
		this.loaded = { ...initial };
		this.prerendered = prerendered;
	}

	/** Whether the page's HTML holds this step's chart, drawn at build time. */
	drawnAtBuild(stepId: string): boolean {
		return this.prerendered?.stepId === stepId;
	}

	/** The component if loaded; otherwise starts loading it and returns undefined for now. */
	get(id: KindId): ChartComponent | undefined {
		const c = this.loaded[id];
		if (!c) void this.load(id);
		return c;
	}

	load(id: KindId): Promise<ChartComponent> {
		const c = this.loaded[id];
		if (c) return Promise.resolve(c);
		let p = this.#pending.get(id);
		if (!p) {
			p = LOADERS[id]().then((m) => (this.loaded[id] = m.default));
			this.#pending.set(id, p);
		}
		return p;
	}

	/**
	 * Every kind the story uses (`steps`; without them, every kind), for a driver that may jump
	 * anywhere and for the reader's first interaction: a story never downloads a kind it lacks.
	 */
	loadAll(steps?: readonly { chart: { kind: KindId } }[]): Promise<ChartComponent[]> {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local de-duplication
		const kinds = steps ? [...new Set(steps.map((s) => s.chart.kind))] : (Object.keys(LOADERS) as KindId[]);
		return Promise.all(kinds.map((id) => this.load(id)));
	}
}

const KEY = Symbol('chart-loader');

export function setChartLoader(loader: ChartLoader): ChartLoader {
	return setContext(KEY, loader);
}

export function getChartLoader(): ChartLoader {
	const loader = getContext<ChartLoader | undefined>(KEY);
	if (!loader) throw new Error('getChartLoader: no ChartLoader set by a parent (setChartLoader)');
	return loader;
}
