import { type InvalidTestCase } from '@typescript-eslint/rule-tester';
import tsParser from '@typescript-eslint/parser';
import { checkEndpoint } from '@fc-atlas/catalog/check';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule, { type MessageId } from '../../src/rules/valid-endpoint.js';
import { at, createRuleTester, oddSyntax } from './support.js';

const ruleTester = createRuleTester({ jsx: true });


interface Wrong {
  code: string;
  /** The source text the report must cover exactly. */
  at: string;
  nth?: number;
  /** The host as the message shows it; defaults to `at`. */
  host?: string;
  problems: string;
  /** The corrected host the message names; none for mistakes without a safe fix. */
  corrected?: string;
  /** The code after the one suggestion; `null` when the message names a correction but no suggestion is offered. */
  output?: string | null;
  filename?: string;
}

/** One invalid case with every field asserted: location, message id, data and the exact suggestion output. */
function wrong(spec: Wrong): InvalidTestCase<MessageId, []> {
  const host = spec.host ?? spec.at;
  const error =
    spec.corrected === undefined
      ? { messageId: 'invalidEndpointNoFix' as const, data: { host, problems: spec.problems }, suggestions: [] }
      : {
          messageId: 'invalidEndpoint' as const,
          data: { host, problems: spec.problems, corrected: spec.corrected },
          suggestions:
            spec.output == null
              ? []
              : [{ messageId: 'useCorrectedHost' as const, data: { corrected: spec.corrected }, output: spec.output }],
        };
  return {
    code: spec.code,
    ...(spec.filename ? { filename: spec.filename } : {}),
    errors: [{ ...error, ...at(spec.code, spec.at, spec.nth) }],
  };
}

const misspelled = (found: string, nearest: string) => `unknown region "${found}" (did you mean "${nearest}"?)`;
const RETIRED_MUMBAI = 'region "ap-south-1" was retired on 2024-07-15 (move to an active region such as ap-southeast-1, ap-southeast-3, ap-southeast-5)';
const RETIRED_SYDNEY =
  'region "ap-southeast-2" was retired on 2024-09-30 (move to an active region such as ap-southeast-1, ap-southeast-3, ap-southeast-5)';
const LEGACY = 'legacy label order (before October 2017): the region now comes before "fc"';
const DOT_INTERNAL = '".internal." should be "-internal" joined to the region';
const suffix = (written: string) => `"${written}" should be "aliyuncs.com"`;


