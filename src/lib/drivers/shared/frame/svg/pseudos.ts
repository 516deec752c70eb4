/**
 * Pseudo-elements (::before, ::after) stood in for by real spans while a drawing is made.
 */
import { parseColor } from './css-values';

/**
 * Pseudo-elements have no boxes to measure: while the drawing is made, each one that paints is
 * stood in for by a real span with its computed style, and the pseudo-element is turned off.
 * Returns the function that puts everything back.
 */
export function materializePseudos(root: HTMLElement): () => void {
	const added: HTMLElement[] = [];
	const marked: Element[] = [];
	for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
		if (!(el instanceof HTMLElement)) continue;
		for (const which of ['::before', '::after'] as const) {
			const ps = getComputedStyle(el, which);
			const content = ps.content;
			if (!content || content === 'none' || content === 'normal' || ps.display === 'none') continue;
			const paints =
				parseColor(ps.backgroundColor) ||
				ps.backgroundImage !== 'none' ||
				parseFloat(ps.borderTopWidth) > 0 ||
				/^"[^"]+"$/.test(content);
			if (!paints) continue;
			const span = document.createElement('span');
			for (let i = 0; i < ps.length; i++) {
				const prop = ps[i];
				if (prop === 'content') continue;
				span.style.setProperty(prop, ps.getPropertyValue(prop));
			}
			const text = /^"(.*)"$/.exec(content)?.[1];
			if (text) span.textContent = text;
			span.dataset.stillPseudo = which;
			if (which === '::before') el.prepend(span);
			else el.append(span);
			added.push(span);
			if (!marked.includes(el)) marked.push(el);
		}
	}
	if (!added.length) return () => {};
	const style = document.createElement('style');
	style.textContent = '[data-still-pseudo-host]::before,[data-still-pseudo-host]::after{content:none!important}';
	document.head.append(style);
	for (const el of marked) el.setAttribute('data-still-pseudo-host', '');
	return () => {
		for (const s of added) s.remove();
		for (const el of marked) el.removeAttribute('data-still-pseudo-host');
		style.remove();
	};
}
