// Shared by cli-cache.test.ts and cli-concurrency.test.ts: the built plugin, a generated fixture tree under the OS temp
// dir, and the real ESLint CLI run on it in a child process.
import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const pluginDir = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
export const eslintBin = join(dirname(require.resolve('eslint/package.json')), 'bin', 'eslint.js');
const tsParserUrl = pathToFileURL(require.resolve('@typescript-eslint/parser')).href;

/**
 * A new directory under the OS temp dir, by its real path (ESLint reports real paths; macOS's tmpdir is a symlink).
 * The caller removes it with removeTempDir (kept when FC_ATLAS_KEEP_TMP=1, to look at a failure).
 */
export const tempDir = async (name: string): Promise<string> => realpath(await mkdtemp(join(tmpdir(), `fc-atlas-${name}-`)));
export const removeTempDir = (dir: string): Promise<void> =>
  process.env['FC_ATLAS_KEEP_TMP'] === '1' || dir === '' ? Promise.resolve() : rm(dir, { recursive: true, force: true });

const newestMtime = (path: string): number => {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
};

/**
 * A plugin package in `dir` whose dist holds the ESM build and whose node_modules is the real plugin's, so the bundle's
 * bare imports (`@fc-atlas/catalog`, `@typescript-eslint/utils`) resolve as they do from packages/eslint-plugin/dist.
 */
async function pluginPackageIn(dir: string): Promise<string> {
  await mkdir(join(dir, 'dist'), { recursive: true });
  await symlink(join(pluginDir, 'node_modules'), join(dir, 'node_modules'), 'junction');
  return join(dir, 'dist', 'index.mjs');
}

/**
 * The built plugin's ESM entry. packages/eslint-plugin/dist when it is newer than every source file; otherwise (turbo's
 * `test` task builds only dependencies, and a colleague may be editing src) a fresh build into `scratch`: never into the
 * shared dist, which another test file or process may be reading at the same moment.
 */
export async function builtPlugin(scratch: string): Promise<string> {
  const dist = join(pluginDir, 'dist', 'index.mjs');
  const inputs = ['src', 'package.json', 'tsdown.config.ts'].map((path) => newestMtime(join(pluginDir, path)));
  let distMtime = 0;
  try {
    distMtime = statSync(dist).mtimeMs;
  } catch {
    // missing: build below
  }
  if (distMtime >= Math.max(...inputs)) return dist;
  const entry = await pluginPackageIn(join(scratch, 'fresh-plugin'));
  const args = ['exec', 'tsdown', '--out-dir', dirname(entry), '--format', 'esm', '--no-dts', '--logLevel', 'error'];
  await promisify(execFile)('pnpm', args, { cwd: pluginDir });
  return entry;
}

/**
 * A copy of the built plugin in its own package directory, with `meta.version` replaced when `version` is given: to
 * show that ESLint's cache follows the plugin's name and version, not the file it was loaded from.
 */
export async function copyPlugin(entry: string, dir: string, version?: string): Promise<string> {
  const copy = await pluginPackageIn(dir);
  if (version === undefined) {
    await copyFile(entry, copy);
    return copy;
  }
  const { version: current } = JSON.parse(await readFile(join(pluginDir, 'package.json'), 'utf8')) as { version: string };
  const source = await readFile(entry, 'utf8');
  // tsdown inlines package.json's fields as `var version = "<version>";`; exactly one such line, or the test is wrong.
  const declaration = `var version = ${JSON.stringify(current)};`;
  const at = source.indexOf(declaration);
  if (at < 0 || source.indexOf(declaration, at + 1) >= 0) {
    throw new Error(`expected exactly one \`${declaration}\` in ${entry}; the bundle's shape changed`);
  }
  await writeFile(copy, source.replace(declaration, `var version = ${JSON.stringify(version)};`));
  return copy;
}

/** The meta of the plugin at `entry`, as a fresh Node process imports it. */
export async function pluginMeta(entry: string): Promise<{ name: string; version: string }> {
  const script = `const { default: p } = await import(${JSON.stringify(pathToFileURL(entry).href)}); console.log(JSON.stringify(p.meta));`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '--eval', script]);
  return JSON.parse(stdout) as { name: string; version: string };
}

/**
 * The flat config the fixture tree uses: JS, TS, JSX and TSX, configs.recommended, and a rule option with a pattern.
 * `plugin` and `parser` are what the config imports: package names in a consumer project, file URLs here.
 */
export const eslintConfig = (plugin: string, parser: string): string => `import fcAtlas from ${JSON.stringify(plugin)};
import tsParser from ${JSON.stringify(parser)};

export default [
  { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
  { files: ['**/*.{js,jsx,mjs,cjs}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  fcAtlas.configs.recommended,
  // Options are plain JSON, patterns are strings: what worker threads and the cache key need.
  { rules: { '@fc-atlas/no-hardcoded-endpoint': ['warn', { allow: ['*.cn-beijing.fc.aliyuncs.com'] }] } },
];
`;

/** The fixture config for a plugin built in this repo, loaded by absolute file URL with the repo's TS parser. */
export const builtPluginConfig = (pluginEntry: string): string => eslintConfig(pathToFileURL(pluginEntry).href, tsParserUrl);

