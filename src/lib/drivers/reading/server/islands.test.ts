import { describe, expect, it } from 'vitest';
import { entryFile, islandCss, islandUrl, toRoot, withStyles, type ViteManifest } from './islands.ts';

// An island whose entry imports a shared chunk, loads the section the server drew later, and
// whose charts' chunk is also reached by a download's code, which the server never draws.
const manifest: ViteManifest = {
	'src/island.ts': {
		file: '_app/immutable/islands/island.X1.js',
		src: 'src/island.ts',
		isEntry: true,
		imports: ['_shared.js'],
		dynamicImports: ['src/Section.svelte'],
		css: ['a.css']
	},
	'_shared.js': { file: 'shared.js', imports: ['_shared.js'], css: ['b.css'] },
	'src/Section.svelte': {
		file: 'section.js',
		isDynamicEntry: true,
		imports: ['_chart.js', '_download.js'],
		css: ['section.css']
	},
	'_download.js': { file: 'download.js', dynamicImports: ['src/still/download.ts'], css: ['button.css'] },
	'src/still/download.ts': { file: 'still.js', imports: ['_chart.js', '_frame.js'] },
	'_frame.js': { file: 'frame.js', css: ['frame.css'] },
	'_chart.js': {
		file: 'chart.js',
		imports: ['_shared.js'],
		dynamicImports: ['src/charts/Bars.svelte'],
		css: ['chart.css']
	},
	'src/charts/Bars.svelte': { file: 'bars.js', imports: ['_marks.js'], css: ['bars.css'] },
	'_marks.js': { file: 'marks.js', css: ['marks.css'] }
} as ViteManifest;
const island = { entry: 'src/island.ts', browserOnly: ['src/still/'] };

describe('islands', () => {
	it('finds an entry by its source, and stops the build when there is none', () => {
		expect(entryFile(manifest, 'src/island.ts')).toBe('_app/immutable/islands/island.X1.js');
		expect(() => entryFile(manifest, '_shared.js')).toThrow(/no entry for _shared\.js/);
		expect(() => entryFile(manifest, 'src/other.ts')).toThrow(/islands\(\) in vite\.config\.ts/);
	});
	it('asks for the styles of all the island reaches, however deep; not of the code only the browser draws', () => {
		expect(islandCss(manifest, island).sort()).toEqual(
			['a.css', 'b.css', 'bars.css', 'button.css', 'chart.css', 'marks.css', 'section.css'].sort()
		);
		expect(islandCss(manifest, { ...island, browserOnly: [] })).toContain('frame.css');
		expect(islandCss(manifest, { ...island, browserOnly: ['src/Section.svelte'] }).sort()).toEqual(['a.css', 'b.css']);
	});
	it('inlines only the styles the page lacks, each with the disabled link that marks it loaded', () => {
		const html = '<html><head><link href="../a.css" rel="stylesheet" disabled></head><body></body></html>';
		const read = (file: string) => `.${file.replace('.css', '')}{color:red}`;
		const out = withStyles(html, ['a.css', 'b.css'], '../', read);
		expect(out).toContain(
			'<link href="../b.css" rel="stylesheet" disabled media="(max-width: 0)"><style>.b{color:red}</style></head>'
		);
		expect(out).not.toContain('.a{color:red}');
		expect(withStyles(html, ['a.css'], '../', read)).toBe(html);
		expect(() => withStyles(html, ['c.css'], '../', () => '@font-face{src:url(./f.woff2)}')).toThrow(/url\(\)/);
	});
	it('links relative to the page, as SvelteKit does', () => {
		expect(toRoot('/china-ai-market/')).toBe('../');
		expect(toRoot('/a/b/')).toBe('../../');
		expect(toRoot('/')).toBe('./');
	});
	it('in dev, names the source for Vite to serve', () => {
		expect(islandUrl('reading', '/china-ai-market/', true)).toBe('/src/lib/drivers/reading/island/reading.ts');
	});
});
