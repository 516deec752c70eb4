/**
 * story.yaml's `meta:`: the story's title, dek, byline, method, the article it is based on, where
 * and when it is published and by whom.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { StoryMeta } from '../../model/types.ts';
import { siteFormProblem } from '../../model/site-address.js';
import { embedOriginProblem, isHttpsUrl, isSiteRoot } from '../schema/urls.ts';
import type { NarrativeDoc } from './document.ts';
import { describe, type Node, type Reader } from './reader.ts';
import { readDay } from './days.ts';

const META_KEYS = [
	'label',
	'title',
	'dek',
	'byline',
	'basedOn',
	'method',
	'talkMinutes',
	'site',
	'embedOn',
	'published',
	'author',
	'publisher'
] as const;
const BASED_ON_KEYS = ['title', 'publisher', 'url', 'date'] as const;

export function readMeta(n: NarrativeDoc): StoryMeta | null {
	const { reader } = n;
	const entry = n.top.get('meta');
	if (!entry) return null;
	if (!isMap(entry.value)) {
		reader.report(entry.key, null, 'meta', `expected a map, got ${describe(entry.value)}`);
		return null;
	}
	const ctx = 'meta';
	const f = reader.fields(entry.value, META_KEYS, ctx);
	const label = reader.text(f, 'label', ctx, entry.key, { optional: true });
	const title = reader.text(f, 'title', ctx, entry.key);
	const dek = reader.text(f, 'dek', ctx, entry.key);
	const byline = reader.text(f, 'byline', ctx, entry.key);
	const methodEntry = f.get('method');
	const method = methodEntry ? reader.copy(methodEntry.value, ctx, 'method', methodEntry.key) : null;
	if (!methodEntry) reader.report(entry.key, ctx, 'method', 'missing; this field is required');

	let basedOn: StoryMeta['basedOn'] | null = null;
	const b = f.get('basedOn');
	if (!b) reader.report(entry.key, ctx, 'basedOn', 'missing; this field is required');
	else if (!isMap(b.value)) reader.report(b.key, ctx, 'basedOn', `expected a map, got ${describe(b.value)}`);
	else {
		const bctx = 'meta.basedOn';
		const bf = reader.fields(b.value, BASED_ON_KEYS, bctx);
		const bt = reader.text(bf, 'title', bctx, b.key);
		const publisher = reader.text(bf, 'publisher', bctx, b.key);
		const url = reader.text(bf, 'url', bctx, b.key);
		const date = reader.text(bf, 'date', bctx, b.key);
		let good = bt !== null && publisher !== null && url !== null && date !== null;
		if (url !== null && !isHttpsUrl(url)) {
			reader.report(bf.get('url')?.value ?? null, bctx, 'url', `expected an https:// address, got "${url}"`);
			good = false;
		} else if (url !== null && isSiteRoot(url)) {
			reader.report(
				bf.get('url')?.value ?? null,
				bctx,
				'url',
				`"${url}" is a site's front page; link the article itself`
			);
			good = false;
		}
		if (date !== null && !/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(date)) {
			reader.report(
				bf.get('date')?.value ?? null,
				bctx,
				'date',
				`expected a date YYYY-MM-DD or YYYY-MM, got "${date}"`
			);
			good = false;
		}
		if (good && bt && publisher && url && date) basedOn = { title: bt, publisher, url, date };
	}
	const talkMinutes = readTalkMinutes(reader, f);
	const site = reader.text(f, 'site', ctx, entry.key, { optional: true });
	const siteProblem = site === null ? null : siteFormProblem(site);
	if (siteProblem) reader.report(f.get('site')?.value ?? null, ctx, 'site', siteProblem);
	const embedOn = readEmbedOn(reader, f);
	const published = f.has('published') ? readDay(reader, f.get('published')!, ctx, 'published') : null;
	const author = reader.text(f, 'author', ctx, entry.key, { optional: true });
	const publisher = reader.text(f, 'publisher', ctx, entry.key, { optional: true });
	if (title === null || dek === null || byline === null || method === null || basedOn === null) return null;
	const unread = (key: (typeof META_KEYS)[number], value: unknown) => f.has(key) && value === null;
	if (
		talkMinutes === undefined ||
		embedOn === undefined ||
		unread('label', label) ||
		(f.has('site') && (site === null || siteProblem)) ||
		unread('published', published) ||
		unread('author', author) ||
		unread('publisher', publisher)
	)
		return null;
	return { label, title, dek, byline, basedOn, method, talkMinutes, site, embedOn, published, author, publisher };
}

/**
 * The length of the talk the presenter view paces against, in whole minutes (1 to 240). Optional:
 * without it the presenter view shows the elapsed time but no pacing. `undefined` means an error
 * was reported.
 */
function readTalkMinutes(reader: Reader, f: Map<string, { key: Node; value: Node }>): number | null | undefined {
	const entry = f.get('talkMinutes');
	if (!entry) return null;
	const v = entry.value;
	if (!isScalar(v) || typeof v.value !== 'number' || !Number.isInteger(v.value) || v.value < 1 || v.value > 240) {
		reader.report(v ?? entry.key, 'meta', 'talkMinutes', `expected whole minutes from 1 to 240, got ${describe(v)}`);
		return undefined;
	}
	return v.value;
}

/**
 * The origins whose pages may frame the story's embeds (`/<slug>/embed/`), each an https:// origin
 * as a CSP `frame-ancestors` source writes it; null (absent) lets any site embed them. Each bad
 * origin is reported at its own line. `undefined` means an error was reported.
 */
function readEmbedOn(reader: Reader, f: Map<string, { key: Node; value: Node }>): string[] | null | undefined {
	const entry = f.get('embedOn');
	if (!entry) return null;
	const at = (node: Node) => (node ? undefined : reader.line(entry.key));
	if (!isSeq(entry.value)) {
		const detail = `expected a list of origins such as [https://www.example-news.com], got ${describe(entry.value)}`;
		reader.report(entry.value ?? entry.key, 'meta', 'embedOn', detail, at(entry.value));
		return undefined;
	}
	if (entry.value.items.length === 0) {
		reader.report(
			entry.value,
			'meta',
			'embedOn',
			'an empty list: leave embedOn out to let any site embed the story, or list the origins that may'
		);
		return undefined;
	}
	const origins: string[] = [];
	let good = true;
	for (const item of entry.value.items) {
		const origin = reader.scalarText(item as Node, 'meta', 'embedOn', entry.key);
		const problem = origin === null ? null : embedOriginProblem(origin);
		if (problem) reader.report(item as Node, 'meta', 'embedOn', problem);
		else if (origin !== null && origins.includes(origin))
			reader.report(item as Node, 'meta', 'embedOn', `"${origin}" is listed twice; keep one`);
		if (origin === null || problem || origins.includes(origin)) good = false;
		else origins.push(origin);
	}
	return good ? origins : undefined;
}
