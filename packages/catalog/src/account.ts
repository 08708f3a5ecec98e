/** What an account-id label is, shared by the endpoint scanner and the lean endpoint builder. */

/**
 * Stands for a run-time value inside a host, e.g. the `${accountId}` of a template literal.
 * Callers that scan code replace each expression with this character before calling `findEndpoints`.
 */
export const DYNAMIC = '\uFFFC';

export type AccountKind = 'numeric' | 'masked' | 'placeholder' | 'dynamic' | 'invalid' | 'none';

/** Marks of a placeholder where an account id or a region belongs: `<account-id>`, `{region}`, `%s`, `xxxx`, `YOUR_UID`. */
export const PLACEHOLDER_MARK = /[<>{}$*%]|x{3,}|account|acct|uid|your|region/;

/** Classifies a label written where the account id belongs. */
export function classifyAccount(label: string): AccountKind {
  if (label.includes(DYNAMIC)) return 'dynamic';
  if (/^\d+$/.test(label)) return 'numeric';
  // A login name (`name@digits`) is the classic mistake, even when it contains a placeholder-like word.
  if (label.includes('@')) return 'invalid';
  if (/^\d*[*x]{2,}\d*$/.test(label) && /[0-9*]/.test(label)) return 'masked';
  if (PLACEHOLDER_MARK.test(label)) return 'placeholder';
  return 'invalid';
}
