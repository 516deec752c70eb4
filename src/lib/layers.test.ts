import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYERS, breach, placeOf } from './layers.ts';

/** Every import of a source file: static, dynamic and type-only. */
const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"\n]+)\1/g;
const SOURCE = /\.(ts|js|svelte)$/;
/** Tests and their fixtures may reach across layers to set a case up. */
const TEST_ONLY = /(\.test\.ts|fixture\.ts)$/;

/** The repo path an import names, with the extension the file has, or null outside src/lib. */
function target(from: string, spec: string, exists: (p: string) => boolean): string | null {
	const base = spec.startsWith('$lib/')
		? `src/lib/${spec.slice(5)}`
		: spec.startsWith('.')
			? path.posix.normalize(path.posix.join(path.posix.dirname(from), spec))
			: null;
	if (!base) return null;
	return ['', '.ts', '.js', '.svelte', '.svelte.ts'].map((x) => base + x).find(exists) ?? base;
}

/** Every import in these files that breaks the layers. */
function breaches(files: Record<string, string>): string[] {
	const exists = (p: string) => p in files;
	return Object.entries(files)
		.filter(([f]) => SOURCE.test(f) && !TEST_ONLY.test(f))
		.flatMap(([f, text]) =>
			[...text.matchAll(IMPORT)].map((m) => {
				const to = target(f, m[2], exists);
				return to ? breach(f, to) : null;
			})
		)
		.filter((b): b is string => b !== null);
}

function tree(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!e.isFile()) continue;
		const p = path.posix.join(e.parentPath.split(path.sep).join('/'), e.name);
		if (SOURCE.test(p)) out[p] = readFileSync(p, 'utf8');
	}
	return out;
}

describe('the layers of src/lib', () => {
	it('every folder of src/lib is a layer, and every layer a folder', () => {
		const top = readdirSync('src/lib', { withFileTypes: true }).filter((e) => e.isDirectory());
		expect(top.map((e) => e.name).sort()).toEqual([...new Set(LAYERS.map((l) => l.dir.split('/')[0]))].sort());
		for (const l of LAYERS) expect(readdirSync(`src/lib/${l.dir}`).length).toBeGreaterThan(0);
	});

	it('no file imports from a layer above its own, and no driver from another driver', () => {
		expect(breaches(tree('src/lib'))).toEqual([]);
	});

	it('sees a breach: a model importing a chart, a kind importing the loader, one driver another', () => {
		const files = {
			'src/lib/model/types.ts': "import type { X } from '../charts/Chart.svelte';",
			'src/lib/charts/Chart.svelte': '',
			'src/lib/kinds/ranked-bars/scene.ts': "import { loadStory } from '$lib/loading/load';",
			'src/lib/loading/load.ts': '',
			'src/lib/drivers/stage/Stage.svelte': "const m = import('../reading/scroll/Scrolly.svelte');",
			'src/lib/drivers/reading/scroll/Scrolly.svelte': '',
			'src/lib/drivers/reading/ChartFigure.svelte': "import D from '../shared/downloads/DownloadStill.svelte';",
			'src/lib/drivers/shared/downloads/DownloadStill.svelte': "import S from '../../stage/Stage.svelte';",
			'src/lib/step/hash.ts': "import { chartView } from '../kinds/view.ts';",
			'src/lib/kinds/view.ts': ''
		};
		expect(breaches(files)).toEqual([
			'src/lib/model/types.ts imports src/lib/charts/Chart.svelte: model sits below charts',
			'src/lib/kinds/ranked-bars/scene.ts imports src/lib/loading/load.ts: kinds sits below loading',
			'src/lib/drivers/stage/Stage.svelte imports src/lib/drivers/reading/scroll/Scrolly.svelte: the stage driver reaches into the reading driver',
			'src/lib/drivers/shared/downloads/DownloadStill.svelte imports src/lib/drivers/stage/Stage.svelte: drivers/shared sits below drivers'
		]);
	});

	it('places drivers/shared below the drivers, and names the driver of a file', () => {
		expect(placeOf('src/lib/drivers/shared/frame/StillFrame.svelte')).toEqual({ rank: 5, driver: null });
		expect(placeOf('src/lib/drivers/stage/Stage.svelte')).toEqual({ rank: 6, driver: 'stage' });
		expect(placeOf('src/routes/+page.svelte')).toBeNull();
	});
});