/** Template files: each copy of a template must report exactly what every other copy reports. */
const templates: Record<string, string> = {
  'client.js': `// An fc2-style client: a misspelled region, a hard-coded host, an allowed host, an error-code near miss.
const ACCOUNT_ID = '5123894401827365';

export const primary = 'https://5123894401827365.cn-shangai.fc.aliyuncs.com/2016-08-15/proxy';
export const fallback = 'https://5123894401827365.cn-hangzhou.fc.aliyuncs.com';
export const allowed = 'https://5123894401827365.cn-beijing.fc.aliyuncs.com';

export async function invoke(fetchImpl, path) {
  try {
    return await fetchImpl(\`\${primary}/\${path}?account=\${ACCOUNT_ID}\`);
  } catch (err) {
    if (err.code === 'ResourceExhaused') return undefined;
    if (err.code === 'ResourceThrottled') return undefined;
    throw err;
  }
}
`,
  'retry.ts': `// Retry logic: a switch that forgets throttling, a case with a typo, a host assembled by hand.
export interface FcError extends Error {
  code?: string;
}

export function shouldRetry(err: FcError): boolean {
  switch (err.code) {
    case 'FunctionNotFound':
    case 'AccessDenied':
      return false;
    case 'ConcurrentUpdateErro':
      return true;
  }
  return false;
}

export const clientHost = (region: string): string => \`5123894401827365.\${region}.fc.aliyuncs.com\`;
`,
  'Links.tsx': `// An HTTP-trigger host with a misspelled region in JSX text.
export function Links({ label }: { label: string }) {
  return (
    <p>
      {label}: see https://healthz-kqzvbtwpxa.cn-hangzou.fcapp.run for status.
    </p>
  );
}
`,
  'storage.mjs': `// Other Alibaba Cloud services only: no FC host, no FC error code, nothing to report.
export const ossHost = 'oss-cn-hangzhou.aliyuncs.com';
export const slsHost = 'cn-hangzhou.log.aliyuncs.com';

export function isMissing(err) {
  switch (err.Code) {
    case 'NoSuchKey':
      return true;
    default:
      return false;
  }
}
`,
};

const templateCount = Object.keys(templates).length;

/**
 * Writes `config` as `eslint.config.mjs` and `files` source files (copies of the templates, 25 to a folder, each one made distinct
 * by a trailing export) under `root/src`. Returns the relative paths of the source files, sorted.
 */
export async function writeFixtureTree(root: string, config: string, files: number): Promise<string[]> {
  await writeFile(join(root, 'eslint.config.mjs'), config);
  const written: string[] = [];
  const names = Object.keys(templates);
  for (let i = 0; i < files; i++) {
    const name = names[i % templateCount]!;
    const dot = name.lastIndexOf('.');
    const copy = String(Math.floor(i / templateCount)).padStart(3, '0');
    const path = join('src', `part-${String(Math.floor(i / 25)).padStart(2, '0')}`, `${name.slice(0, dot)}-${copy}${name.slice(dot)}`);
    await mkdir(join(root, dirname(path)), { recursive: true });
    await writeFile(join(root, path), `${templates[name]}\nexport const copy${copy} = ${i};\n`);
    written.push(path);
  }
  return written.sort();
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `node <eslint bin> ...args` in `cwd`: the repo's ESLint with this process's environment unless told otherwise. ESLint
 * exits 1 when it finds errors, so the exit code is returned, not thrown.
 */
export function runEslint(
  cwd: string,
  args: readonly string[],
  { bin = eslintBin, env = process.env }: { bin?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  // `--debug` decides what is logged, not a DEBUG variable the caller's shell may have set.
  const childEnv: NodeJS.ProcessEnv = { ...env, FORCE_COLOR: '0' };
  delete childEnv['DEBUG'];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [bin, ...args], { cwd, env: childEnv, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; messageId?: string; line: number; column: number; fatal?: boolean; message: string }[];
}

/** ESLint's `--format json` output as sorted `file:line:column ruleId/messageId` lines (fatal messages spelled out). */
export function findings(stdout: string, cwd: string): string[] {
  return (JSON.parse(stdout) as JsonResult[])
    .flatMap((result) =>
      result.messages.map((m) =>
        m.fatal
          ? `${relative(cwd, result.filePath)}: fatal: ${m.message}`
          : `${relative(cwd, result.filePath)}:${m.line}:${m.column} ${m.ruleId}/${m.messageId}`,
      ),
    )
    .sort();
}

/** Findings with each file's copy number taken out: the copies of one template must all report the same. */
export const perTemplate = (lines: readonly string[]): Map<string, Set<string>> => {
  const byFile = new Map<string, string[]>();
  for (const line of lines) {
    const file = line.slice(0, line.search(/:\d+:\d+ /));
    byFile.set(file, [...(byFile.get(file) ?? []), line.slice(file.length)]);
  }
  const byTemplate = new Map<string, Set<string>>();
  for (const [file, fileLines] of byFile) {
    const template = file.replace(/^.*[\\/]/, '').replace(/-\d{3}\./, '.');
    byTemplate.set(template, (byTemplate.get(template) ?? new Set()).add(fileLines.join('\n')));
  }
  return byTemplate;
};

/**
 * Files ESLint actually linted in a `--debug` run, relative to `cwd`: the linter logs "Linting code for <file> (pass 1)"
 * once per file it runs the rules on (also from worker threads), and never for a file whose cached result it reuses.
 */
export function lintedFiles(stderr: string, cwd: string): string[] {
  const files = [...stderr.matchAll(/eslint:linter Linting code for (.+) \(pass 1\)$/gm)].map((m) => relative(cwd, m[1]!));
  return files.sort();
}

/** Files whose cached result ESLint reused in a `--debug` run. */
export function cachedFiles(stderr: string, cwd: string): string[] {
  return [...stderr.matchAll(/Skipping file since it hasn't changed: (.+)$/gm)].map((m) => relative(cwd, m[1]!)).sort();
}

/** How many worker threads a `--debug` run used (0 for single-thread mode). */
export function workerThreads(stderr: string): number | undefined {
  if (/Linting in single-thread mode\./.test(stderr)) return 0;
  const match = /Linting using (\d+) worker thread\(s\)\./.exec(stderr);
  return match ? Number(match[1]) : undefined;
}
