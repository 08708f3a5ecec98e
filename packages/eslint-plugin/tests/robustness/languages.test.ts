// Other languages: the presets set no `files`, so next to @eslint/json, @eslint/markdown or @eslint/css they also run
// on .json, .md and .css files. The rules are for JavaScript (and the languages that parse to it): on any other
// language they must do nothing, never throw, and never make ESLint refuse the config. Markdown's code blocks, linted
// through its processor, are JavaScript again and get the usual findings and suggestions.
import css from '@eslint/css';
import json from '@eslint/json';
import markdown from '@eslint/markdown';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { fuzz, pluginSource } from './support.js';

const linter = new Linter({ configType: 'flat' });

/** Text that would make every rule report in a JavaScript file: an FC SDK import, a misspelled host and codes. */
const FC_TEXT = {
  host: '16530750.cn-hangzou.fc.aliyuncs.com',
  module: '@alicloud/fc2',
  codes: ['ResourceExhaused', 'accessdenied', 'FunctionNotFound'],
};

const FILES: Record<string, string> = {
  // A package.json of an FC client: the FC module name sits in a string token.
  'package.json': JSON.stringify({ name: 'app', dependencies: { [FC_TEXT.module]: '^2.5.0' }, config: { endpoint: FC_TEXT.host, retryOn: FC_TEXT.codes } }, null, 2),
  'settings.jsonc': `// ${FC_TEXT.module}\n{ "endpoint": "${FC_TEXT.host}", /* ${FC_TEXT.codes[0]} */ "codes": ["${FC_TEXT.codes.join('", "')}"] }\n`,
  'settings.json5': `{ endpoint: '${FC_TEXT.host}', module: '${FC_TEXT.module}', code: 'accessdenied', n: Infinity }\n`,
  'README.md': [
    '# FC client',
    '',
    `Install \`${FC_TEXT.module}\`, then call https://${FC_TEXT.host}/ (or [the host](https://${FC_TEXT.host}/)).`,
    '',
    `<a href="https://${FC_TEXT.host}">${FC_TEXT.host}</a>`,
    '',
    '```js',
    `import FC from '${FC_TEXT.module}';`,
    `const host = '${FC_TEXT.host}';`,
    `switch (err.code) { case '${FC_TEXT.codes[2]}': break; case '${FC_TEXT.codes[0]}': break; }`,
    '```',
    '',
  ].join('\n'),
  'style.css': [
    `@import url("${FC_TEXT.module}");`,
    `.logo { background: url("https://${FC_TEXT.host}/logo.png"); }`,
    `.host::after { content: "${FC_TEXT.host} ${FC_TEXT.codes.join(' ')}"; }`,
    '',
  ].join('\n'),
};

/** A config as users write it: one preset (no `files`), and a language plugin for each kind of file. */
function configWith(preset: Linter.Config): Linter.Config[] {
  return [
    preset,
    { files: ['**/*.json'], plugins: { json }, language: 'json/json' },
    { files: ['**/*.jsonc'], plugins: { json }, language: 'json/jsonc' },
    { files: ['**/*.json5'], plugins: { json }, language: 'json/json5' },
    { files: ['**/*.md'], plugins: { markdown }, language: 'markdown/gfm' },
    { files: ['**/*.css'], plugins: { css }, language: 'css/css' },
  ];
}

describe('the presets next to JSON, Markdown and CSS languages', () => {
  for (const presetName of ['recommended', 'strict', 'all'] as const) {
    for (const [filename, code] of Object.entries(FILES)) {
      it(`${presetName}: ${filename} lints without an exception or a finding`, () => {
        const messages = linter.verify(code, configWith(pluginSource.configs[presetName]), { filename });
        // No fatal parse error: the file really was linted as its language.
        expect(messages.filter((m) => m.fatal)).toEqual([]);
        expect(messages.filter((m) => m.ruleId?.startsWith('@fc-atlas/'))).toEqual([]);
      });
    }
  }

  it('markdown/commonmark too, and the rules set one by one', () => {
    const config: Linter.Config[] = [
      { plugins: { '@fc-atlas': pluginSource }, rules: { '@fc-atlas/valid-endpoint': 'error', '@fc-atlas/valid-error-code': 'error' } },
      { files: ['**/*.md'], plugins: { markdown }, language: 'markdown/commonmark' },
    ];
    expect(linter.verify(FILES['README.md']!, config, { filename: 'README.md' })).toEqual([]);
  });
});

describe("Markdown's processor: code blocks are JavaScript", () => {
  const config: Linter.Config[] = [...(markdown.configs.processor as Linter.Config[]), pluginSource.configs.recommended];

  it('reports in the code block, at the Markdown line, with suggestions that fix the Markdown text', () => {
    const code = FILES['README.md']!;
    const messages = linter.verify(code, config, { filename: 'README.md' });
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    const byRule = Object.fromEntries(messages.map((m) => [m.ruleId, m]));
    expect(messages.map((m) => `${m.line}:${m.ruleId}`).sort()).toEqual([
      '10:@fc-atlas/no-unhandled-error-code',
      '10:@fc-atlas/valid-error-code',
      '9:@fc-atlas/valid-endpoint',
    ]);
    const suggested = (ruleId: string) => fuzz.applyFix(code, byRule[`@fc-atlas/${ruleId}`]!.suggestions![0]!.fix);
    expect(suggested('valid-endpoint')).toBe(code.replace(`'${FC_TEXT.host}'`, "'16530750.cn-hangzhou.fc.aliyuncs.com'"));
    expect(suggested('valid-error-code')).toBe(code.replace(`'${FC_TEXT.codes[0]}'`, "'ResourceExhausted'"));
    // The added cases land inside the fence, and the block then lints clean of that finding.
    const withCases = suggested('no-unhandled-error-code');
    expect(withCases.indexOf("case 'ResourceThrottled'")).toBeGreaterThan(withCases.indexOf('```js'));
    expect(withCases.indexOf("case 'ResourceThrottled'")).toBeLessThan(withCases.lastIndexOf('```'));
    expect(linter.verify(withCases, config, { filename: 'README.md' }).map((m) => m.ruleId)).toEqual(['@fc-atlas/valid-endpoint', '@fc-atlas/valid-error-code']);
  });
});
