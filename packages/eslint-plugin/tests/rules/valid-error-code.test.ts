import rule, { type Finding, type MessageIds } from '../../src/rules/valid-error-code.js';
import { OTHER_SERVICE_CODES } from '../../src/utils/other-service-codes.js';
import { editDistance, errorCodeIgnoringCase, isErrorCode, nearestErrorCode } from '@fc-atlas/catalog';
import { describe, expect, it } from 'vitest';
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { at, createRuleTester } from './support.js';

const ruleTester = createRuleTester();
const jsx = { parserOptions: { ecmaFeatures: { jsx: true } } };

type MessageId = Finding['messageId'];

/** One error with its single "replace with" suggestion. */
function replaced(messageId: MessageId, value: string, code: string, line: number, column: number, output: string) {
  return {
    messageId,
    data: { value, code },
    line,
    column,
    suggestions: [{ messageId: 'replaceWithCode' as const, data: { value, code }, output }],
  };
}

type InvalidCase = InvalidTestCase<MessageIds, []>;

/** A near miss of `code` spelled `'value'` in `source`: reported on that literal, the suggestion replaces it. */
function nearMissIn(source: string, value: string, code: string): InvalidCase {
  const literal = `'${value}'`;
  const { line, column } = at(source, literal);
  return { code: source, errors: [replaced('nearMiss', value, code, line, column, source.replace(literal, `'${code}'`))] };
}

/** Shows FC context: the file imports an FC SDK. */
const FC_IMPORT = "import FC from '@alicloud/fc2';\n";

/** The same case in a file that imports an FC SDK: every report one line further down. */
function inFcFile(testCase: InvalidCase): InvalidCase {
  return {
    ...testCase,
    code: FC_IMPORT + testCase.code,
    errors: testCase.errors.map((error) => ({
      ...error,
      ...(error.line === undefined ? {} : { line: error.line + 1 }),
      suggestions: error.suggestions?.map((suggestion) => ({ ...suggestion, output: FC_IMPORT + suggestion.output })),
    })),
  };
}

/** The twin of a case that needs FC context: the same code in a file without it is not reported. */
function withoutFcContext({ code, filename, languageOptions }: InvalidCase) {
  return { code, ...(filename === undefined ? {} : { filename }), ...(languageOptions === undefined ? {} : { languageOptions }) };
}

/**
 * Near misses and letter-case slips, written without FC context: each is tested in a file that imports an FC SDK (must
 * flag) and as it stands (must not flag: the value may be another service's code).
 */
