// A counting stand-in for @fc-atlas/catalog/check, loaded by bench/scan-count.mjs in place of the real one for the plugin:
// it counts how often the plugin asks the catalog to classify a string. Not for use anywhere else.
import * as real from '../packages/catalog/dist/check.mjs';

export * from '../packages/catalog/dist/check.mjs';

const state = (globalThis.__fcAtlasScanCounts ??= { fileText: undefined, literalScans: 0, fileScans: 0, gates: 0, seen: new Map(), repeats: 0 });

export function findEndpoints(text) {
  if (text === state.fileText) state.fileScans++;
  else {
    state.literalScans++;
    const times = state.seen.get(text) ?? 0;
    if (times > 0) state.repeats++;
    state.seen.set(text, times + 1);
  }
  return real.findEndpoints(text);
}

export function mayContainEndpoint(text) {
  state.gates++;
  return real.mayContainEndpoint(text);
}