ruleTester.run('valid-endpoint', rule, {
  valid: [
    // Correct hosts, in any letter case, with scheme, port and path: the twins of the misspellings below.
    "const endpoint = '16530750.cn-shanghai.fc.aliyuncs.com';",
    "const endpoint = 'https://16530750.CN-SHANGHAI.FC.ALIYUNCS.COM:443/2016-08-15/proxy/svc/fn/';",
    "const endpoint = '16530750.cn-hangzhou-internal.fc.aliyuncs.com';",
    "const endpoint = 'fcv3.cn-hangzhou.aliyuncs.com';",
    "const endpoint = 'cn-shanghai-finance-1.fc.aliyuncs.com';",
    "const endpoint = 'ap-southeast-1.fc.aliyuncs.com';",
    "const config = '{\"endpoint\":\"https://16530750.ap-southeast-1.fc.aliyuncs.com\"}';",
    'const endpoint = `https://${accountId}.${region}.fc.aliyuncs.com`;',
    'const endpoint = `${accountId}.${region}-internal.fc.aliyuncs.com`;',
    { code: 'const link = <a href="https://16530750.cn-hangzhou.fc.aliyuncs.com/">Invoke</a>;' },
    { code: "var endpoint = 'http://16530750.cn-beijing.fc.aliyuncs.com';", filename: 'client.js' },
    // Placeholders in docs and SDK maps: never reported as non-numeric accounts.
    "const sdkMap = { 'cn-hangzhou': 'account-id.cn-hangzhou.fc.aliyuncs.com' };",
    // A table keyed by region (an SDK's generated endpoint map) has an entry for a retired or unlisted region on
    // purpose: the caller picks the region. The twins below, with another key or no table, are reported.
    "this.endpointMap = { 'ap-south-1': 'fcv3.ap-south-1.aliyuncs.com', 'cn-hangzhou': 'fcv3.cn-hangzhou.aliyuncs.com' };",
    "const map = { 'ap-southeast-2': 'account-id.ap-southeast-2.fc.aliyuncs.com' };",
    "const hosts = new Map([['ap-south-1', 'https://fcv3.ap-south-1.aliyuncs.com']]);",
    "const map = { 'eu-north-9': 'eu-north-9.fc.aliyuncs.com' };",
    "const doc = 'https://<account-id>.cn-hangzhou.fc.aliyuncs.com';",
    "const doc = 'xxxx.cn-hangzhou.fc.aliyuncs.com';",
    "const masked = '1234****.cn-hangzhou.fc.aliyuncs.com';",
    "const doc = '{accountId}.{region}.fc.aliyuncs.com';",
    "const shell = 'https://${ACCOUNT_ID}.cn-hangzhou.fc.aliyuncs.com';",
    // Documentation in Chinese: "账号ID" (account ID) fused to the host is a placeholder; doc stand-in words too.
    "const help = '请求地址：https://账号ID.cn-hangzhou.fc.aliyuncs.com/2016-08-15/proxy';",
    "const doc = 'https://example.cn-hangzhou.fc.aliyuncs.com';",
    // Concatenation: correct hosts assembled from parts, and prose joined with a value (the twins of the cases below).
    "const endpoint = (a, r) => 'https://' + a + '.' + r + '.fc.aliyuncs.com';",
    "const endpoint = (a) => a + '.cn-hangzhou' + '-internal.fc.aliyuncs.com';",
    "const hint = 'see ' + link + '. fc.aliyuncs.com is the service principal';",
    "const host = 'fcv3.' + region + '.aliyuncs.com';",
    // SLS writes -intranet: its hosts are not FC's.
    "const sls = 'https://my-project.cn-hangzhou-intranet.log.aliyuncs.com';",
    // Real neighbouring hosts: the twins of the wrong-suffix and -internal cases.
    "const ide = 'https://ide.fc.aliyun.com/';",
    "const sandbox = 'https://49999-i6x3kbq6.e2b.fc.aliyuncs.com';",
    "const devs = 'https://my-app.fc.devsapp.net';",
    "const trigger = 'https://my-func-abcd.cn-hangzhou.fcapp.run';",
    "const trigger = 'https://my-func-abcd.cn-hangzhou-vpc.fcapp.run/path';",
    // Other products' hosts, including their typos: not ours.
    "const oss = 'oss-cn-shangai.aliyuncs.com';",
    "const bucket = 'https://my-bucket.oss-cn-shanghai.aliyuncs.com/key';",
    "const sls = 'cn-hangzhou.log.aliyuncs.com';",
    "const ecs = 'ecs.cn-hangzhou.aliyuncs.com';",
    "const s3 = 'https://my-bucket.s3.us-east-2.amazonaws.com';",
    "const other = '16530750.cn-hangzhou.fc.aliyuncs.com.example.net';",
    // RAM policies name FC by its service principal.
    "const policy = { Statement: [{ Effect: 'Allow', Principal: { Service: ['fc.aliyuncs.com'] } }] };",
    'const policy = \'{"Principal":{"Service":["fc.aliyuncs.com"]}}\';',
    // Prose: a sentence that ends with a region, then the principal, is not a host with white space.
    "const hint = 'Deployed to cn-hangzhou. fc.aliyuncs.com must be trusted by the role';",
    // Comments, regex literals and type positions are not run-time values.
    '// 16530750.cn-shangai.fc.aliyuncs.com\n/* 16530750.fc.cn-hangzhou.aliyuncs.com */ const a = 1;',
    'const re = /16530750.cn-shangai.fc.aliyuncs.con/;',
    "type Host = '16530750.cn-shangai.fc.aliyuncs.com';",
    'type Host = `${number}.cn-shangai.fc.aliyuncs.com`;',
    "interface Hosts { '16530750.cn-shangai.fc.aliyuncs.com': string }",
    "import endpoints from './16530750.cn-shangai.fc.aliyuncs.com.json';",
    ...oddSyntax,
    // Region options of calls that build an FC host: correct, unlisted, run-time values, other clouds, look-alikes.
    "import FC from '@alicloud/fc2';\nnew FC(accountId, { region: 'cn-hangzhou', timeout: 60000 });",
    "import FC from '@alicloud/fc2';\nnew FC(accountId, { region: process.env.FC_REGION });",
    "import { fcEndpoint } from '@fc-atlas/catalog';\nfcEndpoint({ accountId, region: 'cn-hangzhou-finance', allowUnlistedRegion: true });",
    "import { S3Client } from '@aws-sdk/client-s3';\nimport FC from '@alicloud/fc2';\nnew S3Client({ region: 'us-east-2' });",
    "import FC from '@alicloud/fc2';\nfunction fcEndpoint(options) { return options; }\nfcEndpoint({ region: 'cn-shangai' });",
    "import FC from '@alicloud/fc2';\nnew FC(accountId, { regionId: 'us-east-2' });",
    { code: "const OSS = require('ali-oss');\nnew OSS({ region: 'oss-cn-shangai' });", languageOptions: { sourceType: 'commonjs' } } as never,
    // An fc2 client's endpoint option that agrees with its region and account id, in any letter case or URL form;
    // values known only at run time; and other clients' endpoint options.
    "import FC from '@alicloud/fc2';\nnew FC('1234', { region: 'cn-hangzhou', endpoint: 'https://1234.cn-hangzhou.fc.aliyuncs.com' });",
    "import FC from '@alicloud/fc2';\nnew FC(1234, { region: 'CN-HANGZHOU', endpoint: 'http://1234.cn-hangzhou-internal.fc.aliyuncs.com:8080/' });",
    "import FC from '@alicloud/fc2';\nnew FC(process.env.ID, { region: process.env.REGION, endpoint: 'https://1234.cn-hangzhou.fc.aliyuncs.com' });",
    "import FC from '@alicloud/fc2';\nnew FC('1234', { region: 'cn-shanghai', endpoint: process.env.FC_ENDPOINT });",
    "import FC from '@alicloud/fc2';\nnew FC('1234', { region: 'cn-shanghai', endpoint: 'http://localhost:9000' });",
    // Twins of the concatenated FC 2.0 paths: another API, a path not right after the host, the account host.
    "const url = 'https://cn-beijing.fc.aliyuncs.com' + '/2023-03-30/functions';",
    "const url = 'https://cn-beijing.fc.aliyuncs.com' + '?next=/2016-08-15/services';",
    "const url = 'https://cn-beijing.fc.aliyuncs.com' + path + '/2016-08-15/services';",
    "const url = 'https://cn-beijing.fc.aliyuncs.com' + `${'/'}2016-08-15`;",
    "const url = 'https://1234.cn-beijing.fc.aliyuncs.com' + '/2016-08-15/services';",
    "const url = 'https://cn-beijing.fc.aliyuncs.com' - '/2016-08-15/services';",
    "const url = '/2016-08-15/services' + 'https://cn-beijing.fc.aliyuncs.com';",
    "import FC from '@alicloud/fc2';\nnew FC(1234567890123456789n, { region: 'cn-hangzhou', endpoint: 'https://1234567890123456789.cn-hangzhou.fc.aliyuncs.com' });",
    // A spread after an option may replace it: the options as written are no longer the client's (twins: invalid).
    "import FC from '@alicloud/fc2';\nnew FC('1234', { region: 'cn-hangzhou', ...config, endpoint: 'https://1234.cn-shanghai.fc.aliyuncs.com' });",
    "import FC from '@alicloud/fc2';\nnew FC('1234', { region: 'cn-hangzhou', endpoint: 'https://5678.cn-shanghai.fc.aliyuncs.com', ...config });",
    "import FC from '@alicloud/fc2';\nconst shanghai = { region: 'cn-shanghai' };\nnew FC('1234', { region: 'cn-hangzhou', endpoint: 'https://1234.cn-shanghai.fc.aliyuncs.com', ...shanghai });",
    "import OSS from 'ali-oss';\nimport FC from '@alicloud/fc2';\nnew OSS({ region: 'oss-cn-shanghai', endpoint: 'https://1234.cn-hangzhou.fc.aliyuncs.com' });",
    // A regional host with the FC 3.0 API, or an FC 2.0 path on the account host, or in another string.
    "const url = 'https://cn-beijing.fc.aliyuncs.com/2023-03-30/functions';",
    "const url = 'https://1234.cn-beijing.fc.aliyuncs.com/2016-08-15/services';",
    "const host = 'cn-beijing.fc.aliyuncs.com';\nconst path = '/2016-08-15/services';",
    "const url = 'https://cn-beijing.fc.aliyuncs.com/2016-08-150';",
  ],
  invalid: [
    // A misspelled or retired region in the options of a call that builds an FC host (traced through imports).
    {
      code: "const FCClient = require('@alicloud/fc2');\nconst client = new FCClient('1234567890123456', { accessKeyID, accessKeySecret, region: 'cn-shangai' });",
      languageOptions: { sourceType: 'commonjs' },
      errors: [
        {
          messageId: 'invalidRegion',
          data: { problems: 'unknown region "cn-shangai" (did you mean "cn-shanghai"?)' },
          line: 2,
          column: 89,
          suggestions: [
            {
              messageId: 'useRegion',
              data: { region: 'cn-shanghai' },
              output: "const FCClient = require('@alicloud/fc2');\nconst client = new FCClient('1234567890123456', { accessKeyID, accessKeySecret, region: 'cn-shanghai' });",
            },
          ],
        },
      ],
    } as never,
    {
      code: "import FC from '@alicloud/fc2';\nconst REGION = 'ap-south-1';\nnew FC(accountId, { region: REGION });",
      errors: [{ messageId: 'invalidRegion', data: { problems: RETIRED_MUMBAI }, line: 3, column: 29, suggestions: [] }],
    },
    {
      code: 'import { fcEndpoint as build } from \'@fc-atlas/catalog\';\nbuild({ accountId, region: "cn-hangzou" });',
      errors: [
        {
          messageId: 'invalidRegion',
          data: { problems: 'unknown region "cn-hangzou" (did you mean "cn-hangzhou"?)' },
          suggestions: [{ messageId: 'useRegion', data: { region: 'cn-hangzhou' }, output: 'import { fcEndpoint as build } from \'@fc-atlas/catalog\';\nbuild({ accountId, region: "cn-hangzhou" });' }],
        },
      ],
    },
    // An fc2 client whose endpoint option disagrees with its region option or its account id.
    {
      code: "const FC = require('@alicloud/fc2');\nnew FC('1234', { region: 'cn-shenzhen', endpoint: 'https://1234.cn-hangzhou.fc.aliyuncs.com' });",
      languageOptions: { sourceType: 'commonjs' },
      errors: [
        {
          messageId: 'endpointRegionMismatch',
          data: { host: '1234.cn-hangzhou.fc.aliyuncs.com', endpointRegion: 'cn-hangzhou', region: 'cn-shenzhen' },
          line: 2,
          column: 51,
        },
      ],
    } as never,
    {
      code: "import FC from '@alicloud/fc2';\nconst ACCOUNT = '1234';\nnew FC(ACCOUNT, { region: 'cn-hangzhou', endpoint: '5678.cn-hangzhou.fc.aliyuncs.com' });",
      errors: [{ messageId: 'endpointAccountMismatch', data: { host: '5678.cn-hangzhou.fc.aliyuncs.com', endpointAccount: '5678', account: '1234' } }],
    },
    // A BigInt account id (as written for ids above Number.MAX_SAFE_INTEGER) is compared as its digits.
    {
      code: "import FC from '@alicloud/fc2';\nnew FC(1234n, { region: 'cn-hangzhou', endpoint: 'https://5678.cn-hangzhou.fc.aliyuncs.com' });",
      errors: [{ messageId: 'endpointAccountMismatch', data: { host: '5678.cn-hangzhou.fc.aliyuncs.com', endpointAccount: '5678', account: '1234' } }],
    },
    // A spread before both options, or one known to hold neither, leaves them as written.
    {
      code: "import FC from '@alicloud/fc2';\nconst keys = { accessKeyID: process.env.AK };\nnew FC('1234', { region: 'cn-hangzhou', endpoint: 'https://1234.cn-shanghai.fc.aliyuncs.com', ...keys });",
      errors: [{ messageId: 'endpointRegionMismatch', data: { host: '1234.cn-shanghai.fc.aliyuncs.com', endpointRegion: 'cn-shanghai', region: 'cn-hangzhou' } }],
    },
    {
      code: "import FC from '@alicloud/fc2';\nnew FC('1234', { ...config, region: 'cn-hangzhou', endpoint: 'https://5678.cn-shanghai.fc.aliyuncs.com' });",
      errors: [
        { messageId: 'endpointRegionMismatch', data: { host: '5678.cn-shanghai.fc.aliyuncs.com', endpointRegion: 'cn-shanghai', region: 'cn-hangzhou' } },
        { messageId: 'endpointAccountMismatch', data: { host: '5678.cn-shanghai.fc.aliyuncs.com', endpointAccount: '5678', account: '1234' } },
      ],
    },
    {
      // The region written before a spread that may replace it is still checked as a region.
      code: "import FC from '@alicloud/fc2';\nnew FC('1234', { region: 'cn-hangzou', ...config, endpoint: 'https://1234.cn-shanghai.fc.aliyuncs.com' });",
      errors: [{ messageId: 'invalidRegion', suggestions: [{ messageId: 'useRegion', data: { region: 'cn-hangzhou' }, output: "import FC from '@alicloud/fc2';\nnew FC('1234', { region: 'cn-hangzhou', ...config, endpoint: 'https://1234.cn-shanghai.fc.aliyuncs.com' });" }] }],
    },
    {
      // A misspelled region is reported as such, not also as a mismatch.
      code: "import FC from '@alicloud/fc2';\nnew FC('1234', { region: 'cn-shangai', endpoint: 'https://1234.cn-hangzhou.fc.aliyuncs.com' });",
      errors: [
        {
          messageId: 'invalidRegion',
          suggestions: [
            {
              messageId: 'useRegion',
              data: { region: 'cn-shanghai' },
              output: "import FC from '@alicloud/fc2';\nnew FC('1234', { region: 'cn-shanghai', endpoint: 'https://1234.cn-hangzhou.fc.aliyuncs.com' });",
            },
          ],
        },
      ],
    },
    // A regional host (no account id) followed by an FC 2.0 API path: that API is served by the account host.
    {
      code: "const url = 'http://cn-beijing.fc.aliyuncs.com/2016-08-15/services';",
      errors: [{ messageId: 'accountHostNeeded', data: { version: '2016-08-15', host: 'cn-beijing.fc.aliyuncs.com' }, column: 21, endColumn: 47 }],
    },
    // The path in the next operand of a concatenation, or after the host's trailing dot.
    {
      code: "const url = 'https://cn-beijing.fc.aliyuncs.com' + '/2016-08-15/services';",
      errors: [{ messageId: 'accountHostNeeded', data: { version: '2016-08-15', host: 'cn-beijing.fc.aliyuncs.com' }, column: 22, endColumn: 48 }],
    },
    {
      code: "const url = 'https://cn-beijing.fc.aliyuncs.com:443' + `/2021-04-06/services/${name}` + '?x=1';",
      errors: [{ messageId: 'accountHostNeeded', data: { version: '2021-04-06', host: 'cn-beijing.fc.aliyuncs.com' } }],
    },
    {
      code: "const url = prefix + 'https://cn-beijing.fc.aliyuncs.com' + ('/2016-08-15' + path);",
      errors: [{ messageId: 'accountHostNeeded', data: { version: '2016-08-15', host: 'cn-beijing.fc.aliyuncs.com' } }],
    },
    {
      code: "const url = 'https://cn-beijing.fc.aliyuncs.com./2016-08-15/services';",
      errors: [{ messageId: 'accountHostNeeded', data: { version: '2016-08-15', host: 'cn-beijing.fc.aliyuncs.com' } }],
    },
    {
      code: 'const url = `https://cn-hangzhou.fc.aliyuncs.com:443/2021-04-06/services/${name}`;',
      errors: [{ messageId: 'accountHostNeeded', data: { version: '2021-04-06', host: 'cn-hangzhou.fc.aliyuncs.com' } }],
    },
    {
      code: "import * as catalog from '@fc-atlas/catalog';\ncatalog.fcEndpointUrl({ accountId, region: 'eu-north-9' });",
      errors: [{ messageId: 'invalidRegion', data: { problems: 'unknown region "eu-north-9"' }, suggestions: [] }],
    },
    // Misspelled region: the nearest region within distance 2, in the message and the one suggestion.
    wrong({
      code: "const endpoint = 'https://16530750.cn-shangai.fc.aliyuncs.com/2016-08-15/proxy';",
      at: '16530750.cn-shangai.fc.aliyuncs.com',
      problems: misspelled('cn-shangai', 'cn-shanghai'),
      corrected: '16530750.cn-shanghai.fc.aliyuncs.com',
      output: "const endpoint = 'https://16530750.cn-shanghai.fc.aliyuncs.com/2016-08-15/proxy';",
    }),
    wrong({
      code: "const endpoint = 'FCV3.CN-HANGZOU.ALIYUNCS.COM';",
      at: 'FCV3.CN-HANGZOU.ALIYUNCS.COM',
      problems: misspelled('cn-hangzou', 'cn-hangzhou'),
      corrected: 'fcv3.cn-hangzhou.aliyuncs.com',
      output: "const endpoint = 'fcv3.cn-hangzhou.aliyuncs.com';",
    }),
    wrong({
      code: "const trigger = 'https://my-func-abcd.cn-hangzou.fcapp.run/';",
      at: 'my-func-abcd.cn-hangzou.fcapp.run',
      problems: misspelled('cn-hangzou', 'cn-hangzhou'),
      corrected: 'my-func-abcd.cn-hangzhou.fcapp.run',
      output: "const trigger = 'https://my-func-abcd.cn-hangzhou.fcapp.run/';",
    }),
    // Unknown region with nothing within distance 2: named, no suggestion.
    wrong({
      code: "const endpoint = '16530750.eu-north-9.fc.aliyuncs.com';",
      at: '16530750.eu-north-9.fc.aliyuncs.com',
      problems: 'unknown region "eu-north-9"',
    }),
    // Wrong suffix.
    wrong({
      code: "const endpoint = '16530750.cn-hangzhou.fc.aliyuncs.con';",
      at: '16530750.cn-hangzhou.fc.aliyuncs.con',
      problems: suffix('aliyuncs.con'),
      corrected: '16530750.cn-hangzhou.fc.aliyuncs.com',
      output: "const endpoint = '16530750.cn-hangzhou.fc.aliyuncs.com';",
    }),
    wrong({
      code: "const endpoint = 'https://16530750.cn-hangzhou.fc.aliyun.com';",
      at: '16530750.cn-hangzhou.fc.aliyun.com',
      problems: suffix('aliyun.com'),
      corrected: '16530750.cn-hangzhou.fc.aliyuncs.com',
      output: "const endpoint = 'https://16530750.cn-hangzhou.fc.aliyuncs.com';",
    }),
    wrong({
      code: "const endpoint = '16530750.cn-hangzhou.fc.alyuncs.com';",
      at: '16530750.cn-hangzhou.fc.alyuncs.com',
      problems: suffix('alyuncs.com'),
      corrected: '16530750.cn-hangzhou.fc.aliyuncs.com',
      output: "const endpoint = '16530750.cn-hangzhou.fc.aliyuncs.com';",
    }),
    // White space inside the host.
    wrong({
      code: "const endpoint = '16530750.cn-hangzhou. fc.aliyuncs.com';",
      at: '16530750.cn-hangzhou. fc.aliyuncs.com',
      problems: 'white space inside the host',
      corrected: '16530750.cn-hangzhou.fc.aliyuncs.com',
      output: "const endpoint = '16530750.cn-hangzhou.fc.aliyuncs.com';",
    }),
    wrong({
      code: "const endpoint = '16530750 .cn-hangzhou.fc.aliyuncs.com';",
      at: '16530750 .cn-hangzhou.fc.aliyuncs.com',
      problems: 'white space inside the host',
      corrected: '16530750.cn-hangzhou.fc.aliyuncs.com',
      output: "const endpoint = '16530750.cn-hangzhou.fc.aliyuncs.com';",
    }),
    wrong({
      code: "const endpoint = '16530750.cn-hangzhou .fc.aliyuncs.com';",
      at: '16530750.cn-hangzhou .fc.aliyuncs.com',
      problems: 'white space inside the host',
      corrected: '16530750.cn-hangzhou.fc.aliyuncs.com',
      output: "const endpoint = '16530750.cn-hangzhou.fc.aliyuncs.com';",
    }),
    // .internal. for -internal.
    wrong({
      code: "const endpoint = '16530750.cn-hangzhou.internal.fc.aliyuncs.com';",
      at: '16530750.cn-hangzhou.internal.fc.aliyuncs.com',
      problems: DOT_INTERNAL,
      corrected: '16530750.cn-hangzhou-internal.fc.aliyuncs.com',
      output: "const endpoint = '16530750.cn-hangzhou-internal.fc.aliyuncs.com';",
    }),
    // A host whose mistake only the whole concatenation shows, reported once at the operand that ends it.
    wrong({
      code: "const endpoint = (a, r) => a + '.' + r + '.fc.aliyuncs.con';",
      at: "'.' + r + '.fc.aliyuncs.con'",
      host: '${…}.${…}.fc.aliyuncs.con',
      problems: suffix('aliyuncs.con'),
      corrected: '${…}.${…}.fc.aliyuncs.com',
      output: null,
    }),
    wrong({
      code: "const endpoint = (a, r) => a + '.' + r + '.internal.fc.aliyuncs.com';",
      at: "'.' + r + '.internal.fc.aliyuncs.com'",
      host: '${…}.${…}.internal.fc.aliyuncs.com',
      problems: DOT_INTERNAL,
      corrected: '${…}.${…}-internal.fc.aliyuncs.com',
      output: null,
    }),
    wrong({
      code: "const endpoint = (a) => 'https://' + a + '.cn-shangai' + '.fc.aliyuncs.com';",
      at: "'https://' + a + '.cn-shangai' + '.fc.aliyuncs.com'",
      host: '${…}.cn-shangai.fc.aliyuncs.com',
      problems: misspelled('cn-shangai', 'cn-shanghai'),
      corrected: '${…}.cn-shanghai.fc.aliyuncs.com',
      output: null,
    }),
    // A run-time operand starts the host and a stretch between run-time values is split over two strings: the literal
    // parts do not line up with the gaps between values, so no suggestion (one once turned `a.r` into `ar.`).
    wrong({
      code: "const endpoint = (a, r) => a + '.' + r + '.internal' + '.fc.aliyuncs.com';",
      at: "'.' + r + '.internal' + '.fc.aliyuncs.com'",
      host: '${…}.${…}.internal.fc.aliyuncs.com',
      problems: DOT_INTERNAL,
      corrected: '${…}.${…}-internal.fc.aliyuncs.com',
      output: null,
    }),
    wrong({
      code: "const endpoint = (a) => a + '.cn-shangai' + '.fc.aliyuncs.com';",
      at: "'.cn-shangai' + '.fc.aliyuncs.com'",
      host: '${…}.cn-shangai.fc.aliyuncs.com',
      problems: misspelled('cn-shangai', 'cn-shanghai'),
      corrected: '${…}.cn-shanghai.fc.aliyuncs.com',
      output: null,
    }),
    // A string that holds only part of a host, the rest of it in the string next to it: its own reading is not the
    // host, so its correction is no suggestion (one once turned '16530750.c' + 'n-shangai…' into "…ccn-shanghai…").
    wrong({
      code: "const endpoint = '16530750.c' + 'n-shangai.fc.aliyuncs.com';",
      at: "'16530750.c' + 'n-shangai.fc.aliyuncs.com'",
      host: '16530750.cn-shangai.fc.aliyuncs.com',
      problems: misspelled('cn-shangai', 'cn-shanghai'),
      corrected: '16530750.cn-shanghai.fc.aliyuncs.com',
      output: null,
    }),
    wrong({
      code: "const endpoint = 'fcv3.cn-shangai.aliyuncs.co' + 'm';",
      at: 'fcv3.cn-shangai.aliyuncs.co',
      problems: `${misspelled('cn-shangai', 'cn-shanghai')} and ${suffix('aliyuncs.co')}`,
      corrected: 'fcv3.cn-shanghai.aliyuncs.com',
      output: null,
    }),
    // Split after a dot, the string holds whole labels of the host: its correction holds for the whole.
    wrong({
      code: "const endpoint = 'https://16530750.' + 'cn-shangai.fc.aliyuncs.com';",
      at: 'cn-shangai.fc.aliyuncs.com',
      problems: misspelled('cn-shangai', 'cn-shanghai'),
      corrected: 'cn-shanghai.fc.aliyuncs.com',
      output: "const endpoint = 'https://16530750.' + 'cn-shanghai.fc.aliyuncs.com';",
    }),
    wrong({
      code: 'const endpoint = (a, r) => `${a}.` + r + \'.fc.aliyun.com\';',
      at: "${a}.` + r + '.fc.aliyun.com",
      host: '${…}.${…}.fc.aliyun.com',
      problems: suffix('aliyun.com'),
      corrected: '${…}.${…}.fc.aliyuncs.com',
      output: 'const endpoint = (a, r) => `${a}.` + r + \'.fc.aliyuncs.com\';',
    }),
    // -intranet (SLS's word) and near misses of -internal.
    wrong({
      code: "const endpoint = '16530750.cn-hangzhou-intranet.fc.aliyuncs.com';",
      at: '16530750.cn-hangzhou-intranet.fc.aliyuncs.com',
      problems: '"-intranet" should be "-internal"',
      corrected: '16530750.cn-hangzhou-internal.fc.aliyuncs.com',
      output: "const endpoint = '16530750.cn-hangzhou-internal.fc.aliyuncs.com';",
    }),
    // A non-numeric account glued to Chinese prose stays a mistake when it is not fused to a word.
    wrong({
      code: "const help = '请求地址：https://abc.cn-hangzhou.fc.aliyuncs.com';",
      at: 'abc.cn-hangzhou.fc.aliyuncs.com',
      problems: 'account id "abc" is not numeric (use the numeric Alibaba Cloud account id)',
    }),
    // Legacy label order <acct>.fc.<region>.
    wrong({
      code: "const endpoint = 'http://16530750.fc.ap-southeast-1.aliyuncs.com';",
      at: '16530750.fc.ap-southeast-1.aliyuncs.com',
      problems: LEGACY,
      corrected: '16530750.ap-southeast-1.fc.aliyuncs.com',
      output: "const endpoint = 'http://16530750.ap-southeast-1.fc.aliyuncs.com';",
    }),
    wrong({
      code: "const endpoint = '16530750.fc.cn-hangzhou-internal.aliyuncs.com';",
      at: '16530750.fc.cn-hangzhou-internal.aliyuncs.com',
      problems: LEGACY,
      corrected: '16530750.cn-hangzhou-internal.fc.aliyuncs.com',
      output: "const endpoint = '16530750.cn-hangzhou-internal.fc.aliyuncs.com';",
    }),
    // Non-numeric account id: no safe fix.
    wrong({
      code: "const endpoint = 'https://alice.cn-hangzhou.fc.aliyuncs.com';",
      at: 'alice.cn-hangzhou.fc.aliyuncs.com',
      problems: 'account id "alice" is not numeric (use the numeric Alibaba Cloud account id)',
    }),
    // Retired regions: the retirement date, no suggestion.
    wrong({
      code: "const endpoint = '16530750.ap-south-1.fc.aliyuncs.com';",
      at: '16530750.ap-south-1.fc.aliyuncs.com',
      problems: RETIRED_MUMBAI,
    }),
    wrong({
      code: "const endpoint = 'fcv3.ap-southeast-2.aliyuncs.com';",
      at: 'fcv3.ap-southeast-2.aliyuncs.com',
      problems: RETIRED_SYDNEY,
    }),
    // Outside a table keyed by the host's own region, the retired region is the code's choice.
    wrong({
      code: "const map = { sydney: 'fcv3.ap-southeast-2.aliyuncs.com' };",
      at: 'fcv3.ap-southeast-2.aliyuncs.com',
      problems: RETIRED_SYDNEY,
    }),
    wrong({
      code: "const map = { 'ap-southeast-1': 'fcv3.ap-south-1.aliyuncs.com' };",
      at: 'fcv3.ap-south-1.aliyuncs.com',
      problems: RETIRED_MUMBAI,
    }),
    wrong({
      code: "const map = { 'eu-north-9': 'https://' + 'eu-north-9.fc.aliyuncs.com' };",
      at: 'eu-north-9.fc.aliyuncs.com',
      problems: 'unknown region "eu-north-9"',
    }),
    // A table entry written wrong is still wrong: only facts about the region are the table's.
    wrong({
      code: "const map = { 'ap-south-1': 'fcv3.ap-south-1.aliyuncs.con' };",
      at: 'fcv3.ap-south-1.aliyuncs.con',
      problems: `${RETIRED_MUMBAI} and ${suffix('aliyuncs.con')}`,
    }),
    wrong({
      code: "const map = { 'me-central-1': 'fcv3.me-central-1.aliyuncs.com' };",
      at: 'fcv3.me-central-1.aliyuncs.com',
      problems: 'region "me-central-1" has no fcv3 host (use me-central-1.fc.aliyuncs.com or <account-id>.me-central-1.fc.aliyuncs.com)',
    }),
    // -internal on fcapp.run, where -vpc is right; -vpc on the API host, where -internal is right.
    wrong({
      code: "const trigger = 'https://my-func-abcd.cn-hangzhou-internal.fcapp.run';",
      at: 'my-func-abcd.cn-hangzhou-internal.fcapp.run',
      problems: 'HTTP trigger hosts use "-vpc", not "-internal"',
      corrected: 'my-func-abcd.cn-hangzhou-vpc.fcapp.run',
      output: "const trigger = 'https://my-func-abcd.cn-hangzhou-vpc.fcapp.run';",
    }),
    wrong({
      code: "const endpoint = '16530750.cn-hangzhou-vpc.fc.aliyuncs.com';",
      at: '16530750.cn-hangzhou-vpc.fc.aliyuncs.com',
      problems: 'FC API hosts use "-internal", not "-vpc"',
      corrected: '16530750.cn-hangzhou-internal.fc.aliyuncs.com',
      output: "const endpoint = '16530750.cn-hangzhou-internal.fc.aliyuncs.com';",
    }),
    // Several mistakes in one host: one report, one suggestion that fixes them all.
    wrong({
      code: "const endpoint = '16530750.cn-shangai.internal.fc.aliyun.con';",
      at: '16530750.cn-shangai.internal.fc.aliyun.con',
      problems: `${misspelled('cn-shangai', 'cn-shanghai')}, ${suffix('aliyun.con')} and ${DOT_INTERNAL}`,
      corrected: '16530750.cn-shanghai-internal.fc.aliyuncs.com',
      output: "const endpoint = '16530750.cn-shanghai-internal.fc.aliyuncs.com';",
    }),
    wrong({
      code: "const endpoint = '16530750.fc.cn-shangai.aliyuncs.com';",
      at: '16530750.fc.cn-shangai.aliyuncs.com',
      problems: `${misspelled('cn-shangai', 'cn-shanghai')} and ${LEGACY}`,
      corrected: '16530750.cn-shanghai.fc.aliyuncs.com',
      output: "const endpoint = '16530750.cn-shanghai.fc.aliyuncs.com';",
    }),
    // Templates with expressions: the report covers the ${...} inside the host, and the fix keeps them.
    wrong({
      code: 'const endpoint = `https://${accountId}.cn-shangai.fc.aliyuncs.com/2016-08-15`;',
      at: '${accountId}.cn-shangai.fc.aliyuncs.com',
      host: '${…}.cn-shangai.fc.aliyuncs.com',
      problems: misspelled('cn-shangai', 'cn-shanghai'),
      corrected: '${…}.cn-shanghai.fc.aliyuncs.com',
      output: 'const endpoint = `https://${accountId}.cn-shanghai.fc.aliyuncs.com/2016-08-15`;',
    }),
    wrong({
      code: 'const endpoint = `${accountId}.fc.${region}-internal.aliyuncs.com`;',
      at: '${accountId}.fc.${region}-internal.aliyuncs.com',
      host: '${…}.fc.${…}-internal.aliyuncs.com',
      problems: LEGACY,
      corrected: '${…}.${…}-internal.fc.aliyuncs.com',
      output: 'const endpoint = `${accountId}.${region}-internal.fc.aliyuncs.com`;',
    }),
    wrong({
      code: 'const endpoint = `${accountId}.cn-hangzhou.internal.fc.aliyuncs.com/${path}`;',
      at: '${accountId}.cn-hangzhou.internal.fc.aliyuncs.com',
      host: '${…}.cn-hangzhou.internal.fc.aliyuncs.com',
      problems: DOT_INTERNAL,
      corrected: '${…}.cn-hangzhou-internal.fc.aliyuncs.com',
      output: 'const endpoint = `${accountId}.cn-hangzhou-internal.fc.aliyuncs.com/${path}`;',
    }),
    // A ${...} glued to the TLD ends the host, as a slash does.
    wrong({
      code: 'const url = `https://${acct}.cn-shangai.fc.aliyuncs.com${path}`;',
      at: '${acct}.cn-shangai.fc.aliyuncs.com',
      host: '${…}.cn-shangai.fc.aliyuncs.com',
      problems: misspelled('cn-shangai', 'cn-shanghai'),
      corrected: '${…}.cn-shanghai.fc.aliyuncs.com',
      output: 'const url = `https://${acct}.cn-shanghai.fc.aliyuncs.com${path}`;',
    }),
    // A fragment after a run-time account id.
    wrong({
      code: "const endpoint = accountId + '.cn-shangai.fc.aliyuncs.com';",
      at: 'cn-shangai.fc.aliyuncs.com',
      host: '….cn-shangai.fc.aliyuncs.com',
      problems: misspelled('cn-shangai', 'cn-shanghai'),
      corrected: '….cn-shanghai.fc.aliyuncs.com',
      output: "const endpoint = accountId + '.cn-shanghai.fc.aliyuncs.com';",
    }),
    // Escapes before and inside the host: raw offsets, and the fix replaces the escaped source.
    wrong({
      code: "const endpoint = '\\t\\u{1F600}\\x31\\u0036530750.cn-sh\\x61ngai.fc.aliyuncs.com';",
      at: '\\x31\\u0036530750.cn-sh\\x61ngai.fc.aliyuncs.com',
      host: '16530750.cn-shangai.fc.aliyuncs.com',
      problems: misspelled('cn-shangai', 'cn-shanghai'),
      corrected: '16530750.cn-shanghai.fc.aliyuncs.com',
      output: "const endpoint = '\\t\\u{1F600}16530750.cn-shanghai.fc.aliyuncs.com';",
    }),
    wrong({
      code: "const endpoint = 'https://16530750.cn-hang\\\nzhou.fc.aliyun.com';",
      at: '16530750.cn-hang\\\nzhou.fc.aliyun.com',
      host: '16530750.cn-hangzhou.fc.aliyun.com',
      problems: suffix('aliyun.com'),
      corrected: '16530750.cn-hangzhou.fc.aliyuncs.com',
      output: "const endpoint = 'https://16530750.cn-hangzhou.fc.aliyuncs.com';",
    }),
    wrong({
      code: 'const message = `first line\r\nsecond line: ${x} 16530750.cn-shangai.fc.aliyuncs.com`;',
      at: '16530750.cn-shangai.fc.aliyuncs.com',
      problems: misspelled('cn-shangai', 'cn-shanghai'),
      corrected: '16530750.cn-shanghai.fc.aliyuncs.com',
      output: 'const message = `first line\r\nsecond line: ${x} 16530750.cn-shanghai.fc.aliyuncs.com`;',
    }),
    wrong({
      code: 'const path = String.raw`C:\\fc\\16530750.cn-shangai.fc.aliyuncs.com`;',
      at: '16530750.cn-shangai.fc.aliyuncs.com',
      problems: misspelled('cn-shangai', 'cn-shanghai'),
      corrected: '16530750.cn-shanghai.fc.aliyuncs.com',
      output: 'const path = String.raw`C:\\fc\\16530750.cn-shanghai.fc.aliyuncs.com`;',
    }),
    // JSX attributes and text, through entities.
    wrong({
      code: 'const link = <a href="https://16530750.cn-hangzhou.internal.fc.aliyuncs.com/2016-08-15/proxy/">Invoke</a>;',
      at: '16530750.cn-hangzhou.internal.fc.aliyuncs.com',
      problems: DOT_INTERNAL,
      corrected: '16530750.cn-hangzhou-internal.fc.aliyuncs.com',
      output: 'const link = <a href="https://16530750.cn-hangzhou-internal.fc.aliyuncs.com/2016-08-15/proxy/">Invoke</a>;',
    }),
    wrong({
      code: 'const link = <a title="&quot;&#x1F600; 16530750.cn-shangai.fc.aliyuncs.com">x</a>;',
      at: '16530750.cn-shangai.fc.aliyuncs.com',
      problems: misspelled('cn-shangai', 'cn-shanghai'),
      corrected: '16530750.cn-shanghai.fc.aliyuncs.com',
      output: 'const link = <a title="&quot;&#x1F600; 16530750.cn-shanghai.fc.aliyuncs.com">x</a>;',
    }),
    wrong({
      code: 'const help = <p>&lt;endpoint&gt; is 16530750.cn-shangai.fc.aliyuncs.com</p>;',
      at: '16530750.cn-shangai.fc.aliyuncs.com',
      problems: misspelled('cn-shangai', 'cn-shanghai'),
      corrected: '16530750.cn-shanghai.fc.aliyuncs.com',
      output: 'const help = <p>&lt;endpoint&gt; is 16530750.cn-shanghai.fc.aliyuncs.com</p>;',
    }),
    // Plain JS.
    wrong({
      code: "var client = new FC('16530750', { endpoint: 'https://16530750.cn-shangai.fc.aliyuncs.com' });",
      at: '16530750.cn-shangai.fc.aliyuncs.com',
      nth: 0,
      problems: misspelled('cn-shangai', 'cn-shanghai'),
      corrected: '16530750.cn-shanghai.fc.aliyuncs.com',
      output: "var client = new FC('16530750', { endpoint: 'https://16530750.cn-shanghai.fc.aliyuncs.com' });",
      filename: 'client.js',
    }),
    // A placeholder host with a misspelled region is still a mistake (in the region, not the placeholder).
    wrong({
      code: "const doc = '<account-id>.cn-shangai.fc.aliyuncs.com';",
      at: '<account-id>.cn-shangai.fc.aliyuncs.com',
      problems: misspelled('cn-shangai', 'cn-shanghai'),
      corrected: '<account-id>.cn-shanghai.fc.aliyuncs.com',
      output: "const doc = '<account-id>.cn-shanghai.fc.aliyuncs.com';",
    }),
    // Two hosts in one string: only the wrong one, once.
    wrong({
      code: "const hosts = '16530750.cn-hangzhou.fc.aliyuncs.com, 16530750.cn-shangai.fc.aliyuncs.com';",
      at: '16530750.cn-shangai.fc.aliyuncs.com',
      problems: misspelled('cn-shangai', 'cn-shanghai'),
      corrected: '16530750.cn-shanghai.fc.aliyuncs.com',
      output: "const hosts = '16530750.cn-hangzhou.fc.aliyuncs.com, 16530750.cn-shanghai.fc.aliyuncs.com';",
    }),
  ],
});

