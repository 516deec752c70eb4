import { describe, expect, it } from 'vitest';
import { entryCss, entryFile, islandUrl, toRoot, type ViteManifest } from './islands.ts';

const manifest: ViteManifest = {
	'src/lib/islands/reading.ts': {
		file: '_app/immutable/islands/reading.X1.js',
		src: 'src/lib/islands/reading.ts',
		isEntry: true,
		imports: ['_shared.js', '_chart.js'],
		css: ['a.css']
	},
	'_shared.js': { file: '_app/immutable/chunks/shared.Y2.js', imports: ['_chart.js'], css: ['b.css'] },
	'_chart.js': { file: '_app/immutable/chunks/chart.Z3.js', imports: ['_shared.js'], css: ['c.css', 'a.css'] }
};

describe('islands', () => {
	it('finds an entry by its source, and stops the build when there is none', () => {
		expect(entryFile(manifest, 'src/lib/islands/reading.ts')).toBe('_app/immutable/islands/reading.X1.js');
		expect(() => entryFile(manifest, '_shared.js')).toThrow(/no entry for _shared\.js/);
		expect(() => entryFile(manifest, 'src/lib/islands/other.ts')).toThrow(/islands\(\) in vite\.config\.ts/);
	});
	it('lists the stylesheets of everything the entry imports, once each', () => {
		expect(entryCss(manifest, 'src/lib/islands/reading.ts').sort()).toEqual(['a.css', 'b.css', 'c.css']);
	});
	it('links relative to the page, as SvelteKit does', () => {
		expect(toRoot('/china-ai-market/')).toBe('../');
		expect(toRoot('/a/b/')).toBe('../../');
		expect(toRoot('/')).toBe('./');
	});
	it('in dev, names the source for Vite to serve', () => {
		expect(islandUrl('reading', '/china-ai-market/', true)).toBe('/src/lib/islands/reading.ts');
	});
});