const needFcContext: InvalidCase[] = [
    // Near misses the testers found in code without an FC link (reported only with FC context).
    nearMissIn("if (error.code === 'InvalidArguments') throw new TypeError(error.message);", 'InvalidArguments', 'InvalidArgument'),
    nearMissIn("if (err.code === 'LabelNotFound') return createLabel();", 'LabelNotFound', 'LayerNotFound'),
    nearMissIn("if (err.code === 'PatchNotSupported') return fallbackToPut();", 'PatchNotSupported', 'PathNotSupported'),
    // A parameter or variable named code, errorCode or errCode holds an error code.
    nearMissIn("const isRetryable = (code) => code === 'ResourceThrotled' || code === 'InternalServerError';", 'ResourceThrotled', 'ResourceThrottled'),
    // More list shapes: Object.freeze, indexOf, a predicate; lists and chains whose other codes other services share.
    nearMissIn(
      "const RETRYABLE = Object.freeze(['InternalServerError', 'ResourceThrotled']);\nif (RETRYABLE.includes(err.code)) retry();",
      'ResourceThrotled',
      'ResourceThrottled',
    ),
    nearMissIn("if (['InternalServerError', 'ResourceThrotled'].indexOf(err.code) !== -1) retry();", 'ResourceThrotled', 'ResourceThrottled'),
    // A list declared with var or let and never assigned again, as compiled code declares it.
    nearMissIn("var RETRY = ['InternalServerError', 'ResourceThrotled'];\nif (RETRY.indexOf(err.code) !== -1) retry();", 'ResourceThrotled', 'ResourceThrottled'),
    nearMissIn("const CODES = ['InternalServerError', 'ResourceThrotled'];\nif (CODES.some((c) => c === err.code)) retry();", 'ResourceThrotled', 'ResourceThrottled'),
    nearMissIn("if (['AccessDenied', 'ResourceThrotled'].includes(err.code)) retry();", 'ResourceThrotled', 'ResourceThrottled'),
    nearMissIn("switch (err.code) {\n  case 'InternalServerError':\n  case 'ResourceExhaused':\n    return retry();\n}", 'ResourceExhaused', 'ResourceExhausted'),
    nearMissIn("if (err.code === 'InternalServerError' || err.code === 'ResourceExhaused') retry();", 'ResourceExhaused', 'ResourceExhausted'),
    nearMissIn("function isGone(errorCode: string) { return errorCode === 'FunctionNotFond'; }", 'FunctionNotFond', 'FunctionNotFound'),
    nearMissIn("let errCode = readCode(res);\nif (errCode === 'TriggerNotFond') errCode = '';", 'TriggerNotFond', 'TriggerNotFound'),
    // A const named code compared with err.code, either way round.
    nearMissIn("const code = 'ResourceThrotled';\nif (code === err.code) retry();", 'ResourceThrotled', 'ResourceThrottled'),
    // More list shapes: Object.freeze, indexOf, a predicate, String(...).
    nearMissIn("const gone = ['FunctionNotFond'].find(function (c) { return body.Code == c; });", 'FunctionNotFond', 'FunctionNotFound'),
    nearMissIn("if (String(err.code) === 'TriggerNotFond') return;", 'TriggerNotFond', 'TriggerNotFound'),
    // White space around a near miss: the suggestion trims it and fixes the typo.
    nearMissIn("if (err.code === ' ResourceThrotled') retry();", ' ResourceThrotled', 'ResourceThrottled'),
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
    nearMissIn("if (body!.Code === 'AccesDenied') deny();", 'AccesDenied', 'AccessDenied'),
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
    // Destructured, renamed, with a default; and a catch parameter.
    nearMissIn("const { Code: c = '' } = body;\nif (c === 'TriggerNotFund') return;", 'TriggerNotFund', 'TriggerNotFound'),
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
      // The method named by a computed key, and a callee in a TypeScript wrapper.
      code: "['ResourceThrotled']['includes'](err.code); (new Set(['ResourceThrotled']) as Set<string>).has(err.code);",
      errors: [
        replaced('nearMiss', 'ResourceThrotled', 'ResourceThrottled', 1, 2, "['ResourceThrottled']['includes'](err.code); (new Set(['ResourceThrotled']) as Set<string>).has(err.code);"),
        replaced('nearMiss', 'ResourceThrotled', 'ResourceThrottled', 1, 55, "['ResourceThrotled']['includes'](err.code); (new Set(['ResourceThrottled']) as Set<string>).has(err.code);"),
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
    // Short codes match at distance 1 only.
    nearMissIn("if (err.code === 'CAExitd') restart();", 'CAExitd', 'CAExited'),
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
]

/**
 * Reported in any file: the same switch, list or chain also compares with an FC code no other service returns
 * (`ResourceThrottled`, `ResourceExhausted`). Their twins in needFcContext compare with shared codes only.
 */
const fcOnlySiblings: InvalidCase[] = [
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
    nearMissIn("if (err.code === 'ResourceThrottled' || err.code === 'ResourceExhaused') retry();", 'ResourceExhaused', 'ResourceExhausted'),
    nearMissIn("const isRetryable = (code) => code === 'ResourceThrotled' || code === 'ResourceExhausted';", 'ResourceThrotled', 'ResourceThrottled'),
    nearMissIn("if (['ResourceExhausted', 'ResourceThrotled'].indexOf(err.code) !== -1) retry();", 'ResourceThrotled', 'ResourceThrottled'),
    nearMissIn("const CODES = Object.freeze(['ResourceExhausted', 'ResourceThrotled']);\nif (CODES.some((c) => c === err.code)) retry();", 'ResourceThrotled', 'ResourceThrottled'),
]

/** Reported with or without FC context: no service's code looks like these. */
const anyFile: InvalidCase[] = [
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
      // White space around an exact FC code never matches; the suggestion trims it.
      code: "if (err.code === ' ResourceThrottled') retry();",
      errors: [replaced('strayWhitespace', ' ResourceThrottled', 'ResourceThrottled', 1, 18, "if (err.code === 'ResourceThrottled') retry();")],
    },
    {
      code: "switch (err.Code) { case 'ResourceExhausted\\n': case `FunctionNotFound `: break; }",
      errors: [
        replaced('strayWhitespace', 'ResourceExhausted\n', 'ResourceExhausted', 1, 26, "switch (err.Code) { case 'ResourceExhausted': case `FunctionNotFound `: break; }"),
        replaced('strayWhitespace', 'FunctionNotFound ', 'FunctionNotFound', 1, 54, "switch (err.Code) { case 'ResourceExhausted\\n': case `FunctionNotFound`: break; }"),
      ],
    },
]

