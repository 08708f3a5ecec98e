import { examples } from './examples.js';
import { fileTypes, type FileType } from './lint/protocol.js';

/** What a shared link carries: the editor's code and options, and the tab that was open. */
export interface PlaygroundState {
  readonly tab: Tab;
  readonly fileType: FileType;
  readonly code: string;
  /** Rule names (without the `@fc-atlas/` prefix) switched off in the page. */
  readonly disabledRules: readonly string[];
}

export const tabs = ['lint', 'catalog', 'endpoints'] as const;
export type Tab = (typeof tabs)[number];

/** What an untouched page shows: the JS example on the Lint tab, every rule on. */
export const defaultState: PlaygroundState = { tab: 'lint', fileType: 'js', code: examples.js, disabledRules: [] };

/** A decoded state with the missing parts filled in; the code defaults to the example of its file type. */
export function withDefaults(partial: Partial<PlaygroundState>): PlaygroundState {
  const fileType: FileType = partial.fileType ?? defaultState.fileType;
  return {
    tab: partial.tab ?? defaultState.tab,
    fileType,
    code: partial.code ?? examples[fileType],
    disabledRules: partial.disabledRules ?? defaultState.disabledRules,
  };
}

export interface DecodedState {
  /** Only the parts the hash sets; the caller fills in the rest from its defaults. */
  readonly state: Partial<PlaygroundState>;
  /** Why part of the hash was ignored, for a notice; absent when the hash read cleanly. */
  readonly problem?: string;
}

// Hash layout: #tab=lint&type=ts&off=valid-error-code&z=<base64url of deflate-raw code>. `code=<plain text>` is
// accepted too, for links written by hand. Defaults are left out, so an untouched page has an empty hash.

const isTab = (value: string | null): value is Tab => tabs.includes(value as Tab);
const isFileType = (value: string | null): value is FileType => fileTypes.includes(value as FileType);

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[\w-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

export async function compressText(text: string): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw')));
}

export async function decompressText(encoded: string): Promise<string> {
  const bytes = await pipe(fromBase64Url(encoded), new DecompressionStream('deflate-raw'));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The hash (with its `#`, or `''` when everything is at its default) for a state. */
export async function encodeState(state: PlaygroundState, defaults: PlaygroundState): Promise<string> {
  const params = new URLSearchParams();
  if (state.tab !== defaults.tab) params.set('tab', state.tab);
  if (state.fileType !== defaults.fileType) params.set('type', state.fileType);
  if (state.disabledRules.length > 0) params.set('off', [...state.disabledRules].sort().join(','));
  if (state.code !== defaults.code) params.set('z', await compressText(state.code));
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** Reads a hash written by `encodeState` (or by hand); unknown or broken parts are skipped and named in `problem`. */
export async function decodeState(hash: string): Promise<DecodedState> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: { -readonly [K in keyof PlaygroundState]?: PlaygroundState[K] } = {};
  const problems: string[] = [];

  const tab = params.get('tab');
  if (isTab(tab)) state.tab = tab;
  else if (tab !== null) problems.push(`unknown tab "${tab}" (expected ${tabs.join(', ')})`);

  const fileType = params.get('type');
  if (isFileType(fileType)) state.fileType = fileType;
  else if (fileType !== null) problems.push(`unknown file type "${fileType}" (expected ${fileTypes.join(', ')})`);

  const off = params.get('off');
  if (off !== null) state.disabledRules = [...new Set(off.split(',').map((rule) => rule.trim()).filter(Boolean))];

  const compressed = params.get('z');
  const plain = params.get('code');
  if (compressed !== null) {
    try {
      state.code = await decompressText(compressed);
    } catch {
      problems.push('the code in the link is cut off or damaged, so the example is shown instead');
    }
  } else if (plain !== null) {
    state.code = plain;
  }

  return problems.length > 0 ? { state, problem: `This link could not be read in full: ${problems.join('; ')}.` } : { state };
}