/** Lints with the real `Linter`, for the cases below that RuleTester cannot express as "fails until fixed". */
function lint(code: string) {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser },
        plugins: { fc: { rules: { 'valid-endpoint': rule as never } } },
        rules: { 'fc/valid-endpoint': 'error' },
      },
    ],
    'file.ts',
  );
}

describe('the message reads as one sentence', () => {
  it('names the misspelled region, the nearest one and the corrected host', () => {
    const [message] = lint("const endpoint = '16530750.cn-shangai.fc.aliyuncs.com';");
    expect(message?.message).toBe(
      'Invalid Function Compute endpoint "16530750.cn-shangai.fc.aliyuncs.com": unknown region "cn-shangai" (did you mean "cn-shanghai"?). Use "16530750.cn-shanghai.fc.aliyuncs.com" instead.',
    );
  });
});

describe('suggestions on hosts split over several operands', () => {
  // Every host below, cut into two or three string operands at every position (with the account and region sometimes
  // run-time values): a suggestion, applied and evaluated, must give the whole host's correction.
  const hosts = [
    '16530750.cn-shangai.fc.aliyuncs.com',
    '16530750.cn-hangzhou.internal.fc.aliyuncs.com',
    'fcv3.cn-shangai.aliyuncs.con',
    'my-fn.cn-hangzhou-internal.fcapp.run',
    '16530750.fc.cn-shangai.aliyuncs.com',
  ];
  const values = { a: '16530750', r: 'cn-hangzhou' };
  const evaluate = (expression: string) => new Function('a', 'r', `return ${expression};`)(values.a, values.r) as string;
  const samples: string[] = [];
  for (const host of hosts) {
    const forms = [host, host.replace('16530750', "' + a + '"), host.replace('cn-hangzhou', "' + r + '")];
    for (const form of new Set(forms)) {
      for (let cut = 1; cut < form.length; cut++) {
        if (form[cut - 1] === "'" || form[cut] === "'" || form[cut - 1] === ' ' || form[cut] === ' ') continue;
        samples.push(`'${form.slice(0, cut)}' + '${form.slice(cut)}'`.replaceAll("'' + ", '').replaceAll(" + ''", ''));
      }
    }
  }

  it('gives the corrected host, or no suggestion', () => {
    let applied = 0;
    for (const expression of samples) {
      const code = `const endpoint = ${expression};`;
      const whole = evaluate(expression);
      const corrected = checkEndpoint(whole)?.corrected;
      for (const message of lint(code)) {
        for (const suggestion of message.suggestions ?? []) {
          const fixed = code.slice(0, suggestion.fix.range[0]) + suggestion.fix.text + code.slice(suggestion.fix.range[1]);
          expect(evaluate(fixed.slice('const endpoint = '.length, -1)), `${code} -> ${fixed}`).toBe(corrected);
          applied++;
        }
      }
    }
    expect(samples.length).toBeGreaterThan(300);
    expect(applied).toBeGreaterThan(4);
  });
});
