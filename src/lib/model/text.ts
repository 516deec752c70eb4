import type { Paragraph } from './types.ts';

/** Copy as plain text, for the overview's teaser, the pacing weights and announcements. */
export function plainText(paragraphs: readonly Paragraph[]): string {
	return paragraphs.map((runs) => runs.map((r) => r.text).join('')).join(' ');
}

/** The first `words` words of a text, with an ellipsis when cut. */
export function teaser(text: string, words = 14): string {
	const all = text.split(/\s+/).filter(Boolean);
	return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}
