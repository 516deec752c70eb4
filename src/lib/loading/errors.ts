/**
 * Errors of the story's data files, located at `file:line` so an editor (and a person) can jump
 * to the mistake. The build stops on them: a wrong value must never become a silently wrong chart.
 *
 * One DataError is one problem. `ErrorList` gathers every problem found in one pass and throws them
 * together as a `DataErrors` (itself a DataError, located at the first problem), one per line.
 */

export interface DataErrorInit {
	/** Path relative to the project root, e.g. `data/stories/china-ai-market/datasets/prices.csv`. */
	file: string;
	/** 1-based line of the offending row or key; 0 when the whole file is at fault (e.g. missing). */
	line: number;
	/** Column or key at fault (`output_usd`, `chart`), or null when the problem is not one field's. */
	field?: string | null;
	/** What the field belongs to, e.g. `step "intro"` or `dataset "prices"`. */
	context?: string | null;
	/** What is wrong, e.g. `expected a number, got "15$"`. */
	detail: string;
}

/** `data/stories/<slug>/datasets/prices.csv:7: field "output_usd": expected a number, got "15$"` */
export function formatDataError(e: DataErrorInit): string {
	const where = e.line > 0 ? `${e.file}:${e.line}:` : `${e.file}:`;
	const context = e.context ? ` ${e.context}` : '';
	const field = e.field ? ` field "${e.field}"` : '';
	const prefix = context || field ? `${context}${field}:` : '';
	return `${where}${prefix} ${e.detail}`;
}

export class DataError extends Error {
	readonly file: string;
	readonly line: number;
	readonly field: string | null;
	readonly context: string | null;
	readonly detail: string;

	constructor(init: DataErrorInit) {
		super(formatDataError(init));
		this.name = 'DataError';
		this.file = init.file;
		this.line = init.line;
		this.field = init.field ?? null;
		this.context = init.context ?? null;
		this.detail = init.detail;
	}

	/** Every problem this error stands for (itself, unless it is a `DataErrors`). */
	get all(): DataError[] {
		return [this];
	}
}

/** Several problems at once; `message` has one per line. Located at the first. */
export class DataErrors extends DataError {
	readonly errors: DataError[];

	constructor(errors: DataError[]) {
		if (errors.length === 0) throw new Error('DataErrors needs at least one error');
		super(errors[0]);
		this.name = 'DataErrors';
		this.errors = errors;
		this.message = errors.map((e) => e.message).join('\n');
	}

	override get all(): DataError[] {
		return this.errors;
	}
}

/** Collects problems during a pass over the files; `throwIfAny` ends the pass. */
export class ErrorList {
	readonly errors: DataError[] = [];

	add(error: DataError | DataErrorInit): void {
		const e = error instanceof DataError ? error : new DataError(error);
		this.errors.push(...e.all);
	}

	/** Runs `fn`; a DataError it throws is collected instead of ending the pass. */
	catch<T>(fn: () => T): T | undefined {
		try {
			return fn();
		} catch (e) {
			if (e instanceof DataError) {
				this.add(e);
				return undefined;
			}
			throw e;
		}
	}

	get size(): number {
		return this.errors.length;
	}

	throwIfAny(): void {
		if (this.errors.length > 0) this.fail();
	}

	/** Throws what was collected: the lone DataError, or a DataErrors of several. */
	fail(): never {
		if (this.errors.length === 0) throw new Error('ErrorList.fail() with no errors');
		if (this.errors.length === 1) throw this.errors[0];
		throw new DataErrors(this.errors);
	}
}
