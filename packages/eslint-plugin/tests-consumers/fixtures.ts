// What a stranger's project holds: a sample with two planted mistakes, and flat configs that load the plugin.

/** Two mistakes (a misspelled region in an FC host, a near miss of an FC error code) and a correct twin of the second. */
export const sampleJs = `export const endpoint = 'https://16530750.cn-shangai.fc.aliyuncs.com';

export async function invoke(fetchImpl) {
  try {
    return await fetchImpl(endpoint);
  } catch (err) {
    if (err.code === 'ResourceExhaused') return undefined;
    if (err.code === 'ResourceThrottled') return undefined;
    throw err;
  }
}
`;

/** What ESLint must report on `src/sample.js` with `configs.recommended`, as `findings()` formats it. */
export const expectedFindings = [
  'src/sample.js:1:34 @fc-atlas/valid-endpoint/invalidEndpoint',
  'src/sample.js:7:22 @fc-atlas/valid-error-code/nearMiss',
];

export const eslintConfigMjs = `import fcAtlas from '@fc-atlas/eslint-plugin';

export default [fcAtlas.configs.recommended];
`;

export const eslintConfigCjs = `const fcAtlas = require('@fc-atlas/eslint-plugin');

module.exports = [fcAtlas.configs.recommended];
`;
