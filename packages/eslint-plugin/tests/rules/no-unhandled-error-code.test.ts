import rule from '../../src/rules/no-unhandled-error-code.js';
import { createRuleTester } from './support.js';

const ruleTester = createRuleTester();
const jsx = { parserOptions: { ecmaFeatures: { jsx: true } } };

/** The lines the suggestion adds for one code. */
function added(code: string, caseIndent = '  ', bodyIndent = '    ', quote = "'"): string {
  return `${caseIndent}case ${quote}${code}${quote}:\n${bodyIndent}// TODO: handle ${code}\n${bodyIndent}break;\n`;
}

/** The lines the suggestion adds right before `default:`: bare labels that share its body. */
function labelled(codes: string[], caseIndent = '  ', quote = "'"): string {
  const labels = codes.map((code) => `${caseIndent}case ${quote}${code}${quote}:\n`).join('');
  return `${caseIndent}// TODO: handle the codes below; until then they take the default path\n${labels}`;
}

/** The full `data` of a `missingCodes` report. */
function missingData(
  missing: string,
  { construct = 'switch', defaultSatisfies = true, marker = 'fc-atlas-ignore' } = {},
): Record<string, string> {
  return {
    construct,
    missing,
    them: missing.includes(' and ') ? 'them' : 'it',
    orDefault: defaultSatisfies ? (construct === 'switch' ? ' (or add a default case)' : ' (or add a final else)') : '',
    marker,
  };
}

const RETRYABLE_BUT_EXHAUSTED = ['ConcurrentUpdateError', 'InternalServerError', 'ResourceThrottled'];

const retrySwitch = `switch (err.code) {
  case 'ResourceExhausted':
    return retry();
  case 'FunctionNotFound':
    return null;
}`;

const importedCodesSwitch = `import { FcCode } from './fc-codes';
export function onError(err) {
  switch (err.code) {
    case FcCode.ResourceThrottled: case FcCode.ResourceExhausted:
    case FcCode.InternalServerError: case FcCode.ConcurrentUpdateError:
      return 'retry';
    case 'FunctionNotFound': return null;
  }
  throw err;
}`;

/** The same switch with the enum declared in the file: every case is known, and two retryable codes are missing. */
const knownCodesSwitch = importedCodesSwitch
  .replace(
    "import { FcCode } from './fc-codes';",
    "enum FcCode { ResourceThrottled = 'ResourceThrottled', ResourceExhausted = 'ResourceExhausted' }",
  )
  .replace('    case FcCode.InternalServerError: case FcCode.ConcurrentUpdateError:\n', '');

/** A dispatch after the catalog's retry check, the way the catalog's README writes it. */
function afterRetryCheck(importLine: string, check: string, dispatch = "switch (err.code) { case 'FunctionNotFound': return null; }"): string {
  return `${importLine}
export function onError(err, retry) {
  if (${check}) return retry();
  ${dispatch}
  throw err;
}`;
}

/** `code` after the suggestion on its one-line `switch (...) { case 'FunctionNotFound': return null; }`. */
function withAddedCases(code: string, codes: string[]): string {
  const cases = codes.map((c) => added(c, '    ', '      ')).join('');
  return code.replace("case 'FunctionNotFound': return null; }", `case 'FunctionNotFound': return null;\n${cases}  }`);
}

const retryIfChain = `if (err.code === 'ResourceExhausted') {
  retry();
} else if (err.code === 'FunctionNotFound') {
  create();
}`;

/** A service registry's codes (AWS Cloud Map returns both under these names): FC codes too, but not FC-only. */
const registrySwitch = `switch (err.code) {
  case 'ServiceAlreadyExists':
    return lookUp(name);
  case 'ServiceNotFound':
    return create(name);
}`;
/** A client-token retry (EC2 returns IdempotentParameterMismatch too) next to a service lookup. */
const tokenChain = `if (err.code === 'IdempotentParameterMismatch') {
  token = newToken();
} else if (err.code === 'ServiceNotFound') {
  return null;
}`;

