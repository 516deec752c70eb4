/**
 * The interface's words for components, from a Svelte context: a page's root sets its language's
 * table once (`setUiWords`, from its page data, or from its island's JSON), and every component
 * under it reads it (`uiWords()`), so none imports a table and the browser carries one language's
 * words, not three (`model/locale/ui/words.ts`).
 *
 * An island carries only the words its components show (`pickWords`): the context is typed as a
 * part of the table, and a word it lacks shows as `[key]` (as a missing chart word does), which
 * the end-to-end specs would see. A component that mounts a root of its own (a dialog, a still
 * drawn off the page) passes the words on as props: a new root has no context.
 *
 * ```svelte
 * <script lang="ts">
 * 	import { say, uiWords } from '../shared/ui-context';
 * 	const ui = uiWords();
 * </script>
 * <button>{say(ui, 'stage-next')}</button>
 * ```
 */
import { getContext, setContext } from 'svelte';
import type { UiKey, UiWords } from '../../model/locale/ui/words.ts';

/** Some or all of one language's interface words. */
export type SomeUiWords = Partial<UiWords>;

const KEY = Symbol('ui-words');

/** Gives the components under the caller the interface words of the page's language. */
export function setUiWords(words: SomeUiWords): void {
	setContext(KEY, words);
}

/** The context holding `words`, for a component rendered with no page around it (`render()`). */
export function uiContext(words: SomeUiWords): Map<unknown, unknown> {
	return new Map([[KEY, words]]);
}

/** The interface words set above the caller; none (every word then shows as `[key]`) if unset. */
export function uiWords(): SomeUiWords {
	return getContext<SomeUiWords | undefined>(KEY) ?? {};
}

/**
 * The word `key` with its `{slots}` filled, as `word()` of `model/words.ts` fills a chart's: written
 * again here because that module brings every language's number formats with it, which the
 * reading page's first view (the figure's words) does not need.
 */
export function say(words: SomeUiWords, key: UiKey, values: Record<string, string | number> = {}): string {
	const template = words[key];
	if (template === undefined) return `[${key}]`;
	return template.replace(/\{([^{}]*)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
}

/**
 * The word `key` cut at its `{slot}`, the other slots filled: the text before and after, for a
 * word whose slot the markup fills with an element (a link, a `<time>`, a `<code>`).
 */
export function sayAround(
	words: SomeUiWords,
	key: UiKey,
	slot: string,
	values: Record<string, string | number> = {}
): [string, string] {
	const [before, after = ''] = say(words, key, values).split(`{${slot}}`);
	return [before, after];
}
