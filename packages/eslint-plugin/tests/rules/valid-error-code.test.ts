import rule from '../../src/rules/valid-error-code.js';
import { createRuleTester } from './support.js';

const ruleTester = createRuleTester();
const jsx = { parserOptions: { ecmaFeatures: { jsx: true } } };

/** One error with its single "replace with" suggestion. */
function replaced(
  messageId: 'nearMiss' | 'wrongCase' | 'sdkErrorName',
  value: string,
  code: string,
  line: number,
  column: number,
  output: string,
) {
  return {
    messageId,
    data: { value, code },
    line,
    column,
    suggestions: [{ messageId: 'replaceWithCode' as const, data: { value, code }, output }],
  };
}

ruleTester.run('valid-error-code', rule, {
  valid: [
    // Exact FC codes, in every comparison form.
    "if (err.code === 'ResourceExhausted') retry();",
    "if ('ConcurrentUpdateError' === err.code) reload();",
    "switch (err.code) { case 'ResourceThrottled': case 'InternalServerError': break; }",
    // Letter case alone, without FC context: another service's code.
    "switch (err.code) { case 'ok': break; case 'resourceexhausted': retry(); }",
    "const retryable = ['ResourceExhausted', 'ResourceThrottled'].includes(err.code);",
    "new Set(['InvalidAccessKeyID', 'SignatureNotMatch']).has(body.ErrorCode);",
    // Other services' codes: S3 / OSS, Node, gRPC, Google, AWS, snake_case APIs, HTTP status strings.
    "if (err.code === 'NoSuchKey') return null;",
    "if (err.Code === 'SignatureDoesNotMatch') throw new Error('check the secret key');",
    "if (err.code === 'InvalidAccessKeyId') throw err; // S3, no FC context in this file",
    "switch (err.code) { case 'NoSuchKey': case 'NoSuchBucket': return null; case 'SlowDown': return retry(); }",
    "if (['ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'ENOTFOUND'].includes(err.code)) retry();",
    "fs.readFile(p, (err) => { if (err && err.code === 'ENOENT') create(); });",
    "const { code } = fsError; if (code === 'EACCES' || code === 'EPERM') escalate();",
    "if (status.code === 'RESOURCE_EXHAUSTED') backoff();",
    "if (error.errors[0].code === 'resourceExhausted') backoff(); // Google APIs, no FC context",
    "if (reason.code === 'accessDenied') askForScope();",
    "new Set(['ThrottlingException', 'ProvisionedThroughputExceededException']).has(err.code);",
    "if (body.errorCode === 'resource_exhausted' || body.errorCode === 'invalid_argument') fail();",
    "if (res.code === '429' || res.code === 'Too Many Requests') backoff();",
    // First letter differs: 'FileNotFound' is a code of its own, not a misspelled 'CAFileNotFound'.
    "if (err.code === 'FileNotFound') return;",
    // A short code only matches at distance 1.
    "if (err.code === 'CAExtd') restart();",
    // The SDK error name compared with err.name is right.
    "if (err.name === 'FCResourceExhaustedError') retry();",
    "if (err.name === 'FCundefinedError') log(err);",
    // Strings that are not compared with an error-code expression are never checked.
    "log('ResourceExhaused happened');",
    "throw new Error('ResourceExhaused');",
    "const message = 'ConcurrentUpdateErro';",
    "// err.code === 'ResourceExhaused'\nretry();",
    "if (err.message === 'ResourceExhaused') retry();",
    "if (err.status === 'ResourceExhaused') retry();",
    "if (err.code.length === 'ResourceExhaused'.length) retry();",
    "const comparison = err.code > 'ResourceExhaused';",
    {
      code: "export const Banner = () => <p title='ResourceExhaused'>ResourceExhaused: try later</p>;",
      filename: 'banner.tsx',
      languageOptions: jsx,
    },
    {
      code: "export const Retry = ({ err }) => (err.code === 'ResourceExhausted' ? <button>Retry</button> : null);",
      filename: 'retry.jsx',
      languageOptions: jsx,
    },
    // A comment that names the SDK is not FC context.
    "// like @alicloud/fc2 does\nif (err.code === 'InvalidAccessKeyId') throw err;",
    // A variable that is reassigned is not followed.
    "let code = err.code; code = 'x'; if (code === 'ResourceExhaused') retry();",
    "let t = 'ResourceExhaused'; t = 'ResourceExhausted'; if (err.code === t) retry();",
    // Unknown values are not guessed at.
    'if (err.code === expected) retry();',
    'if (err.code === `${prefix}Exhausted`) retry();',
    'if (err.code === getCode()) retry();',
    // Syntax the rule must survive.
    'switch (err.code) {}',
    'switch (err.code) { default: break; }',
    "if (err[0] === 'ResourceExhaused') retry();",
    "if (err[key] === 'ResourceExhaused') retry();",
    "if (err[Symbol.iterator] === 'ResourceExhaused') retry();",
    "if (err.code === undefined || err.code === null || err.code === 42) skip();",
    "[, 'ResourceExhausted', , ].includes(err.code);",
    "[...others, 'ResourceExhausted'].includes(err.code);",
    "new Set(...lists).has(err.code); new Set().has(err.code); new Set(undefined).has(err.code);",
    "list.includes(); list.includes(...codes); ['ResourceExhaused'].includes(err.message);",
    "'ResourceExhausted,ResourceThrottled'.includes(err.code);",
    "codes?.includes(err.code); err?.code?.includes('x');",
    // Calls that only look like membership tests: another method, a computed name that is not includes/has.
    "['ResourceExhaused'].indexOf(err.code); ['ResourceExhaused'][method](err.code); ['ResourceExhaused']['at'](err.code);",
    'class A { #code; has(o) { return #code in o; } }',
    'const x = tag`ResourceExhaused`; if (err.code === x) retry();',
    "enum Level { Low, High } switch (err.code) { case Level.Low: break; }",
    "const enum Code { Throttled = 'ResourceThrottled' } if (err.code === Code.Throttled) retry();",
    "const a = b; const b = a; if (err.code === a) retry();",
    "const { [key]: code } = err; if (code === 'ResourceExhaused') retry();",
    {
      code: "const { code } = err;\nif (code === 'ENOTFOUND') retryDns();",
      filename: 'plain.js',
    },
  ],
  invalid: [
    {
      code: "if (err.code === 'ResourceExhaused') retry();",
      errors: [
        replaced('nearMiss', 'ResourceExhaused', 'ResourceExhausted', 1, 18, "if (err.code === 'ResourceExhausted') retry();"),
      ],
    },
    {
      // Yoda order, a two-edit miss of a long code, double quotes kept.
      code: 'if ("ConcurentUpdateErro" == err.code) reload();',
      errors: [
        replaced('nearMiss', 'ConcurentUpdateErro', 'ConcurrentUpdateError', 1, 5, 'if ("ConcurrentUpdateError" == err.code) reload();'),
      ],
    },
    {
      code: "if (err?.code !== 'ResorceThrottled') throw err;",
      errors: [
        replaced('nearMiss', 'ResorceThrottled', 'ResourceThrottled', 1, 19, "if (err?.code !== 'ResourceThrottled') throw err;"),
      ],
    },
    {
      code: "if (err['code'] != 'InternalServerErorr') throw err;",
      errors: [
        replaced('nearMiss', 'InternalServerErorr', 'InternalServerError', 1, 20, "if (err['code'] != 'InternalServerError') throw err;"),
      ],
    },
    {
      code: "if ((err as FcError).code === 'FunctionNotFond') return null;",
      errors: [
        replaced('nearMiss', 'FunctionNotFond', 'FunctionNotFound', 1, 31, "if ((err as FcError).code === 'FunctionNotFound') return null;"),
      ],
    },
    {
      code: "if (body!.Code === 'AccesDenied') deny();",
      errors: [replaced('nearMiss', 'AccesDenied', 'AccessDenied', 1, 20, "if (body!.Code === 'AccessDenied') deny();")],
    },
    {
      code: "if (res.data.ErrorCode === 'ServiceNotFond' || res.data.errorCode === 'ServiceNotFond') create();",
      errors: [
        replaced(
          'nearMiss',
          'ServiceNotFond',
          'ServiceNotFound',
          1,
          28,
          "if (res.data.ErrorCode === 'ServiceNotFound' || res.data.errorCode === 'ServiceNotFond') create();",
        ),
        replaced(
          'nearMiss',
          'ServiceNotFond',
          'ServiceNotFound',
          1,
          71,
          "if (res.data.ErrorCode === 'ServiceNotFond' || res.data.errorCode === 'ServiceNotFound') create();",
        ),
      ],
    },
    {
      // Destructured, renamed, with a default; and a catch parameter.
      code: "const { Code: c = '' } = body;\nif (c === 'TriggerNotFund') return;",
      errors: [replaced('nearMiss', 'TriggerNotFund', 'TriggerNotFound', 2, 11, "const { Code: c = '' } = body;\nif (c === 'TriggerNotFound') return;")],
    },
    {
      code: "try { await client.getFunction('svc', 'fn'); } catch ({ code }) { if (code === 'FunctionNotFuond') return null; throw new Error(code); }",
      errors: [
        replaced(
          'nearMiss',
          'FunctionNotFuond',
          'FunctionNotFound',
          1,
          80,
          "try { await client.getFunction('svc', 'fn'); } catch ({ code }) { if (code === 'FunctionNotFound') return null; throw new Error(code); }",
        ),
      ],
    },
    {
      code: "const code = err.code ?? 'Unknown';\nif (code === 'ResourceExhausetd') retry();",
      errors: [
        replaced('nearMiss', 'ResourceExhausetd', 'ResourceExhausted', 2, 14, "const code = err.code ?? 'Unknown';\nif (code === 'ResourceExhausted') retry();"),
      ],
    },
    {
      code: "switch (err.code) {\n  case 'ResourceExhaused':\n  case 'ResourceThrottled':\n    return retry();\n}",
      errors: [
        replaced(
          'nearMiss',
          'ResourceExhaused',
          'ResourceExhausted',
          2,
          8,
          "switch (err.code) {\n  case 'ResourceExhausted':\n  case 'ResourceThrottled':\n    return retry();\n}",
        ),
      ],
    },
    {
      // The method named by a computed key, and a callee in a TypeScript wrapper.
      code: "['ResourceThrotled']['includes'](err.code); (new Set(['ResourceThrotled']) as Set<string>).has(err.code);",
      errors: [
        replaced('nearMiss', 'ResourceThrotled', 'ResourceThrottled', 1, 2, "['ResourceThrottled']['includes'](err.code); (new Set(['ResourceThrotled']) as Set<string>).has(err.code);"),
        replaced('nearMiss', 'ResourceThrotled', 'ResourceThrottled', 1, 55, "['ResourceThrotled']['includes'](err.code); (new Set(['ResourceThrottled']) as Set<string>).has(err.code);"),
      ],
    },
    {
      code: "if (['ResourceExhausted', 'ResourceThrotled'].includes(err.code)) retry();",
      errors: [
        replaced('nearMiss', 'ResourceThrotled', 'ResourceThrottled', 1, 27, "if (['ResourceExhausted', 'ResourceThrottled'].includes(err.code)) retry();"),
      ],
    },
    {
      // Through a const array `as const`, a spread of another const array, and a const Set.
      code: [
        "const THROTTLING = ['ResourceExhausted', 'ResourceThrotled'] as const;",
        "const RETRYABLE = [...THROTTLING, 'InternalServerEror'];",
        'const RETRY_SET = new Set<string>(RETRYABLE);',
        'if (RETRY_SET.has(err.code)) retry();',
      ].join('\n'),
      errors: [
        {
          messageId: 'nearMiss',
          line: 1,
          column: 42,
          data: { value: 'ResourceThrotled', code: 'ResourceThrottled' },
          suggestions: [
            {
              messageId: 'replaceWithCode',
              output: [
                "const THROTTLING = ['ResourceExhausted', 'ResourceThrottled'] as const;",
                "const RETRYABLE = [...THROTTLING, 'InternalServerEror'];",
                'const RETRY_SET = new Set<string>(RETRYABLE);',
                'if (RETRY_SET.has(err.code)) retry();',
              ].join('\n'),
            },
          ],
        },
        {
          messageId: 'nearMiss',
          line: 2,
          column: 35,
          data: { value: 'InternalServerEror', code: 'InternalServerError' },
          suggestions: [
            {
              messageId: 'replaceWithCode',
              output: [
                "const THROTTLING = ['ResourceExhausted', 'ResourceThrotled'] as const;",
                "const RETRYABLE = [...THROTTLING, 'InternalServerError'];",
                'const RETRY_SET = new Set<string>(RETRYABLE);',
                'if (RETRY_SET.has(err.code)) retry();',
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      code: "if (new Set(['ConcurentUpdateError']).has(err.Code)) reload();",
      errors: [
        replaced('nearMiss', 'ConcurentUpdateError', 'ConcurrentUpdateError', 1, 14, "if (new Set(['ConcurrentUpdateError']).has(err.Code)) reload();"),
      ],
    },
    {
      // A const used twice is reported once, on its literal.
      code: "const THROTTLED = 'ResourceThrotled';\nif (err.code === THROTTLED) retry();\nif (body.Code === THROTTLED) retry();",
      errors: [
        replaced(
          'nearMiss',
          'ResourceThrotled',
          'ResourceThrottled',
          1,
          19,
          "const THROTTLED = 'ResourceThrottled';\nif (err.code === THROTTLED) retry();\nif (body.Code === THROTTLED) retry();",
        ),
      ],
    },
    {
      // Members of a string enum and of an `as const` object count as their literals.
      code: "enum FcCode { Throttled = 'ResourceThrotled' }\nconst Codes = { busy: 'ResourceExhaused' } as const;\nif (err.code === FcCode.Throttled || err.code === Codes.busy) retry();",
      errors: [
        replaced(
          'nearMiss',
          'ResourceThrotled',
          'ResourceThrottled',
          1,
          27,
          "enum FcCode { Throttled = 'ResourceThrottled' }\nconst Codes = { busy: 'ResourceExhaused' } as const;\nif (err.code === FcCode.Throttled || err.code === Codes.busy) retry();",
        ),
        replaced(
          'nearMiss',
          'ResourceExhaused',
          'ResourceExhausted',
          2,
          23,
          "enum FcCode { Throttled = 'ResourceThrotled' }\nconst Codes = { busy: 'ResourceExhausted' } as const;\nif (err.code === FcCode.Throttled || err.code === Codes.busy) retry();",
        ),
      ],
    },
    {
      // A value without a single literal behind it is reported where it is compared, without a suggestion.
      code: "if (err.code === 'Resource' + 'Exhaused') retry();",
      errors: [{ messageId: 'nearMiss', line: 1, column: 18, data: { value: 'ResourceExhaused', code: 'ResourceExhausted' }, suggestions: [] }],
    },
    {
      code: 'if (err.code === `ResourceExhaused`) retry();',
      errors: [replaced('nearMiss', 'ResourceExhaused', 'ResourceExhausted', 1, 18, 'if (err.code === `ResourceExhausted`) retry();')],
    },
    {
      // Short codes match at distance 1 only.
      code: "if (err.code === 'CAExitd') restart();",
      errors: [replaced('nearMiss', 'CAExitd', 'CAExited', 1, 18, "if (err.code === 'CAExited') restart();")],
    },
    {
      // The @alicloud/fc2 error name is not the code.
      code: "if (err.code === 'FCResourceExhaustedError') retry();",
      errors: [
        replaced('sdkErrorName', 'FCResourceExhaustedError', 'ResourceExhausted', 1, 18, "if (err.code === 'ResourceExhausted') retry();"),
      ],
    },
    {
      code: "switch (e.code) { case 'FCInvalidAccessKeyIDError': throw e; }",
      errors: [
        replaced('sdkErrorName', 'FCInvalidAccessKeyIDError', 'InvalidAccessKeyID', 1, 24, "switch (e.code) { case 'InvalidAccessKeyID': throw e; }"),
      ],
    },
    {
      // Letter case alone: reported with FC context (an FC SDK import) ...
      code: "import FC from '@alicloud/fc2';\nif (err.code === 'InvalidAccessKeyId') rotateKeys();",
      errors: [
        replaced(
          'wrongCase',
          'InvalidAccessKeyId',
          'InvalidAccessKeyID',
          2,
          18,
          "import FC from '@alicloud/fc2';\nif (err.code === 'InvalidAccessKeyID') rotateKeys();",
        ),
      ],
    },
    {
      code: "const { default: Client } = require('@alicloud/fc-open20210406');\nif (err.code === 'invalidaccesskeyid') rotateKeys();",
      filename: 'client.js',
      errors: [
        replaced(
          'wrongCase',
          'invalidaccesskeyid',
          'InvalidAccessKeyID',
          2,
          18,
          "const { default: Client } = require('@alicloud/fc-open20210406');\nif (err.code === 'InvalidAccessKeyID') rotateKeys();",
        ),
      ],
    },
    {
      code: "const sdk = await import('@alicloud/fc20230330');\nif (err.code === 'resourceExhausted') retry();",
      errors: [
        replaced(
          'wrongCase',
          'resourceExhausted',
          'ResourceExhausted',
          2,
          18,
          "const sdk = await import('@alicloud/fc20230330');\nif (err.code === 'ResourceExhausted') retry();",
        ),
      ],
    },
    {
      // A switch whose other cases are no codes at all still has each case checked.
      code: "import { isRetryable } from '@fc-atlas/catalog';\nswitch (err.code) { case 'ok': break; case 'resourceexhausted': retry(); }",
      errors: [
        replaced('wrongCase', 'resourceexhausted', 'ResourceExhausted', 2, 44, "import { isRetryable } from '@fc-atlas/catalog';\nswitch (err.code) { case 'ok': break; case 'ResourceExhausted': retry(); }"),
      ],
    },
    {
      code: "import { isRetryable } from '@fc-atlas/catalog';\nif (err.code === 'accessDenied') deny();",
      errors: [
        replaced('wrongCase', 'accessDenied', 'AccessDenied', 2, 18, "import { isRetryable } from '@fc-atlas/catalog';\nif (err.code === 'AccessDenied') deny();"),
      ],
    },
    {
      // ... or with an FC host in the file.
      code: "const endpoint = 'https://16530750.cn-shanghai.fc.aliyuncs.com';\nif (err.code === 'InvalidAccessKeyId') rotateKeys();",
      errors: [
        replaced(
          'wrongCase',
          'InvalidAccessKeyId',
          'InvalidAccessKeyID',
          2,
          18,
          "const endpoint = 'https://16530750.cn-shanghai.fc.aliyuncs.com';\nif (err.code === 'InvalidAccessKeyID') rotateKeys();",
        ),
      ],
    },
    {
      code: "import fc = require('@alicloud/fc2');\nexport * from './other';\nif (err.code === 'Resourceexhausted') retry();",
      errors: [
        replaced(
          'wrongCase',
          'Resourceexhausted',
          'ResourceExhausted',
          3,
          18,
          "import fc = require('@alicloud/fc2');\nexport * from './other';\nif (err.code === 'ResourceExhausted') retry();",
        ),
      ],
    },
    {
      // Plain JavaScript, CommonJS.
      code: "const FC = require('@alicloud/fc2');\nfunction onError(err) {\n  if (err.code == 'ConcurrentUpdateErro') return reload();\n}",
      filename: 'client.cjs',
      errors: [
        replaced(
          'nearMiss',
          'ConcurrentUpdateErro',
          'ConcurrentUpdateError',
          3,
          19,
          "const FC = require('@alicloud/fc2');\nfunction onError(err) {\n  if (err.code == 'ConcurrentUpdateError') return reload();\n}",
        ),
      ],
    },
    {
      code: "export const Retry = ({ err }: { err: { code?: string } }) =>\n  err.code === 'ResourceExhaused' ? <button>Retry</button> : null;",
      filename: 'retry.tsx',
      languageOptions: jsx,
      errors: [
        replaced(
          'nearMiss',
          'ResourceExhaused',
          'ResourceExhausted',
          2,
          16,
          "export const Retry = ({ err }: { err: { code?: string } }) =>\n  err.code === 'ResourceExhausted' ? <button>Retry</button> : null;",
        ),
      ],
    },
  ],
});