ruleTester.run('no-unhandled-error-code', rule, {
  valid: [
    // Gemini/gRPC-style APIs also answer 'ResourceExhausted'; with another API's code beside it and no FC context, this
    // switch is not FC code (seen in public client code for Google's generative AI API). FC context would make it count.
    `switch (error.code) {
  case 'ResourceExhausted':
    return retry();
  case 'InvalidApiKey':
    return reset();
}`,
    `if (error.code === 'InvalidApiKey') {
  reset();
} else if (error.code === 'ResourceExhausted') {
  retry();
}`,
    // S3's codes next to a shared one, even in a file that also talks to FC.
    `import FC from '@alicloud/fc2';
switch (err.Code) {
  case 'NoSuchKey':
    return null;
  case 'AccessDenied':
    throw err;
}`,
    // Every retryable code handled.
    `switch (err.code) {
  case 'ResourceExhausted':
  case 'ResourceThrottled':
  case 'InternalServerError':
  case 'ConcurrentUpdateError':
    return retry();
  case 'FunctionNotFound':
    return null;
}`,
    // A default handles everything (defaultSatisfies: true by default) ...
    `switch (err.code) {
  case 'FunctionNotFound':
    return null;
  default:
    throw err;
}`,
    // ... also when `case undefined:` shares it.
    `switch (err.code) {
  case 'FunctionNotFound':
    return null;
  case undefined:
  default:
    throw err;
}`,
    // Deliberate omissions named in a marker comment, above or inside the switch.
    `// fc-atlas-ignore: ConcurrentUpdateError, InternalServerError, ResourceThrottled -- the SDK caller retries these
${retrySwitch}`,
    `switch (err.code) {
  case 'ResourceExhausted':
    return retry();
  // fc-atlas-ignore: ConcurrentUpdateError InternalServerError ResourceThrottled
}`,
    {
      code: `/* @handled-elsewhere ConcurrentUpdateError, InternalServerError, ResourceThrottled */
${retrySwitch}`,
      options: [{ ignoreComment: '@handled-elsewhere' }],
    },
    // Enum members and constants count as their values.
    `enum FcCode { Exhausted = 'ResourceExhausted', Throttled = 'ResourceThrottled', Server = 'InternalServerError' }
const CONFLICT = 'ConcurrentUpdateError';
switch (err.code) {
  case FcCode.Exhausted:
  case FcCode.Throttled:
  case FcCode.Server:
  case CONFLICT:
    return retry();
}`,
    // A narrower requirement.
    { code: retrySwitch, options: [{ require: ['ResourceExhausted', 'FunctionNotFound'] }] },
    // S3 SDK code: no FC code among the cases.
    `switch (err.Code) {
  case 'NoSuchKey':
  case 'NoSuchBucket':
    return null;
  case 'SlowDown':
    return retry();
}`,
    // Codes FC shares with other services by name (a service registry, EC2 client tokens): not FC code by themselves.
    registrySwitch,
    tokenChain,
    // S3 again: AccessDenied is a code of S3 and of FC; without an FC-only code or FC context it is S3's.
    `switch (err.Code) {
  case 'NoSuchKey':
    return null;
  case 'AccessDenied':
    throw new Error('check the bucket policy');
}`,
    // Node fs errors, and the same with an if/else chain.
    `switch (err.code) {
  case 'ENOENT':
    return create();
  case 'EACCES':
  case 'EPERM':
    throw err;
}`,
    `if (err.code === 'ENOENT') {
  create();
} else if (err.code === 'EEXIST') {
  reuse();
}`,
    // gRPC status names.
    `switch (status.code) {
  case 'RESOURCE_EXHAUSTED':
  case 'UNAVAILABLE':
    return backoff();
}`,
    // Not an error-code expression.
    "switch (err.name) { case 'FCResourceExhaustedError': retry(); }",
    "switch (action.type) { case 'ResourceExhausted': return state; }",
    "switch (err.status) { case 'InternalServerError': retry(); }",
    // A lone if is a special case followed by generic handling, not a dispatch.
    "if (err.code === 'FunctionNotFound') return null;\nthrow err;",
    "if (err.code === 'FunctionNotFound') { create(); }",
    // An if/else chain with a final else (defaultSatisfies: true).
    `${retryIfChain} else {
  throw err;
}`,
    // Chains that are not purely over one error code expression.
    `if (err.code === 'ResourceExhausted') {
  retry();
} else if (err.status === 503) {
  retry();
}`,
    `if (a.code === 'ResourceExhausted') {
  retry();
} else if (b.code === 'FunctionNotFound') {
  create();
}`,
    `if (err.code !== 'ResourceExhausted') {
  throw err;
} else if (err.code === 'FunctionNotFound') {
  create();
}`,
    `if (err.code === 'ResourceExhausted' && attempts < 3) {
  retry();
} else if (err.code === 'FunctionNotFound') {
  create();
}`,
    `if (err.code === 'ResourceExhausted') {
  retry();
} else if (err.code === expected) {
  create();
}`,
    // Syntax the rule must survive.
    'switch (err.code) {}',
    'switch (err.code) { default: throw err; }',
    'switch (err.code) { case `${prefix}Exhausted`: retry(); }',
    "enum Level { Low, High }\nswitch (err.code) { case Level.Low: break; case 'NoSuchKey': break; }",
    'switch (err[0]) { case 1: break; }',
    'switch (err[Symbol.iterator]) { case null: break; }',
    "switch (err.code) { case 42: case null: case undefined: case 'NoSuchKey': break; }",
    "if ([, 'ResourceExhausted', , ].includes(err.code)) { retry(); } else if ([...others].includes(err.code)) { skip(); } else { throw err; }",
    'class A { #code; f(o) { if (#code in o) { a(); } else if (o.code === 1) { b(); } } }',
    "if (err.code == 'NoSuchKey') a(); else if (err.code == 'SlowDown') b();",
    // Case values the rule cannot know (an imported enum, a parameter, a spread of an unknown list): it cannot tell
    // what is handled, so it says nothing, for a switch and for an if/else chain alike.
    importedCodesSwitch,
    `import { FcCode } from './fc-codes';
export function onError(err) {
  if (err.code === FcCode.ResourceThrottled || err.code === FcCode.ResourceExhausted) {
    return 'retry';
  } else if (err.code === 'FunctionNotFound') {
    return null;
  }
  throw err;
}`,
    `import { RETRYABLE } from './fc-codes';
export function onError(err) {
  if ([...RETRYABLE, 'ConcurrentUpdateError'].includes(err.code)) {
    return 'retry';
  } else if (err.code === 'FunctionNotFound') {
    return null;
  }
  throw err;
}`,
    `export function onError(err, expected) {
  switch (err.code) {
    case expected:
      return 'retry';
    case 'FunctionNotFound':
      return null;
  }
}`,
    // The catalog's own pattern: retryable codes go to isRetryable (or retryDelay) before the dispatch.
    afterRetryCheck("import { isRetryable } from '@fc-atlas/catalog';", 'isRetryable(err.code)'),
    afterRetryCheck("import { isRetryable as shouldRetry } from '@fc-atlas/catalog';", 'shouldRetry(err.code)'),
    afterRetryCheck("import * as fc from '@fc-atlas/catalog';", "fc['isRetryable'](err?.code)"),
    afterRetryCheck("import { retryDelay } from '@fc-atlas/catalog';", 'retryDelay(err, 0) !== undefined'),
    afterRetryCheck(
      "import { isRetryable } from '@fc-atlas/catalog';",
      "isRetryable(err.code ?? '')",
      "switch (err.code ?? '') { case 'FunctionNotFound': return null; }",
    ),
    afterRetryCheck(
      "import * as fc from '@fc-atlas/catalog';",
      'fc.isRetryable(err.code)',
      "if (err.code === 'FunctionNotFound') return null; else if (err.code === 'ServiceNotFound') return null;",
    ),
    {
      code: "export const Status = ({ err }) => { switch (err.code) { case 'FunctionNotFound': return <p>Missing</p>; default: return null; } };",
      filename: 'status.jsx',
      languageOptions: jsx,
    },
  ],
  invalid: [
    // The twins of the shared-name dispatches: in a file that imports an FC SDK they are FC dispatches.
    {
      code: `import FC from '@alicloud/fc2';\n${registrySwitch}`,
      errors: [
        {
          messageId: 'missingCodes',
          line: 2,
          data: missingData('"ConcurrentUpdateError", "InternalServerError", "ResourceExhausted" and "ResourceThrottled"'),
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `import FC from '@alicloud/fc2';\n${registrySwitch.slice(0, -1)}${['ConcurrentUpdateError', 'InternalServerError', 'ResourceExhausted', 'ResourceThrottled'].map((c) => added(c)).join('')}}`,
            },
          ],
        },
      ],
    },
    {
      code: `const FC = require('@alicloud/fc2');\n${tokenChain}`,
      errors: [
        {
          messageId: 'missingCodes',
          line: 2,
          data: missingData('"ConcurrentUpdateError", "InternalServerError", "ResourceExhausted" and "ResourceThrottled"', {
            construct: 'if/else chain',
          }),
        },
      ],
    },
    {
      // The twin of the imported-enum switch: with the enum in the file every case is known, and two codes are missing.
      code: knownCodesSwitch,
      errors: [
        {
          messageId: 'missingCodes',
          line: 3,
          data: missingData('"ConcurrentUpdateError" and "InternalServerError"'),
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: knownCodesSwitch.replace(
                '  }\n  throw err;',
                `${['ConcurrentUpdateError', 'InternalServerError'].map((c) => added(c, '    ', '      ')).join('')}  }\n  throw err;`,
              ),
            },
          ],
        },
      ],
    },
    {
      // The twin of the imported-constant chain: known values, retryable codes missing.
      code: `const THROTTLED = 'ResourceThrottled';
export function onError(err) {
  if (err.code === THROTTLED || err.code === 'ResourceExhausted') {
    return 'retry';
  } else if (err.code === 'FunctionNotFound') {
    return null;
  }
  throw err;
}`,
      errors: [{ messageId: 'missingCodes', line: 3, data: missingData('"ConcurrentUpdateError" and "InternalServerError"', { construct: 'if/else chain' }) }],
    },
    // The twins of the retry-check cases: no check, a local look-alike, the check after the dispatch, on another error,
    // or in another function.
    ...[
      afterRetryCheck("import { fcEndpoint } from '@fc-atlas/catalog';", 'err.retryable'),
      afterRetryCheck(
        "import { fcEndpoint } from '@fc-atlas/catalog';\nfunction isRetryable(code) { return code === 'ResourceThrottled'; }",
        'isRetryable(err.code)',
      ),
      afterRetryCheck("import { isRetryable } from '@fc-atlas/catalog';", 'isRetryable(cause.code)'),
      `import { isRetryable } from '@fc-atlas/catalog';
export function onError(err, retry) {
  const later = () => isRetryable(err.code);
  switch (err.code) { case 'FunctionNotFound': return null; }
  if (isRetryable(err.code)) return retry();
  throw err;
}`,
      `import { isRetryable } from '@fc-atlas/catalog';
export async function call(run) {
  try { return await run(); } catch (err) { if (isRetryable(err.code)) return call(run); }
  try { return await run(); } catch (err) { switch (err.code) { case 'FunctionNotFound': return null; } }
}`,
    ].map((code) => ({
      code,
      errors: [
        {
          messageId: 'missingCodes' as const,
          data: missingData('"ConcurrentUpdateError", "InternalServerError", "ResourceExhausted" and "ResourceThrottled"'),
          suggestions: [
            {
              messageId: 'addMissingCases' as const,
              output: withAddedCases(code, ['ConcurrentUpdateError', 'InternalServerError', 'ResourceExhausted', 'ResourceThrottled']),
            },
          ],
        },
      ],
    })),
    {
      // The retry check covers the retryable codes only: `require` still asks for the rest.
      code: afterRetryCheck("import { isRetryable } from '@fc-atlas/catalog';", 'isRetryable(err.code)'),
      options: [{ require: ['ResourceThrottled', 'ServiceNotFound'] }],
      errors: [
        {
          messageId: 'missingCodes',
          line: 4,
          data: missingData('"ServiceNotFound"'),
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: withAddedCases(afterRetryCheck("import { isRetryable } from '@fc-atlas/catalog';", 'isRetryable(err.code)'), [
                'ServiceNotFound',
              ]),
            },
          ],
        },
      ],
    },
    {
      // One line, default first: the labels go right before it, on lines of their own.
      code: "switch (err.code) { default: throw err; case 'FunctionNotFound': return null; }",
      options: [{ require: ['ResourceThrottled'], defaultSatisfies: false }],
      errors: [
        {
          messageId: 'missingCodes',
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `switch (err.code) {\n${labelled(['ResourceThrottled'])}  default: throw err; case 'FunctionNotFound': return null; }`,
            },
          ],
        },
      ],
    },
    // An FC-only code with another service's code beside it, in a file that talks to FC.
    {
      code: `import { fcEndpoint } from '@fc-atlas/catalog';
switch (err.code) {
  case 'FunctionNotFound':
    return null;
  case 'ECONNRESET':
    return retry();
}`,
      errors: [
        {
          messageId: 'missingCodes',
          line: 2,
          column: 9,
          suggestions: [
            {
              messageId: 'addMissingCases',
              data: { missing: 'ConcurrentUpdateError, InternalServerError, ResourceExhausted, ResourceThrottled' },
              output: `import { fcEndpoint } from '@fc-atlas/catalog';
switch (err.code) {
  case 'FunctionNotFound':
    return null;
  case 'ECONNRESET':
    return retry();
${['ConcurrentUpdateError', 'InternalServerError', 'ResourceExhausted', 'ResourceThrottled'].map((c) => added(c)).join('')}}`,
            },
          ],
        },
      ],
    },
    {
      code: retrySwitch,
      errors: [
        {
          messageId: 'missingCodes',
          line: 1,
          column: 9,
          endColumn: 17,
          data: missingData('"ConcurrentUpdateError", "InternalServerError" and "ResourceThrottled"'),
          suggestions: [
            {
              messageId: 'addMissingCases',
              data: { missing: RETRYABLE_BUT_EXHAUSTED.join(', ') },
              output: `switch (err.code) {
  case 'ResourceExhausted':
    return retry();
  case 'FunctionNotFound':
    return null;
${RETRYABLE_BUT_EXHAUSTED.map((c) => added(c)).join('')}}`,
            },
          ],
        },
      ],
    },
    {
      // The comment names only some of the codes.
      code: `function handle(err) {
    // fc-atlas-ignore: InternalServerError, ConcurrentUpdateError
    switch (err.code) {
        case "ResourceExhausted":
            return retry();
    }
}`,
      filename: 'handler.js',
      errors: [
        {
          messageId: 'missingCodes',
          line: 3,
          column: 13,
          data: missingData('"ResourceThrottled"'),
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `function handle(err) {
    // fc-atlas-ignore: InternalServerError, ConcurrentUpdateError
    switch (err.code) {
        case "ResourceExhausted":
            return retry();
${added('ResourceThrottled', '        ', '            ', '"')}    }
}`,
            },
          ],
        },
      ],
    },
    {
      // One line: the new cases go on lines of their own.
      code: "switch (body?.Code) { case 'ResourceExhausted': case 'ResourceThrottled': case 'InternalServerError': return retry(); }",
      errors: [
        {
          messageId: 'missingCodes',
          line: 1,
          column: 9,
          data: missingData('"ConcurrentUpdateError"'),
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `switch (body?.Code) { case 'ResourceExhausted': case 'ResourceThrottled': case 'InternalServerError': return retry();\n${added('ConcurrentUpdateError')}}`,
            },
          ],
        },
      ],
    },
    {
      // CRLF line endings are kept.
      code: "switch (err.code) {\r\n  case 'ResourceExhausted':\r\n  case 'ResourceThrottled':\r\n  case 'InternalServerError':\r\n    return retry();\r\n}",
      errors: [
        {
          messageId: 'missingCodes',
          line: 1,
          column: 9,
          data: missingData('"ConcurrentUpdateError"'),
          suggestions: [
            {
              messageId: 'addMissingCases',
              output:
                "switch (err.code) {\r\n  case 'ResourceExhausted':\r\n  case 'ResourceThrottled':\r\n  case 'InternalServerError':\r\n    return retry();\r\n  case 'ConcurrentUpdateError':\r\n    // TODO: handle ConcurrentUpdateError\r\n    break;\r\n}",
            },
          ],
        },
      ],
    },
    {
      // Tabs; a destructured discriminant; enum and const cases.
      code: `enum FcCode { Exhausted = 'ResourceExhausted' }
const THROTTLED = 'ResourceThrottled';
export function onError(body: { Code?: string }) {
\tconst { Code: code } = body;
\tswitch (code) {
\t\tcase FcCode.Exhausted:
\t\tcase THROTTLED:
\t\t\treturn 'retry';
\t}
\treturn 'fail';
}`,
      errors: [
        {
          messageId: 'missingCodes',
          line: 5,
          column: 10,
          data: missingData('"ConcurrentUpdateError" and "InternalServerError"'),
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `enum FcCode { Exhausted = 'ResourceExhausted' }
const THROTTLED = 'ResourceThrottled';
export function onError(body: { Code?: string }) {
\tconst { Code: code } = body;
\tswitch (code) {
\t\tcase FcCode.Exhausted:
\t\tcase THROTTLED:
\t\t\treturn 'retry';
${added('ConcurrentUpdateError', '\t\t', '\t\t\t')}${added('InternalServerError', '\t\t', '\t\t\t')}\t}
\treturn 'fail';
}`,
            },
          ],
        },
      ],
    },
    {
      // require: 'common', defaultSatisfies: false (the strict preset): the default no longer counts; the new codes
      // become labels of the default clause, so they still reach the `throw err` they reached before.
      code: `switch (err.code) {
  case 'ResourceExhausted':
    return retry();
  default:
    throw err;
}`,
      options: [{ require: 'common', defaultSatisfies: false }],
      errors: [
        {
          messageId: 'missingCodes',
          line: 1,
          column: 9,
          data: missingData(
            '"ConcurrentUpdateError", "InternalServerError", "ResourceThrottled", "AccessDenied", "ClientClosedRequest" and 7 more',
            { defaultSatisfies: false },
          ),
          suggestions: [
            {
              messageId: 'addMissingCases',
              data: {
                missing:
                  'ConcurrentUpdateError, InternalServerError, ResourceThrottled, AccessDenied, ClientClosedRequest, EntityTooLarge, InvalidAccessKeyID, InvalidArgument, LimitExceededError, MissingRequiredHeader, PathNotSupported, SignatureNotMatch',
              },
              output: `switch (err.code) {
  case 'ResourceExhausted':
    return retry();
${labelled([
  'ConcurrentUpdateError',
  'InternalServerError',
  'ResourceThrottled',
  'AccessDenied',
  'ClientClosedRequest',
  'EntityTooLarge',
  'InvalidAccessKeyID',
  'InvalidArgument',
  'LimitExceededError',
  'MissingRequiredHeader',
  'PathNotSupported',
  'SignatureNotMatch',
])}  default:
    throw err;
}`,
            },
          ],
        },
      ],
    },
    {
      // The case above falls into `case undefined: default:`; the new labels go right before `default:` all the same,
      // where falling through them changes nothing.
      code: `switch (err.code) {
  case 'ResourceExhausted':
    log(err);
  case undefined:
  default:
    throw err;
}`,
      options: [{ require: ['ResourceExhausted', 'ResourceThrottled'], defaultSatisfies: false }],
      errors: [
        {
          messageId: 'missingCodes',
          data: missingData('"ResourceThrottled"', { defaultSatisfies: false }),
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `switch (err.code) {
  case 'ResourceExhausted':
    log(err);
  case undefined:
${labelled(['ResourceThrottled'])}  default:
    throw err;
}`,
            },
          ],
        },
      ],
    },
    {
      // `case undefined:` shares the default: the new labels join them.
      code: `switch (err.code) {
  case 'ResourceExhausted':
    return retry();
  case undefined:
  default:
    throw err;
}`,
      options: [{ require: ['ResourceExhausted', 'ResourceThrottled'], defaultSatisfies: false }],
      errors: [
        {
          messageId: 'missingCodes',
          data: missingData('"ResourceThrottled"', { defaultSatisfies: false }),
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `switch (err.code) {
  case 'ResourceExhausted':
    return retry();
  case undefined:
${labelled(['ResourceThrottled'])}  default:
    throw err;
}`,
            },
          ],
        },
      ],
    },
    {
      // Codes shared with S3 are enough once the file imports an FC SDK.
      code: `import FC from '@alicloud/fc2';
switch (err.code) {
  case 'AccessDenied':
    throw err;
}`,
      errors: [
        {
          messageId: 'missingCodes',
          line: 2,
          column: 9,
          data: missingData('"ConcurrentUpdateError", "InternalServerError", "ResourceExhausted" and "ResourceThrottled"'),
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `import FC from '@alicloud/fc2';
switch (err.code) {
  case 'AccessDenied':
    throw err;
${['ConcurrentUpdateError', 'InternalServerError', 'ResourceExhausted', 'ResourceThrottled'].map((c) => added(c)).join('')}}`,
            },
          ],
        },
      ],
    },
    {
      // An if/else chain: reported on the first test, without a suggestion.
      code: retryIfChain,
      errors: [
        {
          messageId: 'missingCodes',
          line: 1,
          column: 5,
          endColumn: 37,
          data: missingData('"ConcurrentUpdateError", "InternalServerError" and "ResourceThrottled"', { construct: 'if/else chain' }),
          suggestions: [],
        },
      ],
    },
    {
      // `||`, Yoda comparisons, optional chaining, `includes` and a Set in one chain.
      code: `const RETRY = new Set(['ResourceThrottled']);
if ('ResourceExhausted' === err?.code || err.code === 'InternalServerError') {
  retry();
} else if (RETRY.has(err.code)) {
  retryLater();
} else if (['FunctionNotFound', 'ServiceNotFound'].includes(err['code'])) {
  create();
}`,
      errors: [{ messageId: 'missingCodes', line: 2, column: 5, data: missingData('"ConcurrentUpdateError"', { construct: 'if/else chain' }), suggestions: [] }],
    },
    {
      // The final else does not count with defaultSatisfies: false.
      code: `${retryIfChain} else {
  throw err;
}`,
      options: [{ defaultSatisfies: false }],
      errors: [{ messageId: 'missingCodes', line: 1, column: 5, data: missingData('"ConcurrentUpdateError", "InternalServerError" and "ResourceThrottled"', { construct: 'if/else chain', defaultSatisfies: false }), suggestions: [] }],
    },
    {
      // Unknown codes in the option: one report each at the top of the file, naming the nearest code.
      code: "const x = 1;\nswitch (err.code) { case 'ResourceExhausted': break; }",
      options: [{ require: ['ResourceExhausted', 'ResourceThrotled', 'resourcethrottled', 'Nonsense'] }],
      errors: [
        { messageId: 'badOption', line: 1, column: 1, data: { value: 'ResourceThrotled', didYouMean: ' (did you mean "ResourceThrottled"?)' } },
        { messageId: 'badOption', line: 1, column: 1, data: { value: 'resourcethrottled', didYouMean: ' (did you mean "ResourceThrottled"?)' } },
        { messageId: 'badOption', line: 1, column: 1, data: { value: 'Nonsense', didYouMean: '' } },
      ],
    },
    {
      code: `export function Status({ err }: { err: { code?: string } }) {
  switch (err.code) {
    case 'ResourceThrottled':
      return <p>Busy, retrying</p>;
  }
  return null;
}`,
      filename: 'status.tsx',
      languageOptions: jsx,
      errors: [
        {
          messageId: 'missingCodes',
          line: 2,
          column: 11,
          data: missingData('"ConcurrentUpdateError", "InternalServerError" and "ResourceExhausted"'),
          suggestions: [
            {
              messageId: 'addMissingCases',
              output: `export function Status({ err }: { err: { code?: string } }) {
  switch (err.code) {
    case 'ResourceThrottled':
      return <p>Busy, retrying</p>;
${['ConcurrentUpdateError', 'InternalServerError', 'ResourceExhausted'].map((c) => added(c, '    ', '      ')).join('')}  }
  return null;
}`,
            },
          ],
        },
      ],
    },
  ],
});
