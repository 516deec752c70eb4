/**
 * A story's groups: the families its rows belong to (countries, parties, teams), each with a
 * label for sentences, a short tag printed beside marks (so a group never rests on colour alone)
 * and a colour for the light and the dark theme. Charts colour marks by group and word captions
 * from the labels; nothing in the code names a story's groups.
 *
 * Relative imports only: the build-time validator reaches this file.
 */
import type { Group, GroupId } from './types.ts';

/** How many groups a story may have: past eight, colours stop being told apart. */
export const MAX_GROUPS = 8;

/**
 * The backgrounds a group's colour is drawn on, per theme: the page's paper and the cards'
 * white (app.css `--paper` and `--card`; a unit test keeps the two in step).
 */
export const BACKGROUNDS = {
	light: { paper: '#fbfaf7', card: '#ffffff' },
	dark: { paper: '#12151c', card: '#1b202b' }
} as const;

/** WCAG 2 minimum contrast: text (labels are written in the group's colour) and marks. */
export const TEXT_CONTRAST = 4.5;
export const MARK_CONTRAST = 3;

const HEX = /^#[0-9a-fA-F]{6}$/;

export function isHexColour(value: string): boolean {
	return HEX.test(value);
}

function channel(v: number): number {
	const c = v / 255;
	return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a `#rrggbb` colour (WCAG 2). */
export function luminance(hex: string): number {
	const n = parseInt(hex.slice(1), 16);
	return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

/**
 * What is wrong with a group's colour in one theme, in words, or null. A group's colour is used
 * for marks and for the labels written beside them, so it needs text contrast on every
 * background of its theme.
 */
export function colourProblem(colour: string, theme: keyof typeof BACKGROUNDS): string | null {
	const worst = Object.entries(BACKGROUNDS[theme])
		.map(([name, bg]) => ({ name, bg, ratio: contrast(colour, bg) }))
		.sort((a, b) => a.ratio - b.ratio)[0];
	if (worst.ratio >= TEXT_CONTRAST) return null;
	const ratio = Math.floor(worst.ratio * 100) / 100;
	const what =
		worst.ratio < MARK_CONTRAST
			? `marks need ${MARK_CONTRAST}:1 and labels ${TEXT_CONTRAST}:1`
			: `enough for marks (${MARK_CONTRAST}:1), but the labels written in it need ${TEXT_CONTRAST}:1`;
	return `${colour} has a contrast of ${ratio}:1 against the ${theme} theme's ${worst.name} (${worst.bg}); ${what}: pick a ${theme === 'light' ? 'darker' : 'lighter'} colour`;
}

/** The group with this id, if the story declares it. */
export function groupOf(groups: readonly Group[], id: GroupId | null): Group | undefined {
	return id === null ? undefined : groups.find((g) => g.id === id);
}

/** A group's label for sentences ("Danish"); an id no group declares reads as itself. */
export function groupLabel(groups: readonly Group[], id: GroupId): string {
	return groupOf(groups, id)?.label ?? id;
}

/** A group's tag printed beside marks ("DK"), or null for rows of no group. */
export function groupTag(groups: readonly Group[], id: GroupId | null): string | null {
	return groupOf(groups, id)?.tag ?? null;
}

/**
 * The tone a mark of this group is drawn in: `g0`..`g7` (the group's place in the story's list,
 * the CSS variable `--g0`.. that holds its colour), or `other` for rows of no group.
 */
export type GroupTone = `g${number}` | 'other';

export function groupTone(groups: readonly Group[], id: GroupId | null): GroupTone {
	const i = id === null ? -1 : groups.findIndex((g) => g.id === id);
	return i < 0 ? 'other' : `g${i}`;
}

/** The group a tone stands for, or undefined for grey and annotation tones. */
export function toneGroup(groups: readonly Group[], tone: string): Group | undefined {
	const m = /^g(\d+)$/.exec(tone);
	return m ? groups[Number(m[1])] : undefined;
}
