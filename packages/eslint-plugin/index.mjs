// What Node's `import` loads: the CommonJS build, so that `import` and `require` give one and the same plugin object
// (ESLint refuses two different objects under one plugin name, as when an ES config uses a CommonJS shared config).
// Browser bundlers take the ES build, dist/index.mjs, through the `browser` condition.
import plugin from './dist/index.cjs';

export default plugin;
