// One directory walk for the corpus builders (bench and robustness scripts): real files only, symlinks skipped.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Calls `onFile(path, name)` for every regular file under `dir`; unreadable folders are skipped, links never followed. */
export function walkFiles(dir, onFile) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walkFiles(path, onFile);
    else if (entry.isFile()) onFile(path, entry.name);
  }
}
