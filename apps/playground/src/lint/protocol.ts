/** Messages between the page and the lint worker. Offsets are UTF-16 indexes into the code that was linted. */

/** The plugin's rule ids start with this; the page names rules without it. */
export const RULE_NAMESPACE = '@fc-atlas/';

export const fileTypes = ['js', 'jsx', 'ts', 'tsx'] as const;
export type FileType = (typeof fileTypes)[number];

export interface RuleInfo {
  /** Full id, e.g. `@fc-atlas/valid-endpoint`. */
  readonly id: string;
  readonly description: string;
  readonly type: 'problem' | 'suggestion' | 'layout';
  readonly docsUrl?: string;
}

export interface SuggestionEdit {
  readonly description: string;
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

export interface Finding {
  /** `null` for a parse error. */
  readonly ruleId: string | null;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly from: number;
  readonly to: number;
  readonly suggestions: readonly SuggestionEdit[];
}

export interface LintRequest {
  readonly id: number;
  readonly code: string;
  readonly fileType: FileType;
  /** Rule ids switched off in the page; every other rule of `configs.all` runs. */
  readonly disabledRules: readonly string[];
}

export type WorkerMessage =
  | { readonly type: 'ready'; readonly rules: readonly RuleInfo[]; readonly eslintVersion: string }
  | { readonly type: 'result'; readonly id: number; readonly findings: readonly Finding[]; readonly ms: number }
  | { readonly type: 'failed'; readonly id: number | null; readonly message: string };
