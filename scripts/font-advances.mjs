#!/usr/bin/env node
/**
 * Writes the served fonts' advance widths (`font-families.mjs`, `advancesJson`) for the build's check
 * that a step's words fit the stage. `npm run fonts` runs it after cutting the fonts; run it alone
 * with `node scripts/font-advances.mjs`. The font test says when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { advancesJson } from './font-families.mjs';
import { ADVANCES_FILE } from './fonts-lib.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(path.join(ROOT, ADVANCES_FILE), await advancesJson(ROOT));
console.log(`${ADVANCES_FILE}: written`);
