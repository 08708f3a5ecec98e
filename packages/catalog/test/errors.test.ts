import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { FcError, fromSdkError, parseErrorBody, retryDelay, toFcError, type FcResponseLike } from '../src/errors.js';
import { getErrorCode } from '../src/lookup.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The HTML page a gateway answers with when the function's HTTP server is down (FC 2.0 HTTP trigger). */
const NGINX_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
  '<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n';

describe('parseErrorBody: the spellings FC uses', () => {
  it('reads the FC 2.0 docs spelling errorCode/errorMessage', () => {
    expect(parseErrorBody('{"errorCode":"FunctionNotFound","errorMessage":"function \'f\' does not exist"}')).toEqual({
      format: 'fc2',
      code: 'FunctionNotFound',
      message: "function 'f' does not exist",
      raw: { errorCode: 'FunctionNotFound', errorMessage: "function 'f' does not exist" },
    });
  });

  it('reads the 2016-08-15 SDK spelling ErrorCode/ErrorMessage', () => {
    const result = parseErrorBody({ ErrorCode: 'ServiceNotFound', ErrorMessage: 'service not found' });
    expect(result).toMatchObject({ format: 'fc2-sdk', code: 'ServiceNotFound', message: 'service not found' });
    expect(result?.requestId).toBeUndefined();
  });

  it('falls back from ErrorMessage to errorMessage like the fc2 Node SDK', () => {
    expect(parseErrorBody({ ErrorCode: 'AccessDenied', errorMessage: 'denied' })).toMatchObject({
      format: 'fc2-sdk',
      code: 'AccessDenied',
      message: 'denied',
    });
  });

  it('reads the FC 3.0 spelling Code/Message/RequestId', () => {
    expect(parseErrorBody('{"Code":"InvalidArgument","Message":"bad memorySize","RequestId":"1-66a-b2"}')).toEqual({
      format: 'fc3',
      code: 'InvalidArgument',
      message: 'bad memorySize',
      requestId: '1-66a-b2',
      raw: { Code: 'InvalidArgument', Message: 'bad memorySize', RequestId: '1-66a-b2' },
    });
  });

  it('reads lower-case code/message/requestId as the FC 3.0 shape', () => {
    expect(parseErrorBody({ code: 'ResourceExhausted', message: 'too many', requestId: 'r-9' })).toMatchObject({
      format: 'fc3',
      code: 'ResourceExhausted',
      message: 'too many',
      requestId: 'r-9',
    });
  });

  it('reads a function error body {errorMessage, errorType, stackTrace} as an invocation error', () => {
    const body = {
      errorMessage: 'boom',
      errorType: 'TypeError',
      stackTrace: ['TypeError: boom', '    at handler (/code/index.js:3:9)'],
    };
    expect(parseErrorBody(JSON.stringify(body))).toEqual({
      format: 'invocation',
      message: 'boom',
      errorType: 'TypeError',
      stackTrace: ['TypeError: boom', '    at handler (/code/index.js:3:9)'],
      raw: body,
    });
  });

  it('reads a body with a code by its spelling even when it also has errorType, and a stack-only body as invocation', () => {
    expect(parseErrorBody({ errorCode: 'BadResponse', errorMessage: 'm', errorType: 'Error' })).toMatchObject({
      format: 'fc2',
      code: 'BadResponse',
      errorType: 'Error',
    });
    expect(parseErrorBody({ stackTrace: ['at main'] })).toMatchObject({ format: 'invocation', stackTrace: ['at main'] });
  });

  it('splits a stack trace given as one string into lines', () => {
    expect(parseErrorBody({ errorType: 'Exception', stackTrace: 'line one\r\n  line two\n\n' })?.stackTrace).toEqual([
      'line one',
      '  line two',
    ]);
  });

  it('reads a message-only body by its spelling', () => {
    expect(parseErrorBody({ errorMessage: 'handled' })?.format).toBe('fc2');
    expect(parseErrorBody({ ErrorMessage: 'x' })?.format).toBe('fc2-sdk');
    expect(parseErrorBody({ Message: 'x' })?.format).toBe('fc3');
  });

  it('prefers errorCode, then ErrorCode, then Code, then code when a body has several', () => {
    expect(parseErrorBody({ code: 'd', Code: 'c', ErrorCode: 'b', errorCode: 'a' })).toMatchObject({ code: 'a', format: 'fc2' });
    expect(parseErrorBody({ code: 'd', Code: 'c', ErrorCode: 'b' })).toMatchObject({ code: 'b', format: 'fc2-sdk' });
    expect(parseErrorBody({ code: 'd', Code: 'c' })).toMatchObject({ code: 'c', format: 'fc3' });
  });
});

