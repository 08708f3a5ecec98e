// Shared by the consumer tests: temporary projects outside the repo, and child processes that see none of the repo.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { delimiter, dirname, join, sep } from 'node:path';
import { inject } from 'vitest';

export const repoRoot = join(import.meta.dirname, '..', '..', '..');

/** What the global setup packed: `pnpm pack` tarballs of the two published packages, and the run's temp dir. */
export interface PackedPackages {
  version: string;
  catalog: string;
  plugin: string;
  /** Under the OS temp dir; removed when the run ends (kept with FC_ATLAS_KEEP_TMP=1, to look at a failure). */
  workDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    packed: PackedPackages;
  }
}

export const packed = (): PackedPackages => inject('packed');

/**
 * The environment a stranger's shell would have: no `npm_*`/`pnpm_*` settings from the pnpm script that started
 * vitest, and no `node_modules/.bin` of this repo on PATH, so every tool comes from the temporary project.
 */
export function strangerEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(?:npm_|pnpm_|vitest|turbo_)/i.test(key) || ['INIT_CWD', 'NODE_OPTIONS', 'NODE_ENV', 'NODE_PATH', 'TEST', 'VITEST'].includes(key)) continue;
    env[key] = value;
  }
  env['PATH'] = (process.env['PATH'] ?? '')
    .split(delimiter)
    .filter((entry) => !entry.includes(`${sep}node_modules${sep}`) && !entry.startsWith(repoRoot))
    .join(delimiter);
  env['NO_UPDATE_NOTIFIER'] = '1';
  return { ...env, ...extra };
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion; a non-zero exit is returned, not thrown (ESLint exits 1 when it finds problems). */
export function run(command: string, args: readonly string[], cwd: string, env = strangerEnv()): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

/** Like `run`, but a non-zero exit fails with the command's output. */
export async function runOk(command: string, args: readonly string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<RunResult> {
  const result = await run(command, args, cwd, env);
  if (result.code !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` exited ${result.code} in ${cwd}\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

/** A new directory in the run's temp dir (see `PackedPackages.workDir`) with `files` written into it. */
export async function tempProject(name: string, files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(packed().workDir, `${name}-`));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** `npm install` as a stranger runs it: the public registry, no audit or funding noise. */
export const npmInstall = (dir: string): Promise<RunResult> =>
  runOk('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);

interface EslintJsonResult {
  filePath: string;
  messages: { ruleId: string | null; messageId?: string; line: number; column: number; fatal?: boolean; message: string }[];
}

/** ESLint's `--format json` output as sorted `file:line:column ruleId/messageId` lines. */
export function findings(stdout: string, cwd: string): string[] {
  const results = JSON.parse(stdout) as EslintJsonResult[];
  return results
    .flatMap((result) =>
      result.messages.map((m) =>
        m.fatal ? `${result.filePath}: fatal: ${m.message}` : `${result.filePath.slice(cwd.length + 1)}:${m.line}:${m.column} ${m.ruleId}/${m.messageId}`,
      ),
    )
    .sort();
}
