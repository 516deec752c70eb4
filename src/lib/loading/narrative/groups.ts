/** story.yaml's `groups:`: the families the rows belong to, each with its colours. */
import { isMap, isSeq } from 'yaml';
import type { Group } from '../../model/types.ts';
import { MAX_GROUPS, colourProblem, isHexColour } from '../../model/groups.ts';
import type { NarrativeDoc } from './document.ts';
import { describe, entryName } from './reader.ts';

const GROUP_KEYS = ['id', 'label', 'tag', 'colour'] as const;
const THEMES = ['light', 'dark'] as const;

/**
 * The `groups:` list: one to eight groups, each with an id (as the data cells write it), a
 * label, a tag and a colour per theme that passes contrast on that theme's backgrounds.
 */
export function readGroups(n: NarrativeDoc): Group[] {
	const { reader } = n;
	const entry = n.top.get('groups');
	if (!entry) return [];
	if (!isSeq(entry.value)) {
		reader.report(
			entry.key,
			null,
			'groups',
			`expected a list of groups (${GROUP_KEYS.join(', ')}), got ${describe(entry.value)}`
		);
		return [];
	}
	const items = entry.value.items;
	if (items.length === 0 || items.length > MAX_GROUPS) {
		reader.report(entry.key, null, 'groups', `a story has 1 to ${MAX_GROUPS} groups, got ${items.length}`);
		if (items.length === 0) return [];
	}
	const out: Group[] = [];
	const seen = new Map<string, number>();
	items.forEach((item, i) => {
		if (!isMap(item)) {
			reader.report(
				item,
				null,
				'groups',
				`entry ${i + 1}: expected a map with ${GROUP_KEYS.join(', ')}, got ${describe(item)}`
			);
			return;
		}
		const ctx = entryName(item, 'group', i);
		const f = reader.fields(item, GROUP_KEYS, ctx);
		const id = reader.text(f, 'id', ctx, item);
		const label = reader.text(f, 'label', ctx, item);
		const tag = reader.text(f, 'tag', ctx, item);
		let good = id !== null && label !== null && tag !== null;
		if (id !== null) {
			const idNode = f.get('id')?.value ?? null;
			if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(id) || /^not$/i.test(id)) {
				reader.report(
					idNode,
					ctx,
					'id',
					`expected a short id of letters, digits, "-" or "_" (as the data cells write it), got "${id}"`
				);
				good = false;
			} else if (seen.has(id)) {
				reader.report(idNode, ctx, 'id', `declared twice (first on line ${seen.get(id)})`);
				good = false;
			} else seen.set(id, reader.line(idNode));
		}
		const colour: Partial<Group['colour']> = {};
		const c = f.get('colour');
		if (!c) {
			reader.report(
				item,
				ctx,
				'colour',
				`missing; give the group's colour for each theme: colour: { light: "#rrggbb", dark: "#rrggbb" }`
			);
			good = false;
		} else if (!isMap(c.value)) {
			reader.report(c.key, ctx, 'colour', `expected a map with light and dark, got ${describe(c.value)}`);
			good = false;
		} else {
			const cf = reader.fields(c.value, THEMES, `${ctx} colour`);
			for (const theme of THEMES) {
				const value = reader.text(cf, theme, `${ctx} colour`, c.key);
				const node = cf.get(theme)?.value ?? c.key;
				if (value === null) good = false;
				else if (!isHexColour(value)) {
					reader.report(node, ctx, `colour.${theme}`, `expected a colour like "#2f5fa7", got "${value}"`);
					good = false;
				} else {
					// A colour that fails contrast is reported, and the group kept: its rows still check.
					const problem = colourProblem(value.toLowerCase(), theme);
					if (problem)
						reader.report(
							node,
							ctx,
							`colour.${theme}`,
							`${id === null ? ctx : `group "${id}"`} (${label ?? ''}): ${problem}`
						);
					colour[theme] = value.toLowerCase();
				}
			}
		}
		if (good && id && label && tag && colour.light && colour.dark) {
			out.push({ id, label, tag, colour: { light: colour.light, dark: colour.dark } });
		}
	});
	return out;
}