describe('parseErrorBody: input forms and clean-up', () => {
  const fc3Json = '{"Code":"AccessDenied","Message":"no","RequestId":"r1"}';

  it('decodes a Uint8Array', () => {
    expect(parseErrorBody(encode(fc3Json))).toMatchObject({ format: 'fc3', code: 'AccessDenied', requestId: 'r1' });
  });

  it('decodes an ArrayBuffer', () => {
    const bytes = encode(fc3Json);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect(parseErrorBody(buffer)).toMatchObject({ format: 'fc3', code: 'AccessDenied' });
  });

  it('decodes only the viewed part of a larger buffer', () => {
    const framed = encode(`XXXX${fc3Json}YYYY`);
    const view = framed.subarray(4, framed.length - 4);
    expect(parseErrorBody(view)).toMatchObject({ code: 'AccessDenied' });
    expect(parseErrorBody(new DataView(framed.buffer, framed.byteOffset + 4, framed.length - 8))).toMatchObject({
      code: 'AccessDenied',
    });
  });

  it('drops a UTF-8 byte-order mark and keeps non-ASCII text intact', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...encode('{"ErrorCode":"InvalidArgument","ErrorMessage":"参数无效"}')]);
    expect(parseErrorBody(withBom)).toMatchObject({ code: 'InvalidArgument', message: '参数无效' });
  });

  it('trims surrounding whitespace of the text and of every field', () => {
    expect(parseErrorBody('\n  {"Code":"  InvalidArgument\\t","Message":"  spaced  ","RequestId":" r "}  \n')).toMatchObject({
      code: 'InvalidArgument',
      message: 'spaced',
      requestId: 'r',
    });
  });

  it('ignores non-string and blank code fields', () => {
    const numeric = parseErrorBody({ Code: 400, Message: 'bad' });
    expect(numeric).toMatchObject({ format: 'fc3', message: 'bad' });
    expect(numeric?.code).toBeUndefined();
    expect(parseErrorBody({ errorCode: 42, ErrorCode: 'AccessDenied' })).toMatchObject({ code: 'AccessDenied', format: 'fc2-sdk' });
    expect(parseErrorBody({ errorCode: '   ', Code: 'Throttled' })?.code).toBe('Throttled');
    expect(parseErrorBody({ Code: 'undefined', Message: 'from `${body.Code}`' })?.code).toBeUndefined();
  });

  it('reads a cyclic object without looping', () => {
    const cyclic: Record<string, unknown> = { Code: 'ConcurrentUpdateError' };
    cyclic['self'] = cyclic;
    expect(parseErrorBody(cyclic)).toMatchObject({ code: 'ConcurrentUpdateError', raw: cyclic });
  });
});

