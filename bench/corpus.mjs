// The lint corpus: real JS/TS files from the workspace's own node_modules/.pnpm, picked deterministically.
import { statSync } from 'node:fs';
import path from 'node:path';
import { walkFiles } from '../scripts/walk-files.mjs';
import { REPO_ROOT, sha256 } from './lib.mjs';

export const JS_EXTENSIONS = new Set(['.js', '.mjs', '.cjs']);
export const TS_EXTENSIONS = new Set(['.ts', '.mts', '.cts']);
/** Files bigger than this are mostly bundles or generated tables: they would dominate the time without being typical. */
export const MAX_BYTES = 48 * 1024;
export const MIN_BYTES = 200;

const STORE = path.join(REPO_ROOT, 'node_modules', '.pnpm');

/** Every candidate file (real files only: pnpm's symlinks would list a package twice), relative to the repo root. */
function candidates() {
  const found = [];
  walkFiles(STORE, (full, name) => {
    const ext = path.extname(name);
    if (!JS_EXTENSIONS.has(ext) && !TS_EXTENSIONS.has(ext)) return;
    if (/\.d\.[cm]?ts$/.test(name) || /\.min\.[cm]?js$/.test(name)) return;
    const { size } = statSync(full);
    if (size < MIN_BYTES || size > MAX_BYTES) return;
    found.push({ file: path.relative(REPO_ROOT, full), size, ts: TS_EXTENSIONS.has(ext) });
  });
  return found;
}

/**
 * Candidate files in a stable pseudo-random order (by the hash of their path), so the pick spreads over all packages
 * and is the same on every machine with the same lockfile. The caller drops the files its parser rejects.
 */
export function orderedCandidates() {
  return candidates()
    .map((c) => ({ ...c, key: sha256(c.file) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export const isTs = (file) => TS_EXTENSIONS.has(path.extname(file));
