import { type InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageId, type Options } from '../../src/rules/no-hardcoded-endpoint.js';
import { at, createRuleTester, oddSyntax } from './support.js';

const ruleTester = createRuleTester({ jsx: true });


interface Finding {
  /** The source text the report must cover exactly. */
  at: string;
  nth?: number;
  messageId?: Exclude<MessageId, 'badAllowEntry' | 'useBuilder'>;
  /** The host (or fragment) as the message shows it; defaults to `at`. */
  host?: string;
  builder?: 'fcEndpoint' | 'fcv3Endpoint';
  /** The catalog call the one suggestion offers, and the code after applying it; no suggestion when absent. */
  call?: string;
  output?: string;
}

function error(code: string, finding: Finding) {
  const messageId = finding.messageId ?? 'hardcodedEndpoint';
  const host = finding.host ?? finding.at;
  const data =
    messageId === 'hostFragment'
      ? { fragment: host }
      : messageId === 'hardcodedTriggerUrl' || messageId === 'hardcodedRegionHost'
        ? { host }
        : { host, builder: finding.builder ?? 'fcEndpoint' };
  const suggestions =
    finding.call === undefined ? [] : [{ messageId: 'useBuilder' as const, data: { call: finding.call }, output: finding.output! }];
  return { messageId, data, suggestions, ...at(code, finding.at, finding.nth) };
}

/** One invalid case with every field asserted: location, message id, data and the exact suggestion output. */
function hard(
  spec: Finding & { code: string; filename?: string; sourceType?: 'script' | 'commonjs'; ecmaVersion?: 3 | 5; options?: Options; also?: Finding[] },
): InvalidTestCase<MessageId, Options> {
  const languageOptions = { ...(spec.sourceType ? { sourceType: spec.sourceType } : {}), ...(spec.ecmaVersion ? { ecmaVersion: spec.ecmaVersion } : {}) };
  return {
    code: spec.code,
    ...(spec.filename ? { filename: spec.filename } : {}),
    // RuleTester's types omit sourceType, which ESLint passes on: the script and CommonJS cases need it.
    ...(Object.keys(languageOptions).length > 0 ? { languageOptions: languageOptions as InvalidTestCase<MessageId, Options>['languageOptions'] } : {}),
    ...(spec.options ? { options: spec.options } : {}),
    errors: [error(spec.code, spec), ...(spec.also ?? []).map((f) => error(spec.code, f))],
  };
}

const IMPORT = (name: string) => `import { ${name} } from '@fc-atlas/catalog';\n`;


const HOST = '16530750.cn-hangzhou.fc.aliyuncs.com';