describe('parseErrorBody: what is not an error body', () => {
  it('turns an HTML 502 page into an unknown body whose message is the page title', () => {
    expect(parseErrorBody(NGINX_502)).toEqual({ format: 'unknown', message: '502 Bad Gateway', raw: NGINX_502 });
    expect(parseErrorBody(encode(NGINX_502))?.message).toBe('502 Bad Gateway');
  });

  it('falls back to the tag-stripped text for HTML without a title', () => {
    expect(parseErrorBody('<html><body><h1>Service   Unavailable</h1></body></html>')?.message).toBe('Service Unavailable');
  });

  it('keeps plain text such as "Process exited unexpectedly" as the message', () => {
    const text = 'Process exited unexpectedly before completing request (duration: 3ms)\n';
    expect(parseErrorBody(text)).toEqual({
      format: 'unknown',
      message: 'Process exited unexpectedly before completing request (duration: 3ms)',
      raw: text,
    });
  });

  it('treats JSON that is not an object as text', () => {
    expect(parseErrorBody('[1,2]')).toMatchObject({ format: 'unknown', message: '[1,2]' });
    expect(parseErrorBody('{"Code": "Truncated')).toMatchObject({ format: 'unknown', message: '{"Code": "Truncated' });
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 502],
    ['a boolean', true],
    ['an array', [{ Code: 'AccessDenied' }]],
    ['a function', () => 'x'],
    ['an empty string', ''],
    ['a blank string', ' \n\t '],
    ['empty bytes', new Uint8Array()],
    ['an empty object', {}],
    ['an object with no FC field', { error: 'x', status: 500 }],
    ['JSON text with no FC field', '{"foo":1}'],
    ['JSON "{}"', '{}'],
  ])('returns undefined for %s', (_label, value) => {
    expect(parseErrorBody(value)).toBeUndefined();
  });

  it('returns undefined for objects that throw when read', () => {
    const throwingGetter = Object.defineProperty({}, 'Code', {
      get() {
        throw new Error('getter');
      },
    });
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    const { proxy: revoked, revoke } = Proxy.revocable({ Code: 'AccessDenied' }, {});
    revoke();
    expect(parseErrorBody(throwingGetter)).toBeUndefined();
    expect(parseErrorBody(hostile)).toBeUndefined();
    expect(parseErrorBody(revoked)).toBeUndefined();
  });

  it('shortens a huge non-JSON string to an excerpt instead of keeping it as the message', () => {
    const huge = 'x'.repeat(2_000_000);
    const result = parseErrorBody(huge);
    expect(result?.format).toBe('unknown');
    expect(result?.message).toBe(`${'x'.repeat(300)}…`);
  });

  it('marks an excerpt as shortened when the text goes on past the scanned part', () => {
    expect(parseErrorBody(`Bad ${' '.repeat(5000)}Gateway`)?.message).toBe('Bad…');
    expect(parseErrorBody(`Bad ${' '.repeat(50)}Gateway`)?.message).toBe('Bad Gateway');
  });

  it('does not JSON-parse text over the size limit, but parses a large body under it', () => {
    const padded = `{"Code":"InternalServerError","Message":"${'m'.repeat(100_000)}"}`;
    expect(parseErrorBody(padded)?.code).toBe('InternalServerError');
    const oversized = `{"Code":"InternalServerError","Message":"${'m'.repeat(1_000_001)}"}`;
    expect(parseErrorBody(oversized)).toMatchObject({ format: 'unknown' });
    expect(parseErrorBody(oversized)?.code).toBeUndefined();
  });
});

describe('parseErrorBody: properties', () => {
  const formats = new Set(['fc2', 'fc2-sdk', 'fc3', 'invocation', 'unknown']);

  function assertWellFormed(result: ReturnType<typeof parseErrorBody>): void {
    if (result === undefined) return;
    expect(formats.has(result.format)).toBe(true);
    for (const field of [result.code, result.message, result.requestId, result.errorType]) {
      if (field !== undefined) {
        expect(typeof field).toBe('string');
        expect(field).toBe(field.trim());
        expect(field).not.toBe('');
      }
    }
  }

  it('never throws on arbitrary values and returns a well-formed result', () => {
    fc.assert(
      fc.property(fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true }), (value) => {
        assertWellFormed(parseErrorBody(value));
      }),
    );
  });

  it('never throws on arbitrary strings and JSON text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.json()), (text) => {
        assertWellFormed(parseErrorBody(text));
      }),
    );
  });

  it('reads back any non-blank string code in each spelling, trimmed', () => {
    const spelling = fc.constantFrom(['errorCode', 'fc2'], ['ErrorCode', 'fc2-sdk'], ['Code', 'fc3'], ['code', 'fc3']);
    const code = fc.string({ minLength: 1 }).filter((s) => !['', 'undefined', 'null'].includes(s.trim()));
    fc.assert(
      fc.property(spelling, code, ([field, format], value) => {
        const result = parseErrorBody(JSON.stringify({ [field]: value }));
        expect(result?.code).toBe(value.trim());
        expect(result?.format).toBe(format);
      }),
    );
  });
});

