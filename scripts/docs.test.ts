/**
 * The documentation points at things that exist: every relative link and `#anchor` in README.md,
 * CHANGELOG.md and docs/*.md resolves (anchors by GitHub's heading slugs), every external link is
 * an https:// address, and every backticked repo path (`src/...`, `scripts/...`, `tests/...`,
 * `data/...`, `static/...`, `docs/...`) is in the tree. Files move (the layers did), and a page of
 * paths to where they were is worse than none. A path written as a pattern (`data/stories/<slug>/`,
 * `datasets/*.csv`, `{dataset[row].column}`) is an example, not a file, and is skipped.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const PATH_PREFIXES = ['src/', 'scripts/', 'tests/', 'data/', 'static/', 'docs/'];

/** The documentation files, relative to the repository's root. */
function docFiles(): string[] {
	const files = ['README.md', 'CHANGELOG.md'];
	const docs = join(ROOT, 'docs');
	if (existsSync(docs)) for (const f of readdirSync(docs).sort()) if (f.endsWith('.md')) files.push(`docs/${f}`);
	return files;
}

/** The text with fenced code blocks blanked (their lines kept, so line numbers hold). */
function withoutFences(text: string): string {
	let inFence = false;
	return text
		.split('\n')
		.map((line) => {
			if (/^\s*(```|~~~)/.test(line)) {
				inFence = !inFence;
				return '';
			}
			return inFence ? '' : line;
		})
		.join('\n');
}

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
	return heading
		.replace(/`/g, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*]/g, '')
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_-]/gu, '')
		.replace(/\s/g, '-');
}

/** Every anchor a markdown text offers: its headings' slugs, a repeated one numbered (-1, -2). */
function anchorsOf(text: string): Set<string> {
	const seen = new Map<string, number>();
	const anchors = new Set<string>();
	for (const line of withoutFences(text).split('\n')) {
		const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
		if (!m) continue;
		const base = slug(m[1]);
		const n = seen.get(base) ?? 0;
		seen.set(base, n + 1);
		anchors.add(n === 0 ? base : `${base}-${n}`);
	}
	return anchors;
}

interface Found {
	line: number;
	value: string;
}

/** Inline links `[text](target)` outside code, with their lines. */
function linksOf(text: string): Found[] {
	const found: Found[] = [];
	// Code spans may hold brackets that are not links.
	const plain = withoutFences(text).replace(/`[^`]*`/g, (s) => s.replace(/[^\n]/g, ' '));
	for (const m of plain.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
		found.push({ line: plain.slice(0, m.index).split('\n').length, value: m[1] });
	}
	return found;
}

/** Backticked spans outside fenced blocks that name a repo path, with their lines. */
function repoPathsOf(text: string): Found[] {
	const found: Found[] = [];
	const plain = withoutFences(text);
	for (const m of plain.matchAll(/`([^`]+)`/g)) {
		const span = m[1].replace(/\s*\n\s*/g, ' ').trim();
		if (!PATH_PREFIXES.some((p) => span.startsWith(p))) continue;
		if (/[<*{]/.test(span)) continue;
		found.push({ line: plain.slice(0, m.index).split('\n').length, value: span });
	}
	return found;
}

/** An absolute https:// address with a dotted host name: the form of a link to another site. */
function isHttpsAddress(value: string): boolean {
	try {
		const url = new URL(value);
		return url.protocol === 'https:' && url.hostname.includes('.');
	} catch {
		return false;
	}
}

/**
 * What is wrong with the links and paths of `text`, the file at `file` (relative to `root`), in
 * words: an empty list when all is well.
 */
function problemsOf(file: string, text: string, root: string): string[] {
	const problems: string[] = [];
	const here = (line: number) => `${file}:${line}`;
	const anchorCache = new Map<string, Set<string>>();
	const anchorsIn = (path: string) => {
		if (!anchorCache.has(path)) anchorCache.set(path, anchorsOf(readFileSync(join(root, path), 'utf8')));
		return anchorCache.get(path)!;
	};
	anchorCache.set(file, anchorsOf(text));

	for (const { line, value } of linksOf(text)) {
		if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
			if (!isHttpsAddress(value)) problems.push(`${here(line)}: link "${value}" is not an https:// address`);
			continue;
		}
		const [rawPath, anchor] = value.split('#', 2);
		const target = rawPath === '' ? file : normalize(join(dirname(file), decodeURIComponent(rawPath)));
		if (rawPath !== '' && (target.startsWith('..') || !existsSync(join(root, target)))) {
			problems.push(`${here(line)}: link "${value}" points at ${target}, which does not exist`);
			continue;
		}
		if (anchor === undefined) continue;
		if (rawPath !== '' && (!target.endsWith('.md') || statSync(join(root, target)).isDirectory())) {
			problems.push(`${here(line)}: link "${value}" has an anchor into ${target}, which is not a markdown file`);
		} else if (!anchorsIn(target).has(anchor)) {
			problems.push(`${here(line)}: link "${value}": ${target} has no heading whose anchor is #${anchor}`);
		}
	}

	for (const { line, value } of repoPathsOf(text)) {
		const path = value.replace(/\/$/, '');
		if (!existsSync(join(root, path))) problems.push(`${here(line)}: \`${value}\` is not in the tree`);
	}
	return problems;
}

describe('the checker itself', () => {
	it('makes anchors as GitHub does', () => {
		expect(slug('What the build refuses')).toBe('what-the-build-refuses');
		expect(slug('Stills and share cards')).toBe('stills-and-share-cards');
		expect(slug('Keys, and the `?` overlay')).toBe('keys-and-the--overlay');
		expect(slug('**Offline**: the talk in one file')).toBe('offline-the-talk-in-one-file');
		expect([...anchorsOf('# A\n## Notes\n```\n# not a heading\n```\n## Notes\n')]).toEqual(['a', 'notes', 'notes-1']);
	});

	it('finds a broken link, a missing anchor, a bad address and a path that is not there', () => {
		const text = [
			'# Top',
			'[ok](#top) [gone](docs/nowhere.md) [no anchor](README.md#no-such-heading)',
			'[plain](http://example.com/) [good](https://example.com/a)',
			'`src/lib/layers.ts` `src/lib/nowhere.ts` `data/stories/<slug>/` `datasets/*.csv`',
			'```',
			'[inside a fence](nowhere.md) `src/inside/a/fence.ts`',
			'```'
		].join('\n');
		const problems = problemsOf('x.md', text, ROOT);
		expect(problems).toEqual([
			'x.md:2: link "docs/nowhere.md" points at docs/nowhere.md, which does not exist',
			'x.md:2: link "README.md#no-such-heading": README.md has no heading whose anchor is #no-such-heading',
			'x.md:3: link "http://example.com/" is not an https:// address',
			'x.md:4: `src/lib/nowhere.ts` is not in the tree'
		]);
	});
});

describe('the documentation', () => {
	const files = docFiles();

	it('has a README, a changelog and the docs the README links to', () => {
		for (const f of files) expect(existsSync(join(ROOT, f)), f).toBe(true);
		expect(files.filter((f) => f.startsWith('docs/')).length).toBeGreaterThan(0);
	});

	it.each(files)('%s: every link, anchor and repo path resolves', (file) => {
		const text = readFileSync(join(ROOT, file), 'utf8');
		expect(problemsOf(relative(ROOT, join(ROOT, file)), text, ROOT)).toEqual([]);
	});
});