/** Cases that show FC context themselves. */
const withFcContext: InvalidCase[] = [
    {
      // Letter case alone: reported with FC context (an FC SDK import) ...
      code: "import FC from '@alicloud/fc2';\nif (err.code === 'Resourcethrottled') retry();",
      errors: [
        replaced(
          'wrongCase',
          'Resourcethrottled',
          'ResourceThrottled',
          2,
          18,
          "import FC from '@alicloud/fc2';\nif (err.code === 'ResourceThrottled') retry();",
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
      // The twin of the folded-code cases: a code that keeps its case never equals a lower-case string ...
      code: "import FC from '@alicloud/fc2';\nconst code = String(err.code ?? ''); if (code === 'resourcethrottled') retry();",
      errors: [
        replaced(
          'wrongCase',
          'resourcethrottled',
          'ResourceThrottled',
          2,
          51,
          "import FC from '@alicloud/fc2';\nconst code = String(err.code ?? ''); if (code === 'ResourceThrottled') retry();",
        ),
      ],
    },
    // ... nor does a lower-cased code equal a string with an upper-case letter, an FC code as written included: the
    // suggestion folds the string as the code was folded.
    ...[
      ["import FC from '@alicloud/fc2';\nconst code = err.code.toLowerCase(); if (code === 'resourceThrottled') retry();", 'resourceThrottled', 'lower', 'resourcethrottled'],
      ["if (err.code.toLowerCase() === 'ResourceThrottled') retry();", 'ResourceThrottled', 'lower', 'resourcethrottled'],
      ["switch (String(body.Code).toUpperCase()) { case 'FunctionNotFound': return null; }", 'FunctionNotFound', 'upper', 'FUNCTIONNOTFOUND'],
      ["const gone = ['FunctionNotFound'].includes(err.code?.toLocaleLowerCase());", 'FunctionNotFound', 'lower', 'functionnotfound'],
    ].map(([code, value, fold, folded]) => ({
      code: code!,
      errors: [
        {
          messageId: 'foldedCase' as const,
          data: { value, fold, folded },
          ...at(code!, `'${value}'`),
          suggestions: [{ messageId: 'replaceWithFolded' as const, data: { folded }, output: code!.replace(`'${value}'`, `'${folded}'`) }],
        },
      ],
    })),
    // Under a Turkic locale "I" lower-cases to "ı" and "i" upper-cases to "İ": the plainly folded string never matches.
    ...[
      ["if (err.code.toLocaleLowerCase('tr') === 'invalidargument') throw err;", 'invalidargument', 'lower', 'tr', 'toLowerCase'],
      ["if (err.code.toLocaleLowerCase('tr-TR') === 'InvalidArgument') throw err;", 'InvalidArgument', 'lower', 'tr-TR', 'toLowerCase'],
      ["const denied = err.code.toLocaleUpperCase(['az-Latn', 'en']) === 'ACCESSDENIED';", 'ACCESSDENIED', 'upper', 'az-Latn', 'toUpperCase'],
    ].map(([code, value, fold, locale, method]) => ({
      code: code!,
      errors: [{ messageId: 'localeFold' as const, data: { value, fold, locale, method }, ...at(code!, `'${value}'`), suggestions: [] }],
    })),
    {
      code: "import { isRetryable } from '@fc-atlas/catalog';\nif (err.code === 'accessDenied') deny();",
      errors: [
        replaced('wrongCase', 'accessDenied', 'AccessDenied', 2, 18, "import { isRetryable } from '@fc-atlas/catalog';\nif (err.code === 'AccessDenied') deny();"),
      ],
    },
    {
      // ... or with an FC host in the file.
      code: "const endpoint = 'https://16530750.cn-shanghai.fc.aliyuncs.com';\nif (err.code === 'FunctionNotfound') create();",
      errors: [
        replaced(
          'wrongCase',
          'FunctionNotfound',
          'FunctionNotFound',
          2,
          18,
          "const endpoint = 'https://16530750.cn-shanghai.fc.aliyuncs.com';\nif (err.code === 'FunctionNotFound') create();",
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
      // A file that talks to OSS and FC: a real typo of an FC code is still reported.
      code: "import OSS from 'ali-oss';\nimport FC20230330 from '@alicloud/fc20230330';\nif (e.code === 'InvalidAccesKeyID') rotate();",
      errors: [
        replaced(
          'nearMiss',
          'InvalidAccesKeyID',
          'InvalidAccessKeyID',
          3,
          16,
          "import OSS from 'ali-oss';\nimport FC20230330 from '@alicloud/fc20230330';\nif (e.code === 'InvalidAccessKeyID') rotate();",
        ),
      ],
    },
]

ruleTester.run('valid-error-code', rule, {
  valid: [
    // Each near miss and letter-case slip of needFcContext, in a file without FC context.
    ...needFcContext.map(withoutFcContext),
    // The rest in a file with FC context, so that context is not what keeps them quiet.
    ...[
    // Exact FC codes, in every comparison form.
    "if (err.code === 'ResourceExhausted') retry();",
    "if ('ConcurrentUpdateError' === err.code) reload();",
    "switch (err.code) { case 'ResourceThrottled': case 'InternalServerError': break; }",
    "const retryable = ['ResourceExhausted', 'ResourceThrottled'].includes(err.code);",
    "new Set(['InvalidAccessKeyID', 'SignatureNotMatch']).has(body.ErrorCode);",
    // Other services' codes: S3 / OSS, Node, gRPC, Google, AWS, snake_case APIs, HTTP status strings.
    "if (err.code === 'NoSuchKey') return null;",
    "if (err.Code === 'SignatureDoesNotMatch') throw new Error('check the secret key');",
    "switch (err.code) { case 'NoSuchKey': case 'NoSuchBucket': return null; case 'SlowDown': return retry(); }",
    "if (['ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'ENOTFOUND'].includes(err.code)) retry();",
    "fs.readFile(p, (err) => { if (err && err.code === 'ENOENT') create(); });",
    "const { code } = fsError; if (code === 'EACCES' || code === 'EPERM') escalate();",
    "if (status.code === 'RESOURCE_EXHAUSTED') backoff();",
    "new Set(['ThrottlingException', 'ProvisionedThroughputExceededException']).has(err.code);",
    "if (body.errorCode === 'resource_exhausted' || body.errorCode === 'invalid_argument') fail();",
    "if (res.code === '429' || res.code === 'Too Many Requests') backoff();",
    // A code folded to one letter case is compared with strings in that case, which can match.
    "const code = String(err.code ?? '').toLowerCase(); if (code === 'resourcethrottled' || code === 'internalservererror') retry();",
    "const errCode = e && typeof e.code === 'string' ? e.code.toUpperCase() : ''; if (errCode === 'ACCESSDENIED') deny();",
    "const code = err.code.toLocaleLowerCase(); switch (code) { case 'resourceexhausted': retry(); }",
    "const LOWER = ['resourceexhausted', 'resourcethrottled']; const code = err.code.toLowerCase(); if (LOWER.includes(code)) retry();",
    // A list assigned again after its declaration holds what the code put there last: unknown.
    "import FC from '@alicloud/fc2';\nlet RETRY = ['ResourceThrotled'];\nRETRY = loadCodes();\nif (RETRY.includes(err.code)) retry();",
    // Twins of the folded comparisons reported: the fold written in place, with the string in the folded case.
    "if (err.code.toLowerCase() === 'resourcethrottled') retry();",
    "switch (String(body.Code).toUpperCase()) { case 'FUNCTIONNOTFOUND': return null; }",
    "if (err.code.toUpperCase() === 'ENOENT') missing();",
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
    // A variable that is reassigned is not followed.
    "let c = err.code; c = 'x'; if (c === 'ResourceExhaused') retry();",
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
    // Calls that only look like membership tests: another method, a computed name that is not a membership method.
    "['ResourceExhaused'].at(err.code); ['ResourceExhaused'][method](err.code); ['ResourceExhaused']['at'](err.code);",
    "['ResourceExhaused'].some(isRetryable); ['ResourceExhaused'].some((c, i) => c === err.code); ['ResourceExhaused'].some((c) => c.startsWith(err.code));",
    "['ResourceExhaused'].find((c) => c === c); ['ResourceExhaused'].find(function () { return err.code; }); ['ResourceExhaused'].some(({ c }) => c === err.code);",
    "['ResourceExhaused'].some((c) => { log(c); return c === err.code; }); ['ResourceExhaused'].every((c) => c > err.code);",
    'class A { #code; has(o) { return #code in o; } }',
    'const x = tag`ResourceExhaused`; if (err.code === x) retry();',
    "enum Level { Low, High } switch (err.code) { case Level.Low: break; }",
    "const enum Code { Throttled = 'ResourceThrottled' } if (err.code === Code.Throttled) retry();",
    "const a = b; const b = a; if (err.code === a) retry();",
    "const { [key]: value } = err; if (value === 'ResourceExhaused') retry();",
    {
      code: "const { code } = err;\nif (code === 'ENOTFOUND') retryDns();",
      filename: 'plain.js',
    },
    ].map((testCase) =>
      typeof testCase === 'string' ? FC_IMPORT + testCase : { ...testCase, code: FC_IMPORT + testCase.code },
    ),
    // Letter case alone, without FC context: another service's code (Google APIs say accessDenied).
    "switch (err.code) { case 'ok': break; case 'resourceexhausted': retry(); }",
    "if (error.errors[0].code === 'resourceExhausted') backoff();",
    "if (reason.code === 'accessDenied') askForScope();",
    // A comment that names the SDK is not FC context.
    "// like @alicloud/fc2 does\nif (err.code === 'invalidaccesskeyid') throw err;",
    // Other services' real codes next to an FC code are never reported, even in a file that uses FC.
    [
      "import OSS from 'ali-oss';",
      "import FC20230330 from '@alicloud/fc20230330';",
      "try { await oss.put('k', zip); } catch (e) { if (e.code === 'InvalidAccessKeyId' || e.code === 'SignatureDoesNotMatch') throw new Error('bad OSS credentials'); }",
    ].join('\n'),
    "import FC from '@alicloud/fc2';\nif (err.code === 'InvalidAccessKeyId') throw err;",
    "import FC from '@alicloud/fc2';\nimport { Signer } from '@volcengine/openapi';\nif (err.code === 'InvalidAccessKey') rotateVolcengineKey();",
    "if (err.code === 'InvalidAccessKey') rotateVolcengineKey();",
    // Values that are not codes but only look like one after trimming: white space is reported only around an FC code.
    "if (output === ' ResourceThrottled') flush();",
    "if (err.code === ' ResourceThrotled') retry(); // a near miss needs FC context",
    "if (err.code === '  ' || err.code === ' ENOENT') skip();",
    // A parameter not named like a code, String() of something else, a shadowed String or Object.
    "import FC from '@alicloud/fc2';\nconst isBusy = (status) => status === 'ResourceThrotled';",
    "import FC from '@alicloud/fc2';\nif (String(err.status) === 'TriggerNotFond') return;",
    "import FC from '@alicloud/fc2';\nconst String = (e) => e.message;\nif (String(err.code) === 'TriggerNotFond') return;",
    "import FC from '@alicloud/fc2';\nconst Object = { freeze: (x) => x.slice(1) };\nif (Object.freeze(['ResourceThrotled']).includes(err.code)) retry();",
    // Twins of the Turkic folds: a code without the letter that folds otherwise, another locale, the Turkic spelling
    // itself, and a locale known only at run time (the fold is then unknown: no report, no letter-case slip).
    "if (err.code.toLocaleLowerCase('tr') === 'resourcethrottled') retry();",
    "if (err.code.toLocaleLowerCase('en-US') === 'invalidargument') throw err;",
    "if (err.code.toLocaleLowerCase('tr') === '\u0131nvalidargument') throw err;",
    "if (err.code.toLocaleLowerCase(locale) === 'invalidargument') throw err;",
    "if (err.code.toLocaleUpperCase(undefined) === 'ACCESSDENIED') deny();",
    // Lists that are not compared with a code.
    "import FC from '@alicloud/fc2';\nconst NAMES = Object.freeze(['ResourceExhausted', 'ResourceThrotled']);\nif (NAMES.includes(err.message)) log();",
    "import FC from '@alicloud/fc2';\nif (['ResourceExhausted', 'ResourceThrotled'].indexOf(name) !== -1) log();",
    "import FC from '@alicloud/fc2';\nconst CODES = ['ResourceExhausted', 'ResourceThrotled'];\nif (CODES.some((c) => c === err.message)) log();",
  ],
  invalid: [...needFcContext.map(inFcFile), ...fcOnlySiblings, ...anyFile, ...withFcContext],
});

describe('other services\u2019 codes the rule never reports', () => {
  it.each(OTHER_SERVICE_CODES)('$code is no FC code but within letter case or two edits of one, with a source', (entry) => {
    expect(isErrorCode(entry.code)).toBe(false);
    const fcCode = errorCodeIgnoringCase(entry.code) ?? nearestErrorCode(entry.code, 2);
    expect(fcCode).toBeDefined();
    expect(editDistance(entry.code.toLowerCase(), fcCode!.toLowerCase(), 2)).toBeLessThanOrEqual(2);
    expect(entry.sources.length).toBeGreaterThan(0);
    for (const source of entry.sources) expect(source).toMatch(/^https:\/\//);
  });
});