describe('FcError', () => {
  it('is an Error named FcError whose message names the code, status and request id', () => {
    const error = new FcError({ kind: 'api', code: 'FunctionNotFound', httpStatus: 404, requestId: '1-abc', serverMessage: 'gone' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('FcError');
    expect(error.message).toBe('FC API error FunctionNotFound (HTTP 404, request id 1-abc): gone');
    expect(String(error.stack).split('\n')[0]).toBe('FcError: FC API error FunctionNotFound (HTTP 404, request id 1-abc): gone');
    expect(Object.keys(error)).not.toContain('name');
  });

  it('leaves out the parts it does not know', () => {
    expect(new FcError({ kind: 'api', httpStatus: 502 }).message).toBe('FC API error (HTTP 502)');
    expect(new FcError({ kind: 'api', code: 'AccessDenied', requestId: 'r' }).message).toBe('FC API error AccessDenied (request id r)');
  });

  it('puts a function error type before its message', () => {
    const error = new FcError({
      kind: 'function',
      code: 'UnhandledInvocationError',
      httpStatus: 200,
      errorType: 'TypeError',
      serverMessage: 'x is not a function',
    });
    expect(error.message).toBe('FC function error UnhandledInvocationError (HTTP 200): TypeError: x is not a function');
  });

  it('takes info and retryable from the catalog', () => {
    const exhausted = new FcError({ kind: 'api', code: 'ResourceExhausted' });
    expect(exhausted.info).toBe(getErrorCode('ResourceExhausted'));
    expect(exhausted.retryable).toBe(true);
    expect(new FcError({ kind: 'api', code: 'InvalidArgument' }).retryable).toBe(false);
    // conditional: only for idempotent calls, so not blindly retryable
    expect(new FcError({ kind: 'api', code: 'ClientClosedRequest' }).retryable).toBe(false);
  });

  it('treats an unknown code as retryable only when the service sent a retry-after hint', () => {
    const unknown = new FcError({ kind: 'api', code: 'Throttling.User' });
    expect(unknown.info).toBeUndefined();
    expect(unknown.retryable).toBe(false);
    expect(new FcError({ kind: 'api', code: 'Throttling.User', retryAfterMs: 800 }).retryable).toBe(true);
    // a catalog "no" is not overridden by a hint
    expect(new FcError({ kind: 'api', code: 'AccessDenied', retryAfterMs: 800 }).retryable).toBe(false);
  });

  it('keeps the original error as cause', () => {
    const original = new Error('sdk');
    expect(new FcError({ kind: 'api', cause: original }).cause).toBe(original);
    expect('cause' in new FcError({ kind: 'api' })).toBe(false);
  });
});

describe('toFcError', () => {
  it('builds an API error from a 4xx/5xx response in each spelling', () => {
    const fc3 = toFcError({ status: 404, body: '{"Code":"FunctionNotFound","Message":"nope","RequestId":"1-x"}' });
    expect(fc3).toBeInstanceOf(FcError);
    expect(fc3).toMatchObject({ kind: 'api', code: 'FunctionNotFound', httpStatus: 404, requestId: '1-x', serverMessage: 'nope' });
    expect(fc3?.info?.code).toBe('FunctionNotFound');

    const fc2 = toFcError({ status: 403, body: { ErrorCode: 'SignatureNotMatch', ErrorMessage: 'bad signature' } });
    expect(fc2).toMatchObject({ code: 'SignatureNotMatch', httpStatus: 403, retryable: false });
    expect(fc2?.body?.format).toBe('fc2-sdk');
  });

  it('takes the request id from x-fc-request-id when the body has none, in any header shape and case', () => {
    const body = '{"errorCode":"ServiceNotFound","errorMessage":"no service"}';
    const shapes = [
      new Headers({ 'X-Fc-Request-Id': 'from-headers' }),
      new Map([['X-FC-REQUEST-ID', 'from-headers']]),
      { 'x-Fc-Request-id': 'from-headers' },
      { 'x-fc-request-id': ['from-headers', 'second'] },
      [['X-Fc-Request-Id', 'from-headers']] as [string, string][],
    ];
    for (const headers of shapes) {
      expect(toFcError({ status: 404, body, headers })?.requestId).toBe('from-headers');
    }
  });

  it('prefers the body request id, then x-fc-request-id, then x-acs-request-id', () => {
    const headers = { 'x-fc-request-id': 'fc', 'x-acs-request-id': 'acs' };
    expect(toFcError({ status: 500, body: { Code: 'InternalServerError', RequestId: 'body' }, headers })?.requestId).toBe('body');
    expect(toFcError({ status: 500, body: { Code: 'InternalServerError' }, headers })?.requestId).toBe('fc');
    expect(toFcError({ status: 500, headers: { 'X-Acs-Request-Id': 'acs' } })?.requestId).toBe('acs');
  });

  it('builds a function error from HTTP 200 with X-Fc-Error-Type in any case', () => {
    const body = { errorMessage: 'boom', errorType: 'Error', stackTrace: ['Error: boom', '  at handler'] };
    for (const headers of [
      new Headers({ 'X-Fc-Error-Type': 'UnhandledInvocationError', 'X-Fc-Request-Id': 'inv-1' }),
      { 'X-FC-ERROR-TYPE': 'UnhandledInvocationError', 'x-fc-request-id': 'inv-1' },
      new Map([
        ['x-fc-error-type', 'UnhandledInvocationError'],
        ['x-fc-request-id', 'inv-1'],
      ]),
    ]) {
      const error = toFcError({ status: 200, body: JSON.stringify(body), headers });
      expect(error).toMatchObject({
        kind: 'function',
        code: 'UnhandledInvocationError',
        httpStatus: 200,
        requestId: 'inv-1',
        errorType: 'Error',
        serverMessage: 'boom',
        functionStackTrace: ['Error: boom', '  at handler'],
        retryable: false,
      });
      expect(error?.info?.scope).toBe('invocation');
    }
  });

  it('reads HandledInvocationError with a plain-text body', () => {
    const error = toFcError({ status: 200, body: 'it failed', headers: { 'x-fc-error-type': 'HandledInvocationError' } });
    expect(error).toMatchObject({ kind: 'function', code: 'HandledInvocationError', serverMessage: 'it failed' });
  });

  it('counts 400 and 599 as errors, the edges of the API-error range', () => {
    expect(toFcError({ status: 400, body: { Code: 'InvalidArgument' } })).toMatchObject({ kind: 'api', httpStatus: 400, code: 'InvalidArgument' });
    expect(toFcError({ status: 599 })).toMatchObject({ kind: 'api', httpStatus: 599 });
  });

  it('returns undefined for successes and statuses that are not errors', () => {
    expect(toFcError({ status: 200, body: '{"Code":"AccessDenied"}' })).toBeUndefined();
    expect(toFcError({ status: 204, headers: { 'x-fc-request-id': 'r' } })).toBeUndefined();
    expect(toFcError({ status: 200, headers: { 'x-fc-error-type': '   ' } })).toBeUndefined();
    expect(toFcError({ status: 302, headers: { 'x-fc-error-type': 'UnhandledInvocationError' } })).toBeUndefined();
    expect(toFcError({ status: 399 })).toBeUndefined();
    expect(toFcError({ status: 600 })).toBeUndefined();
    expect(toFcError({ status: Number.NaN })).toBeUndefined();
    expect(toFcError({ status: 404.5 })).toBeUndefined();
  });

  it('treats a 4xx/5xx as an API error even when X-Fc-Error-Type is present', () => {
    const error = toFcError({ status: 429, body: { Code: 'ResourceExhausted' }, headers: { 'x-fc-error-type': 'UnhandledInvocationError' } });
    expect(error).toMatchObject({ kind: 'api', code: 'ResourceExhausted', retryable: true });
  });

  it('turns an HTML 502 into an API error without a code', () => {
    const error = toFcError({ status: 502, body: NGINX_502, headers: { 'content-type': 'text/html' } });
    expect(error).toMatchObject({ kind: 'api', httpStatus: 502, serverMessage: '502 Bad Gateway', retryable: false });
    expect(error?.code).toBeUndefined();
    expect(error?.message).toBe('FC API error (HTTP 502): 502 Bad Gateway');
  });

  it('reads retry hints from x-acs-retry-after (ms) and Retry-After (seconds)', () => {
    expect(toFcError({ status: 429, headers: { 'X-Acs-Retry-After': '1500' } })?.retryAfterMs).toBe(1500);
    expect(toFcError({ status: 503, headers: new Headers({ 'Retry-After': '2' }) })?.retryAfterMs).toBe(2000);
    expect(toFcError({ status: 503, headers: { 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' } })?.retryAfterMs).toBeUndefined();
    expect(toFcError({ status: 503, headers: { 'x-acs-retry-after': '0' } })?.retryAfterMs).toBeUndefined();
  });

  it('survives headers that throw', () => {
    const headers = new Proxy({}, { ownKeys: () => { throw new Error('trap'); } });
    expect(toFcError({ status: 500, body: { Code: 'InternalServerError' }, headers })).toMatchObject({ code: 'InternalServerError' });
  });

  it('never throws on arbitrary status, body and headers', () => {
    const status = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double(), fc.anything());
    fc.assert(
      fc.property(status, fc.anything({ withTypedArray: true, withMap: true }), fc.anything({ withMap: true }), (s, body, headers) => {
        const response = { status: s, body, headers } as unknown as FcResponseLike;
        const result = toFcError(response);
        if (typeof s === 'number' && Number.isInteger(s) && s >= 400 && s <= 599) {
          expect(result).toBeInstanceOf(FcError);
          expect(result?.httpStatus).toBe(s);
        } else if (result !== undefined) {
          expect(result.kind).toBe('function');
        }
      }),
    );
  });

  it('returns undefined rather than throwing for a non-object response', () => {
    expect(toFcError(null as unknown as FcResponseLike)).toBeUndefined();
    expect(toFcError('500' as unknown as FcResponseLike)).toBeUndefined();
  });
});

describe('fromSdkError', () => {
  /** What @alicloud/fc2 throws: a plain Error, name FC<ErrorCode>Error, code = ErrorCode, no statusCode. */
  function fc2Error(code: string | undefined, status: number, requestId: string, message: string): Error & { code?: string } {
    const err: Error & { code?: string } = new Error(
      `GET /services/demo failed with ${status}. requestid: ${requestId}, message: ${message}.`,
    );
    err.name = `FC${String(code)}Error`;
    err.code = code;
    return err;
  }

  it('reads an @alicloud/fc2 error, recovering status, request id and message from its text', () => {
    const original = fc2Error('ServiceNotFound', 404, '1-aa-bb', 'service demo does not exist');
    const error = fromSdkError(original);
    expect(error).toMatchObject({
      kind: 'api',
      code: 'ServiceNotFound',
      httpStatus: 404,
      requestId: '1-aa-bb',
      serverMessage: 'service demo does not exist',
      retryable: false,
    });
    expect(error?.cause).toBe(original);
  });

  it('reads FCundefinedError (non-JSON body) as an error without a code', () => {
    const error = fromSdkError(fc2Error(undefined, 502, 'undefined', 'undefined'));
    expect(error).toMatchObject({ kind: 'api', httpStatus: 502 });
    expect(error?.code).toBeUndefined();
    expect(error?.requestId).toBeUndefined();
    expect(error?.serverMessage).toBeUndefined();
  });

  it('reads a Darabonba/tea ResponseError whose code is "undefined" from data.ErrorCode or data.errorCode', () => {
    const teaError = (data: Record<string, unknown>): Error =>
      Object.assign(new Error('code: 404, undefined request id: undefined'), { code: 'undefined', statusCode: 404, data });
    expect(fromSdkError(teaError({ ErrorCode: 'FunctionNotFound', ErrorMessage: 'f', statusCode: 404 }))).toMatchObject({
      code: 'FunctionNotFound',
      httpStatus: 404,
      serverMessage: 'f',
    });
    expect(fromSdkError(teaError({ errorCode: 'AliasNotFound', errorMessage: 'a' }))?.code).toBe('AliasNotFound');
  });

  it('reads the status from data.statusCode when the error lacks one', () => {
    const err = Object.assign(new Error('x'), { code: 'ConcurrentUpdateError', data: { Code: 'ConcurrentUpdateError', statusCode: 409 } });
    expect(fromSdkError(err)).toMatchObject({ code: 'ConcurrentUpdateError', httpStatus: 409, retryable: true });
  });

  it('reads an openapi-core ClientError', () => {
    const err = Object.assign(new Error('code: 400, bad memorySize request id: 7-req'), {
      name: 'ClientError',
      statusCode: 400,
      code: 'InvalidArgument',
      requestId: '7-req',
      data: { Code: 'InvalidArgument', Message: 'bad memorySize', RequestId: '7-req' },
    });
    expect(fromSdkError(err)).toMatchObject({
      code: 'InvalidArgument',
      httpStatus: 400,
      requestId: '7-req',
      serverMessage: 'bad memorySize',
      retryable: false,
    });
  });

  it('reads an openapi-core ThrottlingError and its retryAfter in milliseconds', () => {
    const throttled = Object.assign(new Error('code: 429, slow down request id: t-1'), {
      name: 'ThrottlingError',
      statusCode: 429,
      code: 'ResourceExhausted',
      requestId: 't-1',
      retryAfter: 1200,
    });
    expect(fromSdkError(throttled)).toMatchObject({ code: 'ResourceExhausted', retryAfterMs: 1200, retryable: true });

    const unknownCode = Object.assign(new Error('throttled'), { name: 'ThrottlingError', statusCode: 400, code: 'Throttling.User', retryAfter: 80 });
    expect(fromSdkError(unknownCode)).toMatchObject({ code: 'Throttling.User', retryAfterMs: 80, retryable: true });
  });

  it('falls back to the request id written in the SDK message', () => {
    const err = Object.assign(new Error('code: 500, oops request id: 9F2C-11'), { statusCode: 500, code: 'InternalServerError' });
    expect(fromSdkError(err)?.requestId).toBe('9F2C-11');
  });

  it('returns an FcError unchanged', () => {
    const error = new FcError({ kind: 'api', code: 'AccessDenied' });
    expect(fromSdkError(error)).toBe(error);
  });

  it.each([
    ['a TypeError', new TypeError('x is undefined')],
    ['a Node system error', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', errno: -104, syscall: 'read' })],
    ['an httpx timeout', Object.assign(new Error('ReadTimeout(60000)'), { name: 'RequestTimeoutError' })],
    ['a tea RetryError', Object.assign(new Error(''), { name: 'RetryError', data: { request: {}, response: {} } })],
    ['a 2xx statusCode', Object.assign(new Error('ok'), { statusCode: 200, code: 'OK' })],
    ['a string', 'FCServiceNotFoundError'],
    ['null', null],
  ])('returns undefined for %s', (_label, value) => {
    expect(fromSdkError(value)).toBeUndefined();
  });

  it('never throws on arbitrary values, including hostile objects', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('trap'); } });
    expect(fromSdkError(hostile)).toBeUndefined();
    fc.assert(
      fc.property(fc.anything({ withMap: true, withTypedArray: true }), (value) => {
        const result = fromSdkError(value);
        expect(result === undefined || result instanceof FcError).toBe(true);
      }),
    );
  });
});

describe('retryDelay', () => {
  const half = (): number => 0.5;

  it('returns undefined for codes the catalog does not call retryable', () => {
    expect(retryDelay('InvalidArgument', 0, { random: half })).toBeUndefined();
    expect(retryDelay('ClientClosedRequest', 0, { random: half })).toBeUndefined(); // conditional
    expect(retryDelay('UnhandledInvocationError', 0, { random: half })).toBeUndefined(); // conditional
    expect(retryDelay('NoSuchCode', 0, { random: half })).toBeUndefined();
    expect(retryDelay(new TypeError('network'), 0, { random: half })).toBeUndefined();
  });

  it('doubles the jittered ceiling with each attempt', () => {
    const options = { baseMs: 100, maxMs: 10_000, random: half };
    expect([0, 1, 2, 3, 4].map((attempt) => retryDelay('ResourceExhausted', attempt, options))).toEqual([50, 100, 200, 400, 800]);
  });

  it('caps the ceiling at maxMs, even for huge attempts', () => {
    expect(retryDelay('ResourceThrottled', 10, { baseMs: 100, maxMs: 1000, random: half })).toBe(500);
    expect(retryDelay('ResourceThrottled', 5000, { baseMs: 100, maxMs: 1000, random: () => 0.999 })).toBe(999);
  });

  it('uses full jitter: random 0 gives 0, random just under 1 stays under the ceiling', () => {
    expect(retryDelay('InternalServerError', 3, { baseMs: 100, random: () => 0 })).toBe(0);
    expect(retryDelay('InternalServerError', 3, { baseMs: 100, random: () => 0.999_999 })).toBe(799);
  });

  it('defaults to a 500 ms base and a 20 s cap', () => {
    expect(retryDelay('ConcurrentUpdateError', 0, { random: half })).toBe(250);
    expect(retryDelay('ConcurrentUpdateError', 20, { random: () => 0.75 })).toBe(15_000);
  });

  it('stays a whole number within [0, min(maxMs, baseMs * 2^attempt))', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 80 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (attempt, sample, baseMs, extra) => {
          const maxMs = baseMs + extra;
          const delay = retryDelay('ResourceExhausted', attempt, { baseMs, maxMs, random: () => sample });
          expect(Number.isInteger(delay)).toBe(true);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThan(Math.min(maxMs, baseMs * 2 ** attempt));
        },
      ),
    );
  });

  it('returns the retry-after hint as is, not jittered and not capped', () => {
    const hinted = new FcError({ kind: 'api', code: 'ResourceExhausted', retryAfterMs: 45_000.2 });
    expect(retryDelay(hinted, 0, { maxMs: 1000, random: () => 0 })).toBe(45_001);
    const sdkError = Object.assign(new Error('slow down'), { name: 'ThrottlingError', statusCode: 429, code: 'Throttling', retryAfter: 300 });
    expect(retryDelay(sdkError, 7)).toBe(300);
  });

  it('accepts an FcError and an SDK error as well as a code', () => {
    expect(retryDelay(new FcError({ kind: 'api', code: 'ResourceThrottled' }), 1, { baseMs: 100, random: half })).toBe(100);
    const clientError = Object.assign(new Error('x'), { statusCode: 500, code: 'InternalServerError' });
    expect(retryDelay(clientError, 0, { baseMs: 100, random: half })).toBe(50);
    expect(retryDelay(' ResourceExhausted ', 0, { baseMs: 100, random: half })).toBe(50);
  });

  it.each([
    [-1, /attempt must be a whole number >= 0.*got -1\./],
    [Number.NaN, /attempt .*got NaN\./],
    [1.5, /attempt .*got 1\.5\./],
    [Number.POSITIVE_INFINITY, /attempt .*got Infinity\./],
  ])('rejects attempt %s with a RangeError naming it', (attempt, message) => {
    expect(() => retryDelay('ResourceExhausted', attempt)).toThrow(RangeError);
    expect(() => retryDelay('ResourceExhausted', attempt)).toThrow(message);
  });

  it('rejects bad options with errors that name the value, even for non-retryable codes', () => {
    expect(() => retryDelay('InvalidArgument', 0, { baseMs: Number.NaN })).toThrow(
      new RangeError('retryDelay: options.baseMs must be a finite number of milliseconds > 0; got NaN.'),
    );
    expect(() => retryDelay('InvalidArgument', 0, { baseMs: -5 })).toThrow(/options\.baseMs .*got -5\./);
    expect(() => retryDelay('InvalidArgument', 0, { baseMs: 0 })).toThrow(/options\.baseMs .*got 0\./);
    expect(() => retryDelay('InvalidArgument', 0, { baseMs: 500, maxMs: 100 })).toThrow(
      new RangeError('retryDelay: options.maxMs must be a finite number of milliseconds >= baseMs (500); got 100.'),
    );
    expect(() => retryDelay('InvalidArgument', 0, { maxMs: Number.POSITIVE_INFINITY })).toThrow(/options\.maxMs .*got Infinity\./);
    expect(() => retryDelay('InvalidArgument', 0, { baseMs: '100' as unknown as number })).toThrow(/options\.baseMs .*got "100"\./);
    expect(() => retryDelay('InvalidArgument', 0, { random: 0.5 as unknown as () => number })).toThrow(TypeError);
  });

  it('raises the default cap to baseMs when only a large baseMs is given', () => {
    expect(retryDelay('ResourceExhausted', 0, { baseMs: 60_000, random: half })).toBe(30_000);
  });

  it('rejects a random source that leaves [0, 1)', () => {
    expect(() => retryDelay('ResourceExhausted', 0, { random: () => 1 })).toThrow(
      new RangeError('retryDelay: options.random must return a number in [0, 1); it returned 1.'),
    );
    expect(() => retryDelay('ResourceExhausted', 0, { random: () => -0.1 })).toThrow(/returned -0\.1\./);
    expect(() => retryDelay('ResourceExhausted', 0, { random: () => Number.NaN })).toThrow(/returned NaN\./);
  });
});
