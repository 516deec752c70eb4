/**
 * The engine names no entity of any story: every caption, note and label sentence that code
 * writes takes its names from the data. This test collects, from every story under data/ and the
 * test story, the groups' labels and tags and the names its rows carry (items such as models,
 * their makers such as labs, and sources), and fails when a file under src/ contains one.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStories } from './loading/stories.server.ts';
import type { Story } from './model/types.ts';

const ROOT = process.cwd();

/** Every story: those of data/stories/ and the test stories, found as the build finds them. */
function allStories(): Story[] {
	return loadStories(ROOT, { TEST_STORIES: '1' }).map((s) => s.story);
}

/** The names a story's data gives: groups, items, makers and sources. */
export function entityNames(story: Story): string[] {
	const names = new Set<string>();
	for (const g of story.groups) {
		names.add(g.label);
		names.add(g.tag);
	}
	for (const rows of Object.values(story.data)) {
		for (const row of rows as Record<string, unknown>[]) {
			for (const key of ['model', 'lab', 'source', 'label']) {
				const v = row[key];
				if (typeof v === 'string') names.add(v);
			}
		}
	}
	// A source line may name several sources; each is a name of its own.
	for (const n of [...names]) for (const part of n.split(/;|,| citing | via | and /)) names.add(part.trim());
	return [...names].filter((n) => n.length >= 2 && !/^(No report found|test)$/i.test(n));
}

/** Files npm run fonts writes from the font files. */
const GENERATED = ['src/fonts.css', 'src/lib/drivers/shared/frame/still-fonts.css'];

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && /\.(ts|js|svelte|css|html)$/.test(e.name) && !/\.test\.ts$|fixture\.ts$/.test(e.name))
		.map((e) => join(e.parentPath, e.name));
}

/**
 * Where `name` occurs in `text` as a whole word (case-sensitive: "US" is not "use"), outside a
 * locale's region (`en_US`, `zh_CN`: Open Graph's `og:locale`), which names a language, not a group.
 */
function hits(text: string, name: string): number[] {
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const re = new RegExp(`(?<![A-Za-z0-9]|\\b[a-z]{2}_)${escaped}(?![A-Za-z0-9])`, 'g');
	const lines: number[] = [];
	text.split('\n').forEach((line, i) => {
		if (re.test(line)) lines.push(i + 1);
		re.lastIndex = 0;
	});
	return lines;
}

describe('the engine names no entity of a story', () => {
	const stories = allStories();
	const names = [...new Set(stories.flatMap(entityNames))];

	it('finds the names to look for', () => {
		expect(stories.length).toBeGreaterThan(1);
		expect(names.length).toBeGreaterThan(10);
	});

	it('no file under src/ contains a group label or tag, an item, a maker or a source of any story', () => {
		const found: string[] = [];
		for (const file of sourceFiles(join(ROOT, 'src'))) {
			// The fonts' rules are written by npm run fonts: code points (`U+2025`), not names.
			if (GENERATED.some((g) => file.endsWith(g))) continue;
			const text = readFileSync(file, 'utf8');
			for (const name of names) {
				for (const line of hits(text, name)) found.push(`${relative(ROOT, file)}:${line}: "${name}"`);
			}
		}
		expect(found).toEqual([]);
	});
});