ruleTester.run('no-hardcoded-endpoint', rule, {
  valid: [
    // Hosts with mistakes are valid-endpoint's to report: one report per host across the two rules.
    "const endpoint = '16530750.cn-shangai.fc.aliyuncs.com';",
    "const endpoint = '16530750.fc.cn-hangzhou.aliyuncs.com';",
    "const endpoint = '16530750.ap-south-1.fc.aliyuncs.com';",
    'const endpoint = `https://${accountId}.cn-hangzhou.internal.fc.aliyuncs.com`;',
    // Placeholders in docs and SDK endpoint maps.
    "const sdkMap = { 'cn-hangzhou': 'account-id.cn-hangzhou.fc.aliyuncs.com' };",
    // A table keyed by region whose hosts carry no account id (an SDK's generated endpoint map) picks the host from a
    // region given at run time. Twins: another key, or an account id in the host, are reported below.
    "this.endpointMap = { 'cn-hangzhou': 'fcv3.cn-hangzhou.aliyuncs.com', 'cn-hangzhou-finance': 'cn-hangzhou-finance.fc.aliyuncs.com' };",
    "const hosts = new Map([['ap-southeast-1', 'https://fcv3.ap-southeast-1.aliyuncs.com/']]);",
    'const hosts = { "ap-southeast-5": "fcv3.ap-southeast-5.aliyuncs.com\t" };',
    "const doc = 'https://<account-id>.cn-hangzhou.fc.aliyuncs.com';",
    "const masked = '1234****.cn-hangzhou.fc.aliyuncs.com';",
    "const doc = '{accountId}.{region}.fc.aliyuncs.com';",
    // Trigger URLs are reported only with includeTriggerUrls.
    "const trigger = 'https://my-func-abcd.cn-hangzhou.fcapp.run/';",
    'const trigger = `https://${name}.cn-hangzhou-vpc.fcapp.run`;',
    // Neighbouring and other products' hosts.
    "const ide = 'https://ide.fc.aliyun.com/';",
    "const sandbox = 'https://49999-i6x3kbq6.e2b.fc.aliyuncs.com';",
    "const devs = 'https://my-app.fc.devsapp.net';",
    "const bucket = 'https://my-bucket.oss-cn-hangzhou.aliyuncs.com/key';",
    "const sls = 'https://my-project.cn-hangzhou.log.aliyuncs.com';",
    "const ecs = 'ecs.cn-hangzhou.aliyuncs.com';",
    "const s3 = 'https://my-bucket.s3.us-east-2.amazonaws.com';",
    // RAM policies name FC by its service principal; prose that mentions the suffix builds nothing.
    "const policy = { Statement: [{ Effect: 'Allow', Principal: { Service: ['fc.aliyuncs.com'] } }] };",
    'const policy = \'{"Principal":{"Service":["fc.aliyuncs.com"]}}\';',
    "throw new Error('the endpoint must end with .fc.aliyuncs.com');",
    "const hint = 'Deployed to cn-hangzhou. fc.aliyuncs.com must be trusted by the role';",
    // A regional host followed by an FC 2.0 API path is a mistake: valid-endpoint reports it, once.
    "const probe = 'http://cn-hangzhou.fc.aliyuncs.com/2016-08-15/services';",
    "const probe = 'http://cn-hangzhou.fc.aliyuncs.com' + '/2016-08-15/services';",
    // Log lines and error messages name a host; they call nothing. Twins: the same strings as a value, reported below.
    'console.log(`invoking https://${accountId}.${region}.fc.aliyuncs.com/2016-08-15/proxy`);',
    "this.logger.info('FC endpoint: ' + accountId + '.cn-hangzhou.fc.aliyuncs.com');",
    `log.warn('falling back to ${HOST}', err);`,
    'throw new TypeError(`cannot reach ${accountId}.cn-hangzhou-internal.fc.aliyuncs.com from outside a VPC`);',
    // Structured log lines: a field of an object or an item of an array passed to a logger is logged, not called.
    `logger.info({ endpoint: 'https://${HOST}' }, 'calling FC');`,
    `console.error({ err, hosts: ['https://${HOST}'] });`,
    `log.warn({ endpoint: retry ? 'https://${HOST}' : other });`,
    // The debug package's loggers, and the GitHub Actions toolkit's, traced through import and require.
    `import createDebug from 'debug';\nconst debug = createDebug('app:fc');\ndebug('calling https://${HOST}');`,
    `const debug = require('debug')('app:fc');\ndebug('calling %s', 'https://${HOST}');`,
    `import * as core from '@actions/core';\ncore.info('deployed to https://${HOST}');`,
    `const core = require('@actions/core');\ncore.warning('cannot reach https://${HOST}');`,
    `import { notice } from '@actions/core';\nnotice('deployed to https://${HOST}');`,
    // A command's or generator's own log method (oclif, Yeoman).
    `class Deploy { run() { this.log('deployed to https://${HOST}'); } }`,
    // The plain Error constructor, with or without `new`, as well as its subclasses.
    `throw new Error('cannot reach https://${HOST}');`,
    `throw Error('cannot reach https://${HOST}');`,
    `reject(new Error(\`cannot reach https://${HOST}\`));`,
    // Comments, regex literals and type positions.
    `// ${HOST}\n/* https://${HOST}/2016-08-15 */ const a = 1;`,
    'const re = /^\\d+\\.cn-hangzhou-internal\\.fc\\.aliyuncs\\.com$/;',
    'const re = /-internal.fc.aliyuncs.com$/;',
    `type Host = '${HOST}';`,
    'type Host = `${number}.${string}.fc.aliyuncs.com`;',
    `interface Hosts { '${HOST}': string }`,
    `import endpoints from './${HOST}.json';`,
    // Allowed hosts: exact (any case, as a URL too) and with "*" for one label.
    { code: `const endpoint = 'https://${HOST}';`, options: [{ allow: ['16530750.CN-HANGZHOU.fc.aliyuncs.com'] }] },
    { code: `const endpoint = '${HOST}';`, options: [{ allow: [`https://${HOST}/`] }] },
    { code: 'const endpoint = `${accountId}.cn-hangzhou.fc.aliyuncs.com`;', options: [{ allow: ['*.cn-hangzhou.fc.aliyuncs.com'] }] },
    {
      code: "const trigger = 'my-func-abcd.cn-hangzhou.fcapp.run';",
      options: [{ includeTriggerUrls: true, allow: ['*.cn-hangzhou.fcapp.run'] }],
    },
    ...oddSyntax,
  ],
  invalid: [
    // A plain string: the suggestion calls the catalog and adds the import.
    hard({
      code: `const endpoint = '${HOST}';`,
      at: HOST,
      call: "fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' })",
      output: `${IMPORT('fcEndpoint')}const endpoint = fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' });`,
    }),
    hard({
      code: `import { parseEndpoint } from '@fc-atlas/catalog';\nconst endpoint = 'HTTPS://16530750.CN-HANGZHOU-INTERNAL.FC.ALIYUNCS.COM/2016-08-15/proxy/svc/fn/';`,
      at: '16530750.CN-HANGZHOU-INTERNAL.FC.ALIYUNCS.COM',
      call: "fcEndpointUrl({ accountId: '16530750', region: 'cn-hangzhou', internal: true })",
      output:
        "import { parseEndpoint, fcEndpointUrl } from '@fc-atlas/catalog';\nconst endpoint = `${fcEndpointUrl({ accountId: '16530750', region: 'cn-hangzhou', internal: true })}/2016-08-15/proxy/svc/fn/`;",
    }),
    hard({
      code: `import FC from '@alicloud/fc2';\nconst client = new FC('16530750', { endpoint: 'http://${HOST}' });`,
      at: HOST,
      call: "fcEndpointUrl({ accountId: '16530750', region: 'cn-hangzhou', protocol: 'http' })",
      output: `import FC from '@alicloud/fc2';\n${IMPORT('fcEndpointUrl').trimEnd()}\nconst client = new FC('16530750', { endpoint: fcEndpointUrl({ accountId: '16530750', region: 'cn-hangzhou', protocol: 'http' }) });`,
    }),
    hard({
      code: "const endpoint = 'fcv3.cn-hangzhou.aliyuncs.com';",
      at: 'fcv3.cn-hangzhou.aliyuncs.com',
      builder: 'fcv3Endpoint',
      call: "fcv3Endpoint({ region: 'cn-hangzhou' })",
      output: `${IMPORT('fcv3Endpoint')}const endpoint = fcv3Endpoint({ region: 'cn-hangzhou' });`,
    }),
    hard({
      code: "const endpoint = 'https://fcv3.ap-southeast-1.aliyuncs.com/2023-03-30/functions';",
      at: 'fcv3.ap-southeast-1.aliyuncs.com',
      builder: 'fcv3Endpoint',
      call: "fcv3Endpoint({ region: 'ap-southeast-1' })",
      output: `${IMPORT('fcv3Endpoint')}const endpoint = \`https://\${fcv3Endpoint({ region: 'ap-southeast-1' })}/2023-03-30/functions\`;`,
    }),
    // Industry-cloud regions: fcEndpoint() accepts them only when told to.
    hard({
      code: "const endpoint = '16530750.cn-hangzhou-finance.fc.aliyuncs.com';",
      at: '16530750.cn-hangzhou-finance.fc.aliyuncs.com',
      call: "fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou-finance', allowUnlistedRegion: true })",
      output: `${IMPORT('fcEndpoint')}const endpoint = fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou-finance', allowUnlistedRegion: true });`,
    }),
    // No suggestion where no builder makes the same string: region-only hosts, ports, hosts inside longer text or JSON.
    // A regional host (no account id) has its own message: fcEndpoint() builds a different host.
    hard({ code: "const endpoint = 'https://cn-hangzhou.fc.aliyuncs.com';", at: 'cn-hangzhou.fc.aliyuncs.com', messageId: 'hardcodedRegionHost' }),
    hard({ code: "const url = 'https://cn-hangzhou.fc.aliyuncs.com/2023-03-30/functions';", at: 'cn-hangzhou.fc.aliyuncs.com', messageId: 'hardcodedRegionHost' }),
    hard({ code: 'const endpoint = `https://${region}.fc.aliyuncs.com`;', at: '${region}.fc.aliyuncs.com', messageId: 'hardcodedRegionHost', host: '${…}.fc.aliyuncs.com' }),
    hard({ code: `const endpoint = 'https://${HOST}:8443/';`, at: HOST }),
    hard({ code: `const config = '{"endpoint":"https://${HOST}"}';`, at: HOST }),
    hard({
      code: `const hosts = 'primary ${HOST}, backup 16530750.cn-shanghai.fc.aliyuncs.com';`,
      at: HOST,
      also: [{ at: '16530750.cn-shanghai.fc.aliyuncs.com' }],
    }),
    // Templates: every quasi, also after ${...}; an assembled host keeps its expressions in the call.
    hard({
      code: 'const endpoint = `https://${accountId}.cn-hangzhou.fc.aliyuncs.com/2016-08-15/${path}`;',
      at: '${accountId}.cn-hangzhou.fc.aliyuncs.com',
      messageId: 'assembledEndpoint',
      host: '${…}.cn-hangzhou.fc.aliyuncs.com',
      call: "fcEndpointUrl({ accountId, region: 'cn-hangzhou' })",
      output: `${IMPORT('fcEndpointUrl')}const endpoint = \`\${fcEndpointUrl({ accountId, region: 'cn-hangzhou' })}/2016-08-15/\${path}\`;`,
    }),
    hard({
      code: 'const endpoint = `${config.account}.${region}-internal.fc.aliyuncs.com`;',
      at: '${config.account}.${region}-internal.fc.aliyuncs.com',
      messageId: 'assembledEndpoint',
      host: '${…}.${…}-internal.fc.aliyuncs.com',
      call: 'fcEndpoint({ accountId: config.account, region, internal: true })',
      output: `${IMPORT('fcEndpoint')}const endpoint = fcEndpoint({ accountId: config.account, region, internal: true });`,
    }),
    hard({
      code: 'const endpoint = `${(log(), accountId)}.cn-hangzhou.fc.aliyuncs.com`;',
      at: '${(log(), accountId)}.cn-hangzhou.fc.aliyuncs.com',
      messageId: 'assembledEndpoint',
      host: '${…}.cn-hangzhou.fc.aliyuncs.com',
      call: "fcEndpoint({ accountId: (log(), accountId), region: 'cn-hangzhou' })",
      output: `${IMPORT('fcEndpoint')}const endpoint = fcEndpoint({ accountId: (log(), accountId), region: 'cn-hangzhou' });`,
    }),
    hard({ code: `const message = \`\${user} calls ${HOST}\`;`, at: HOST }),
    // Twins of the log lines and error messages left alone: the same strings passed to a call that is not a logger.
    hard({
      code: 'fetch(`https://${accountId}.${region}.fc.aliyuncs.com/2016-08-15/proxy`);',
      at: '${accountId}.${region}.fc.aliyuncs.com',
      messageId: 'assembledEndpoint',
      host: '${…}.${…}.fc.aliyuncs.com',
      call: 'fcEndpointUrl({ accountId, region })',
      output: `${IMPORT('fcEndpointUrl')}fetch(\`\${fcEndpointUrl({ accountId, region })}/2016-08-15/proxy\`);`,
    }),
    hard({
      code: "this.client.info('FC endpoint: ' + accountId + '.cn-hangzhou.fc.aliyuncs.com');",
      at: 'cn-hangzhou.fc.aliyuncs.com',
      messageId: 'assembledEndpoint',
      host: '….cn-hangzhou.fc.aliyuncs.com',
    }),
    // Twins of the structured log lines: a call inside the object, and a field of an object that is no log line.
    hard({ code: `logger.info({ response: fetch('https://${HOST}') });`, at: HOST, call: "fcEndpointUrl({ accountId: '16530750', region: 'cn-hangzhou' })", output: `${IMPORT('fcEndpointUrl')}logger.info({ response: fetch(fcEndpointUrl({ accountId: '16530750', region: 'cn-hangzhou' })) });` }),
    hard({ code: `client.info({ endpoint: 'https://${HOST}' });`, at: HOST, call: "fcEndpointUrl({ accountId: '16530750', region: 'cn-hangzhou' })", output: `${IMPORT('fcEndpointUrl')}client.info({ endpoint: fcEndpointUrl({ accountId: '16530750', region: 'cn-hangzhou' }) });` }),
    // Twins of the traced loggers: the same names bound to something else.
    hard({ code: `const debug = makeClient();\ndebug('calling https://${HOST}');`, at: HOST }),
    hard({ code: `import * as core from './core.js';\ncore.info('deployed to https://${HOST}');`, at: HOST }),
    hard({ code: `import { notice } from '@actions/core';\nnotice.send('deployed to https://${HOST}');`, at: HOST }),
    hard({ code: `this.request('deployed to https://${HOST}');`, at: HOST }),
    // Twins of the error messages: a call whose name only ends in `Error`-like letters, or an Error-named method.
    hard({ code: `throw makeError('cannot reach https://${HOST}');`, at: HOST }),
    hard({ code: `reportError.send('cannot reach https://${HOST}');`, at: HOST }),
    hard({ code: `new Errors('cannot reach https://${HOST}');`, at: HOST }),
    hard({ code: `const raw = String.raw\`\\d ${HOST}\`;`, at: HOST }),
    hard({ code: `const q = gql\`query { endpoint(host: "${HOST}") }\`;`, at: HOST }),
    hard({
      code: 'const endpoint = `https://${accountId}.${region}.fc.aliyuncs.com\r\n`;',
      at: '${accountId}.${region}.fc.aliyuncs.com',
      messageId: 'assembledEndpoint',
      host: '${…}.${…}.fc.aliyuncs.com',
    }),
    // A ${...} glued to the TLD ends the host, as a slash does.
    hard({
      code: 'const url = `https://${acct}.cn-hangzhou.fc.aliyuncs.com${path}`;',
      at: '${acct}.cn-hangzhou.fc.aliyuncs.com',
      messageId: 'assembledEndpoint',
      host: '${…}.cn-hangzhou.fc.aliyuncs.com',
    }),
    // Concatenation that assembles the host, and suffix fragments that build or test hosts.
    hard({
      code: "const endpoint = accountId + '.cn-hangzhou.fc.aliyuncs.com';",
      at: 'cn-hangzhou.fc.aliyuncs.com',
      messageId: 'assembledEndpoint',
      host: '….cn-hangzhou.fc.aliyuncs.com',
    }),
    hard({
      code: "const endpoint = 'https://' + accountId + '.' + region + '-internal.fc.aliyuncs.com';",
      at: '-internal.fc.aliyuncs.com',
      messageId: 'assembledEndpoint',
      host: '…-internal.fc.aliyuncs.com',
    }),
    hard({
      code: 'let host = accountId;\nhost += `.${region}.fc.aliyuncs.com`;',
      at: '${region}.fc.aliyuncs.com',
      messageId: 'assembledEndpoint',
      host: '….${…}.fc.aliyuncs.com',
    }),
    hard({
      code: "const INTERNAL_SUFFIX = '-internal.fc.aliyuncs.com';",
      at: '-internal.fc.aliyuncs.com',
      messageId: 'hostFragment',
    }),
    hard({
      code: "if (url.hostname.endsWith('.fc.aliyuncs.com')) retry();",
      at: 'fc.aliyuncs.com',
      messageId: 'hostFragment',
      host: '.fc.aliyuncs.com',
    }),
    // JSX: attributes get the call in braces; text is reported without a suggestion.
    hard({
      code: `const link = <a href="https://${HOST}/2016-08-15/proxy/svc/fn/?a=1&amp;b=2">Invoke</a>;`,
      at: HOST,
      call: "fcEndpointUrl({ accountId: '16530750', region: 'cn-hangzhou' })",
      output: `${IMPORT('fcEndpointUrl')}const link = <a href={\`\${fcEndpointUrl({ accountId: '16530750', region: 'cn-hangzhou' })}/2016-08-15/proxy/svc/fn/?a=1&b=2\`}>Invoke</a>;`,
    }),
    hard({ code: `const help = <p>Endpoint: &lt;${HOST}&gt;</p>;`, at: HOST }),
    // Suggestion details: directives stay first, aliased imports are used, keywords keep their space.
    hard({
      code: `'use client';\nconst endpoint = '${HOST}';`,
      at: HOST,
      call: "fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' })",
      output: `'use client';\n${IMPORT('fcEndpoint')}const endpoint = fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' });`,
    }),
    hard({
      code: `import { fcEndpoint as buildEndpoint } from '@fc-atlas/catalog';\nconst endpoint = '${HOST}';`,
      at: HOST,
      call: "buildEndpoint({ accountId: '16530750', region: 'cn-hangzhou' })",
      output: `import { fcEndpoint as buildEndpoint } from '@fc-atlas/catalog';\nconst endpoint = buildEndpoint({ accountId: '16530750', region: 'cn-hangzhou' });`,
    }),
    hard({
      code: `function endpoint() { return'${HOST}' }`,
      at: HOST,
      call: "fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' })",
      output: `${IMPORT('fcEndpoint')}function endpoint() { return fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' }) }`,
    }),
    hard({
      code: `const url = 'https://${HOST}/a\`b\${c}\\\\';`,
      at: HOST,
      call: "fcEndpointUrl({ accountId: '16530750', region: 'cn-hangzhou' })",
      output: `${IMPORT('fcEndpointUrl')}const url = \`\${fcEndpointUrl({ accountId: '16530750', region: 'cn-hangzhou' })}/a\\\`b\\\${c}\\\\\`;`,
    }),
    // No suggestion where a call cannot stand or would mean something else.
    hard({ code: `function f(fcEndpoint: unknown) { return '${HOST}'; }`, at: HOST }),
    hard({ code: `const byHost = { '${HOST}': 1 };`, at: HOST }),
    hard({ code: `class Client { '${HOST}' = 1; }`, at: HOST }),
    hard({ code: `enum Endpoint { Hangzhou = '${HOST}' }`, at: HOST }),
    hard({ code: `const endpoint = '${HOST}' as const;`, at: HOST }),
    hard({ code: `declare const endpoint = '${HOST}';`, at: HOST }),
    hard({
      code: `const config = { endpoint: '${HOST}' } as const;`,
      at: HOST,
      call: "fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' })",
      output: `${IMPORT('fcEndpoint')}const config = { endpoint: fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' }) } as const;`,
    }),
    // A script (no module system) can take no import: no suggestion.
    hard({ code: `var endpoint = '${HOST}';`, at: HOST, filename: 'client.js', sourceType: 'script' }),
    // The import takes the line break of the line it goes next to: CRLF files stay CRLF.
    hard({
      code: `import FC from '@alicloud/fc2';\r\nconst endpoint = '${HOST}';\r\n`,
      at: HOST,
      call: "fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' })",
      output: `import FC from '@alicloud/fc2';\r\n${IMPORT('fcEndpoint').trimEnd()}\r\nconst endpoint = fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' });\r\n`,
    }),
    hard({
      code: `'use client';\r\nconst endpoint = '${HOST}';`,
      at: HOST,
      call: "fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' })",
      output: `'use client';\r\n${IMPORT('fcEndpoint').trimEnd()}\r\nconst endpoint = fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' });`,
    }),
    // ES3 and ES5 files have no `const`, destructuring, templates or shorthand properties: no suggestion.
    hard({ code: `'use strict';\nvar endpoint = '${HOST}';`, at: HOST, filename: 'client.cjs', sourceType: 'script', ecmaVersion: 5 }),
    hard({ code: `var FC = require('@alicloud/fc2');\nvar url = 'https://${HOST}/2016-08-15/services';`, at: HOST, filename: 'client.js', sourceType: 'commonjs', ecmaVersion: 3 }),
    // CommonJS: configured, a .cjs file, or a .js file that uses require or module.exports (ESLint and typescript-eslint
    // parse those as modules): the builder comes from require, never from an import the file could not run.
    hard({
      code: `'use strict';\nvar endpoint = '${HOST}';`,
      filename: 'client.cjs',
      sourceType: 'script',
      at: HOST,
      call: "fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' })",
      output: `'use strict';\nconst { fcEndpoint } = require('@fc-atlas/catalog');\nvar endpoint = fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' });`,
    }),
    hard({
      code: `'use strict';\nconst FCClient = require('@alicloud/fc2');\nconst client = new FCClient('16530750', { endpoint: 'https://${HOST}' });\nmodule.exports = client;`,
      filename: 'client.js',
      at: HOST,
      call: "fcEndpointUrl({ accountId: '16530750', region: 'cn-hangzhou' })",
      output: `'use strict';\nconst FCClient = require('@alicloud/fc2');\nconst { fcEndpointUrl } = require('@fc-atlas/catalog');\nconst client = new FCClient('16530750', { endpoint: fcEndpointUrl({ accountId: '16530750', region: 'cn-hangzhou' }) });\nmodule.exports = client;`,
    }),
    hard({
      code: `exports.endpoint = '${HOST}';`,
      filename: 'client.ts',
      at: HOST,
      call: "fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' })",
      output: `const { fcEndpoint } = require('@fc-atlas/catalog');\nexports.endpoint = fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' });`,
    }),
    hard({
      code: `const { parseEndpoint } = require('@fc-atlas/catalog');\nconst endpoint = '${HOST}';`,
      filename: 'client.js',
      sourceType: 'commonjs',
      at: HOST,
      call: "fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' })",
      output: `const { parseEndpoint, fcEndpoint } = require('@fc-atlas/catalog');\nconst endpoint = fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' });`,
    }),
    hard({
      code: `const { fcEndpoint: build } = require('@fc-atlas/catalog');\nconst endpoint = '${HOST}';`,
      filename: 'client.js',
      at: HOST,
      call: "build({ accountId: '16530750', region: 'cn-hangzhou' })",
      output: `const { fcEndpoint: build } = require('@fc-atlas/catalog');\nconst endpoint = build({ accountId: '16530750', region: 'cn-hangzhou' });`,
    }),
    hard({
      code: `const catalog = require('@fc-atlas/catalog');\nconst endpoint = '${HOST}';`,
      filename: 'client.js',
      at: HOST,
      call: "catalog.fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' })",
      output: `const catalog = require('@fc-atlas/catalog');\nconst endpoint = catalog.fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' });`,
    }),
    // A namespace import is reused; a file with import declarations stays an ES module even if it also calls require.
    hard({
      code: `import * as fcAtlas from '@fc-atlas/catalog';\nconst endpoint = '${HOST}';`,
      at: HOST,
      call: "fcAtlas.fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' })",
      output: `import * as fcAtlas from '@fc-atlas/catalog';\nconst endpoint = fcAtlas.fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' });`,
    }),
    hard({
      code: `import fs from 'node:fs';\nconst legacy = require('./legacy');\nconst endpoint = '${HOST}';`,
      at: HOST,
      call: "fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' })",
      output: `import fs from 'node:fs';\nimport { fcEndpoint } from '@fc-atlas/catalog';\nconst legacy = require('./legacy');\nconst endpoint = fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' });`,
    }),
    // A namespace whose name a local binding shadows is not reused.
    hard({
      code: `import * as cat from '@fc-atlas/catalog';\nfunction f(cat) { return '${HOST}'; }`,
      at: HOST,
      call: "fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' })",
      output: `import * as cat from '@fc-atlas/catalog';\nimport { fcEndpoint } from '@fc-atlas/catalog';\nfunction f(cat) { return fcEndpoint({ accountId: '16530750', region: 'cn-hangzhou' }); }`,
    }),
    hard({
      code: "const hosts = { hangzhou: 'fcv3.cn-hangzhou.aliyuncs.com' };",
      at: 'fcv3.cn-hangzhou.aliyuncs.com',
      builder: 'fcv3Endpoint',
      call: "fcv3Endpoint({ region: 'cn-hangzhou' })",
      output: `${IMPORT('fcv3Endpoint')}const hosts = { hangzhou: fcv3Endpoint({ region: 'cn-hangzhou' }) };`,
    }),
    hard({ code: "const hosts = { 'cn-shanghai': 'cn-hangzhou.fc.aliyuncs.com' };", at: 'cn-hangzhou.fc.aliyuncs.com', messageId: 'hardcodedRegionHost' }),
    hard({ code: `const sdkMap = { 'cn-hangzhou': 'https://${HOST}' };`, at: HOST, call: "fcEndpointUrl({ accountId: '16530750', region: 'cn-hangzhou' })", output: `${IMPORT('fcEndpointUrl')}const sdkMap = { 'cn-hangzhou': fcEndpointUrl({ accountId: '16530750', region: 'cn-hangzhou' }) };` }),
    // Odd text around the host.
    hard({ code: `const a = '\\uD800${HOST}\uDC00';`, at: HOST }),
    hard({ code: `var endpoint = '\\t${HOST}';`, at: HOST, filename: 'client.js' }),
    // Trigger URLs with includeTriggerUrls.
    hard({
      code: "const trigger = 'https://my-func-abcd.cn-hangzhou-vpc.fcapp.run/invoke';",
      at: 'my-func-abcd.cn-hangzhou-vpc.fcapp.run',
      messageId: 'hardcodedTriggerUrl',
      options: [{ includeTriggerUrls: true }],
    }),
    // Allow entries: only the listed host passes; entries that can never match are reported, not ignored.
    hard({
      code: `const a = '${HOST}';\nconst b = '16530750.cn-shanghai.fc.aliyuncs.com';`,
      at: '16530750.cn-shanghai.fc.aliyuncs.com',
      options: [{ allow: [HOST] }],
      call: "fcEndpoint({ accountId: '16530750', region: 'cn-shanghai' })",
      output: `${IMPORT('fcEndpoint')}const a = '${HOST}';\nconst b = fcEndpoint({ accountId: '16530750', region: 'cn-shanghai' });`,
    }),
    {
      code: "const a = 'fc';",
      options: [
        {
          allow: [
            'my-bucket.oss-cn-hangzhou.aliyuncs.com',
            '16530750.cn-shangai.fc.aliyuncs.com',
            'a*.cn-hangzhou.fc.aliyuncs.com',
            'account-id.cn-hangzhou.fc.aliyuncs.com',
          ],
        },
      ],
      errors: [
        {
          messageId: 'badAllowEntry',
          data: { entry: 'my-bucket.oss-cn-hangzhou.aliyuncs.com', reason: 'is not a Function Compute host or host pattern' },
          line: 1,
          column: 1,
          endLine: undefined,
          endColumn: undefined,
        },
        {
          messageId: 'badAllowEntry',
          data: {
            entry: '16530750.cn-shangai.fc.aliyuncs.com',
            reason: 'is not a valid Function Compute host: unknown region "cn-shangai" (did you mean "cn-shanghai"?)',
          },
          line: 1,
          column: 1,
          endLine: undefined,
          endColumn: undefined,
        },
        {
          messageId: 'badAllowEntry',
          data: { entry: 'a*.cn-hangzhou.fc.aliyuncs.com', reason: 'uses "*" inside a label ("*" stands for one whole label)' },
          line: 1,
          column: 1,
          endLine: undefined,
          endColumn: undefined,
        },
        {
          messageId: 'badAllowEntry',
          data: { entry: 'account-id.cn-hangzhou.fc.aliyuncs.com', reason: 'is a placeholder, which this rule never reports' },
          line: 1,
          column: 1,
          endLine: undefined,
          endColumn: undefined,
        },
      ],
    },
  ],
});
