/**
 * Which step is current, in the modes a person moves through: the reading page (scrolling, and
 * the URL hash) and the stage (its keys, clicks and taps, and the other window of a talk) call
 * `go`; the chart, the hash and the live region only read `index`. Keeping this free of any DOM or
 * scrolling code is what lets a new driver arrive without touching the charts.
 *
 * The stills and clips drivers have no current step: they draw a step named by its id, one page
 * or one recording per step (`StillContent`), so they never hold this state.
 */

/** Who set the step last: scrolling, the URL hash, the stage, or the talk's other window. */
export type StepDriver = 'init' | 'scroll' | 'hash' | 'stage' | 'remote';

export class StepState {
	readonly ids: readonly string[];
	/** Index of the current step in `ids`. */
	index = $state(0);
	/** The driver that last set the step, so a driver can ignore its own echo. */
	driver = $state<StepDriver>('init');

	constructor(ids: readonly string[], start = 0) {
		if (ids.length === 0) throw new Error('StepState needs at least one step');
		this.ids = ids;
		this.index = this.clamp(start);
	}

	get id(): string {
		return this.ids[this.index];
	}

	get count(): number {
		return this.ids.length;
	}

	get isFirst(): boolean {
		return this.index === 0;
	}

	get isLast(): boolean {
		return this.index === this.ids.length - 1;
	}

	/** Moves to `index` (clamped) on behalf of `driver`. Returns whether the step changed. */
	go(index: number, driver: StepDriver): boolean {
		const next = this.clamp(index);
		if (this.driver !== driver) this.driver = driver;
		if (next === this.index) return false;
		this.index = next;
		return true;
	}

	/** Moves to the step with this id; unknown ids are ignored (returns false). */
	goToId(id: string, driver: StepDriver): boolean {
		const i = this.ids.indexOf(id);
		return i >= 0 && this.go(i, driver);
	}

	next(driver: StepDriver): boolean {
		return this.go(this.index + 1, driver);
	}

	prev(driver: StepDriver): boolean {
		return this.go(this.index - 1, driver);
	}

	private clamp(i: number): number {
		if (!Number.isFinite(i)) return 0;
		return Math.min(this.ids.length - 1, Math.max(0, Math.trunc(i)));
	}
}
