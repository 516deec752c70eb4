/**
 * The interface words a still shows, picked from a page's: a module of its own, importing nothing,
 * since the reading page's first view (the figure's download button) reaches it.
 */
import type { SomeUiWords } from '../ui-context.ts';
import type { StillWords } from './types.ts';

export function stillWords(ui: SomeUiWords): StillWords {
	return { 'figure-source': ui['figure-source'], 'dates-as-of': ui['dates-as-of'] };
}
