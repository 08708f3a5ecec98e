// Security: the rules and the catalog never read files, touch the network or evaluate code; no dependency runs an install
// script except the one the workspace allows (esbuild).
//  - static: the built plugin (built here with its own tsdown config, so CI does not depend on build order) and the
//    built catalog load no fs, net, http(s), child_process or the like (read from their ASTs) and their text holds no
//    fetch(, eval(, new Function; the plugin loads only its three declared runtime packages, the catalog nothing;
//  - dynamic: those Node APIs, fetch, eval and Function are trapped while every rule lints the examples;
//  - install scripts: pnpm-workspace.yaml's onlyBuiltDependencies is exactly [esbuild], and no installed package other
//    than esbuild declares a preinstall/install/postinstall script or a binding.gyp.
import { Linter } from 'eslint';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build } from 'tsdown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzz, parser, pluginSource, repoRoot } from './support.js';

const pluginDir = join(repoRoot, 'packages/eslint-plugin');
const catalogDist = join(repoRoot, 'packages/catalog/dist');

/** Module specifiers and calls that would read files, reach the network, spawn processes or evaluate code. */
const FORBIDDEN_MODULE = /^(?:node:)?(?:fs|fs\/promises|net|http|https|http2|tls|dgram|dns|dns\/promises|child_process|cluster|worker_threads|vm|inspector|module|process)$/;
const FORBIDDEN_CALL = [/\bfetch\s*\(/, /\beval\s*\(/, /\bnew\s+Function\s*\(/, /\bFunction\s*\(\s*['"`]/, /\bXMLHttpRequest\b/, /\bWebSocket\b/, /\bimportScripts\s*\(/, /\bprocess\.binding\b/];
const PLUGIN_IMPORTS = ['@eslint-community/eslint-utils', '@fc-atlas/catalog', '@fc-atlas/catalog/check', '@typescript-eslint/utils/eslint-utils'];

type AstNode = { type: string; [key: string]: unknown };

/** Walks an ESTree AST depth-first. */
function walk(node: unknown, visit: (node: AstNode) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  const n = node as AstNode;
  if (typeof n.type !== 'string') return;
  visit(n);
  for (const [key, value] of Object.entries(n)) if (key !== 'parent' && key !== 'loc' && key !== 'range') walk(value, visit);
}

const stringValue = (node: unknown): string | undefined => {
  const n = node as AstNode | undefined;
  if (n?.type === 'Literal' && typeof n['value'] === 'string') return n['value'];
  if (n?.type === 'TemplateLiteral' && (n['expressions'] as unknown[]).length === 0) return ((n['quasis'] as AstNode[])[0]!['value'] as { cooked: string }).cooked;
  return undefined;
};

/**
 * What a built file loads, read from its AST (not its text, which also holds import statements the fixes insert):
 * every static specifier, and `dynamic` for an `import()`/`require()` of a value chosen at run time.
 */
function loads(code: string): { specifiers: string[]; dynamic: number } {
  const ast = (parser as unknown as { parse(code: string, options: object): unknown }).parse(code, { sourceType: 'module', ecmaVersion: 'latest' });
  const found = new Set<string>();
  let dynamic = 0;
  const add = (source: unknown) => {
    const value = stringValue(source);
    if (value === undefined) dynamic++;
    else found.add(value);
  };
  walk(ast, (node) => {
    if (node.type === 'ImportDeclaration' || ((node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration') && node['source'])) add(node['source']);
    else if (node.type === 'ImportExpression') add(node['source']);
    else if (node.type === 'CallExpression' && (node['callee'] as AstNode).type === 'Identifier' && (node['callee'] as AstNode)['name'] === 'require') add((node['arguments'] as unknown[])[0]);
  });
  return { specifiers: [...found].sort(), dynamic };
}

let outDir: string;
/** Built file -> its text and what it loads: the plugin's fresh build and the catalog's dist. */
let built: Record<string, { code: string; loads: { specifiers: string[]; dynamic: number } }>;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'fc-atlas-security-'));
  await build({ config: join(pluginDir, 'tsdown.config.ts'), cwd: pluginDir, outDir, dts: false, clean: true, logLevel: 'silent' });
  const files = [
    ...readdirSync(outDir).filter((f) => /\.[cm]js$/.test(f)).map((f) => [`eslint-plugin/${f}`, join(outDir, f)]),
    // The catalog ships one module per source file (so bundlers drop what an app does not use): check them all.
    ...readdirSync(catalogDist, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.[cm]js$/.test(f))
      .map((f) => [`catalog/${f}`, join(catalogDist, f)]),
  ];
  built = Object.fromEntries(
    files.map(([name, path]) => {
      expect(existsSync(path!), `${path} (the catalog is built by turbo before the tests)`).toBe(true);
      const code = readFileSync(path!, 'utf8');
      return [name, { code, loads: loads(code) }];
    }),
  );
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the built code never touches files, the network or eval', { timeout: 60_000 }, () => {
  it('the plugin build has an ESM and a CJS entry', () => {
    expect(Object.keys(built).filter((f) => f.startsWith('eslint-plugin/')).sort()).toEqual(['eslint-plugin/index.cjs', 'eslint-plugin/index.mjs']);
  });

  it('the plugin loads only its declared runtime packages, the catalog only its own modules', () => {
    const packageJson = JSON.parse(readFileSync(join(pluginDir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(built)).toContain('catalog/index.mjs');
    for (const [file, { loads: found }] of Object.entries(built)) {
      if (!file.startsWith('catalog/')) expect(found, file).toEqual({ specifiers: PLUGIN_IMPORTS, dynamic: 0 });
      else {
        const inDist = (s: string) => /^\.\.?\//.test(s) && resolve(dirname(join(catalogDist, file.slice('catalog/'.length))), s).startsWith(`${catalogDist}/`);
        expect({ outside: found.specifiers.filter((s) => !inDist(s)), dynamic: found.dynamic }, file).toEqual({ outside: [], dynamic: 0 });
      }
    }
    for (const specifier of PLUGIN_IMPORTS) {
      const name = specifier.split('/').slice(0, 2).join('/');
      expect(Object.keys(packageJson.dependencies)).toContain(name);
    }
  });

  it('no built file loads a file, network or process module, or calls fetch, eval or new Function', () => {
    for (const [file, { code, loads: found }] of Object.entries(built)) {
      expect(found.specifiers.filter((s) => FORBIDDEN_MODULE.test(s)), file).toEqual([]);
      for (const pattern of FORBIDDEN_CALL) expect(code, `${file} ${pattern}`).not.toMatch(pattern);
    }
  });

  it('the checks catch what they are meant to catch', () => {
    const bad = "const fs = require('node:fs'); import http from 'http'; fetch('x'); eval('1'); new Function('return 1'); import(name);";
    expect(loads(bad)).toEqual({ specifiers: ['http', 'node:fs'], dynamic: 1 });
    expect(loads(bad).specifiers.filter((s) => FORBIDDEN_MODULE.test(s))).toEqual(['http', 'node:fs']);
    expect(FORBIDDEN_CALL.filter((p) => p.test(bad)).map(String)).toEqual([
      String(/\bfetch\s*\(/),
      String(/\beval\s*\(/),
      String(/\bnew\s+Function\s*\(/),
      String(/\bFunction\s*\(\s*['"`]/),
    ]);
  });
});

describe('linting traps file, network and process APIs, fetch, eval and Function', { timeout: 300_000 }, () => {
  const require = createRequire(import.meta.url);
  const modules = ['fs', 'net', 'http', 'https', 'http2', 'tls', 'dgram', 'dns', 'child_process', 'worker_threads', 'vm'];

  /** Replaces every function export of those modules (and the globals) with a recorder while `fn` runs synchronously. */
  function trapped(fn: () => void): string[] {
    const calls: string[] = [];
    const restore: (() => void)[] = [];
    const trap = (target: Record<string, unknown>, key: string, label: string) => {
      const original = target[key];
      if (typeof original !== 'function') return;
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      if (!descriptor?.writable && !descriptor?.set) return;
      target[key] = new Proxy(original, {
        apply(fnTarget, thisArg, args) {
          calls.push(label);
          return Reflect.apply(fnTarget as (...a: unknown[]) => unknown, thisArg, args);
        },
        construct(fnTarget, args, newTarget) {
          calls.push(`new ${label}`);
          return Reflect.construct(fnTarget as new (...a: unknown[]) => object, args, newTarget);
        },
      });
      restore.push(() => {
        target[key] = original;
      });
    };
    for (const name of modules) {
      const mod = require(`node:${name}`) as Record<string, unknown>;
      for (const key of Object.keys(mod)) trap(mod, key, `${name}.${key}`);
      const promises = mod['promises'] as Record<string, unknown> | undefined;
      if (promises && typeof promises === 'object') for (const key of Object.keys(promises)) trap(promises, key, `${name}.promises.${key}`);
    }
    const globals = globalThis as unknown as Record<string, unknown>;
    for (const key of ['fetch', 'eval', 'Function', 'XMLHttpRequest', 'WebSocket']) trap(globals, key, key);
    syncBuiltinESMExports();
    try {
      fn();
    } finally {
      for (const undo of restore.reverse()) undo();
      syncBuiltinESMExports();
    }
    return calls;
  }

  it('the trap records a file read, a process spawn and an eval', () => {
    const calls = trapped(() => {
      (require('node:fs') as typeof import('node:fs')).existsSync('/');
      (0, globalThis.eval)('1');
      (require('node:child_process') as { spawnSync?: unknown }).spawnSync?.toString();
    });
    expect(calls).toContain('fs.existsSync');
    expect(calls).toContain('eval');
  });

  it('every rule, over the examples and fixtures under both presets, calls none of them', () => {
    const linter = new Linter({ configType: 'flat' });
    const configs = fuzz.ruleConfigs(pluginSource, parser);
    const files = fuzz.seedFiles();
    expect(files.length).toBeGreaterThanOrEqual(5);
    // Parse and warm up outside the trap: module loading may read files; the rules at lint time may not.
    for (const file of files) linter.verify(file.code, configs.all, { filename: file.name });
    let findings = 0;
    const calls = trapped(() => {
      for (const file of files) {
        for (const config of [configs.all, configs.strict]) {
          findings += linter.verify(file.code, config, { filename: file.name }).filter((m) => m.ruleId?.startsWith('@fc-atlas/')).length;
        }
      }
    });
    expect(calls).toEqual([]);
    expect(findings).toBeGreaterThan(10);
  });
});

describe('no dependency runs an install script except esbuild', { timeout: 60_000 }, () => {
  it('pnpm-workspace.yaml allows builds for esbuild only', () => {
    const yaml = readFileSync(join(repoRoot, 'pnpm-workspace.yaml'), 'utf8');
    const lines = yaml.split('\n');
    const start = lines.indexOf('onlyBuiltDependencies:');
    expect(start, 'an onlyBuiltDependencies block').toBeGreaterThanOrEqual(0);
    const entries: string[] = [];
    for (const line of lines.slice(start + 1)) {
      const item = /^\s+-\s*(\S.*)$/.exec(line);
      if (!item) break;
      entries.push(item[1]!.replace(/^["']|["']$/g, ''));
    }
    expect(entries).toEqual(['esbuild']);
    expect(yaml).not.toMatch(/dangerouslyAllowAllBuilds|neverBuiltDependencies/);
  });

  it('no installed package other than esbuild declares an install script or a native build', () => {
    const store = join(repoRoot, 'node_modules/.pnpm');
    const withScripts: string[] = [];
    for (const entry of readdirSync(store)) {
      const modules = join(store, entry, 'node_modules');
      if (!existsSync(modules)) continue;
      for (const name of readdirSync(modules)) {
        const dirs = name.startsWith('@') ? readdirSync(join(modules, name)).map((n) => join(name, n)) : [name];
        for (const dir of dirs) {
          const packageJsonPath = join(modules, dir, 'package.json');
          // Only the package this store entry is for (the others are links to other entries).
          if (!entry.startsWith(dir.replace('/', '+'))) continue;
          if (!existsSync(packageJsonPath)) continue;
          const pkg = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { name: string; version: string; scripts?: Record<string, string> };
          const scripts = ['preinstall', 'install', 'postinstall'].filter((s) => pkg.scripts?.[s]);
          if (scripts.length > 0 || existsSync(join(modules, dir, 'binding.gyp'))) withScripts.push(`${pkg.name}@${pkg.version} ${scripts.join(',')}`);
        }
      }
    }
    expect(withScripts.map((s) => s.split('@').slice(0, -1).join('@'))).toEqual(['esbuild']);
  });
});
