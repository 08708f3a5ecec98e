import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import packageJson from '../package.json' with { type: 'json' };

const root = join(import.meta.dirname, '..');
const ruleNames = Object.keys(plugin.rules);

describe('plugin shape', () => {
  it('names itself after the package, with its version and namespace', () => {
    expect(plugin.meta).toEqual({ name: '@fc-atlas/eslint-plugin', version: packageJson.version, namespace: '@fc-atlas' });
  });

  it('exports the four rules', () => {
    expect(ruleNames.sort()).toEqual(['no-hardcoded-endpoint', 'no-unhandled-error-code', 'valid-endpoint', 'valid-error-code']);
  });

  it.each(ruleNames)('%s has a description, a docs url to its own page, a schema and a doc file', (name) => {
    const rule = plugin.rules[name as keyof typeof plugin.rules];
    expect(rule.meta?.docs?.description).toMatch(/\w{10,}/);
    expect(rule.meta?.docs?.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
    expect(Array.isArray(rule.meta?.schema)).toBe(true);
    const doc = join(root, 'docs', 'rules', `${name}.md`);
    expect(existsSync(doc)).toBe(true);
    expect(readFileSync(doc, 'utf8')).toContain('<!-- end auto-generated rule header -->');
  });

  it.each(['recommended', 'strict', 'all'] as const)('configs.%s is a named flat config that registers the plugin', (name) => {
    const config = plugin.configs[name];
    expect(config.name).toBe(`@fc-atlas/${name}`);
    expect(config.plugins?.['@fc-atlas']).toBe(plugin);
    for (const rule of Object.keys(config.rules ?? {})) {
      expect(ruleNames).toContain(rule.replace('@fc-atlas/', ''));
    }
  });

  it('puts every rule in recommended and all', () => {
    for (const name of ['recommended', 'all'] as const) {
      expect(Object.keys(plugin.configs[name].rules ?? {}).sort()).toEqual(ruleNames.map((r) => `@fc-atlas/${r}`).sort());
    }
  });

  it('reports misspellings as errors in recommended', () => {
    const rules = plugin.configs.recommended.rules ?? {};
    expect(rules['@fc-atlas/valid-endpoint']).toBe('error');
    expect(rules['@fc-atlas/valid-error-code']).toBe('error');
  });
});
