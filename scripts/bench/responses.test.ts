import { describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync } from 'node:zlib';
import { gzipSize, resourceKind, isForeign, weightTotals } from './responses.mjs';

describe('gzipSize', () => {
	it('is the length of a level-9 gzip that round-trips', () => {
		const text = 'const a = 1;\n'.repeat(500);
		const size = gzipSize(text);
		expect(size).toBeGreaterThan(0);
		expect(size).toBeLessThan(text.length / 10);
		expect(gzipSize(Buffer.from(text))).toBe(size);
	});
	it('is 0 for an empty body', () => {
		expect(gzipSize(Buffer.alloc(0))).toBe(0);
		expect(gzipSize('')).toBe(0);
	});
	it('measures real gzip -9 output', () => {
		const body = Buffer.from('<p>hello</p>'.repeat(200));
		const gz = gzipSync(body, { level: 9 });
		expect(gzipSize(body)).toBe(gz.length);
		expect(gunzipSync(gz).equals(body)).toBe(true);
	});
});

describe('resourceKind', () => {
	it('trusts the browser resource type for scripts, styles, fonts and documents', () => {
		expect(resourceKind('script', 'http://localhost/a')).toBe('script');
		expect(resourceKind('stylesheet', 'http://localhost/a')).toBe('stylesheet');
		expect(resourceKind('font', 'http://localhost/a')).toBe('font');
		expect(resourceKind('document', 'http://localhost/')).toBe('document');
	});
	it('falls back to content type, then extension', () => {
		expect(resourceKind('other', 'http://localhost/_app/x.js')).toBe('script');
		expect(resourceKind('fetch', 'http://localhost/x', 'text/javascript; charset=utf-8')).toBe('script');
		expect(resourceKind('other', 'http://localhost/a.css?v=1')).toBe('stylesheet');
		expect(resourceKind('other', 'http://localhost/f.woff2')).toBe('font');
		expect(resourceKind('image', 'http://localhost/favicon.svg', 'image/svg+xml')).toBe('other');
		expect(resourceKind('fetch', 'http://localhost/__data.json', 'application/json')).toBe('other');
	});
});

describe('isForeign', () => {
	it('keeps this machine and inline URLs local', () => {
		expect(isForeign('http://localhost:4180/_app/a.js')).toBe(false);
		expect(isForeign('http://127.0.0.1:4180/')).toBe(false);
		expect(isForeign('http://[::1]:4180/')).toBe(false);
		expect(isForeign('data:image/svg+xml,<svg/>')).toBe(false);
		expect(isForeign('not a url')).toBe(false);
	});
	it('flags every other host', () => {
		expect(isForeign('https://fonts.googleapis.com/css')).toBe(true);
		expect(isForeign('https://localhost.example.com/')).toBe(true);
	});
});

describe('weightTotals', () => {
	it('sums per kind and overall', () => {
		const t = weightTotals([
			{ url: 'a.js', kind: 'script', raw: 100, gzip: 40 },
			{ url: 'b.js', kind: 'script', raw: 50, gzip: 20 },
			{ url: '/', kind: 'document', raw: 10, gzip: 5 }
		]);
		expect(t.script).toEqual({ count: 2, raw: 150, gzip: 60 });
		expect(t.document).toEqual({ count: 1, raw: 10, gzip: 5 });
		expect(t.font).toEqual({ count: 0, raw: 0, gzip: 0 });
		expect(t.all).toEqual({ count: 3, raw: 160, gzip: 65 });
	});
});
