/**
 * FC error bodies, a typed `FcError`, and retry timing.
 *
 * FC spells its error bodies three ways (fc-facts §3): the 2016-08-15 API as the SDKs read it uses
 * `ErrorCode`/`ErrorMessage`, the FC 2.0 docs and the 2021-04-06 `Error` struct use `errorCode`/`errorMessage`, and
 * FC 3.0 (2023-03-30) uses `Code`/`Message`/`RequestId`. Function errors come back as HTTP 200 with an
 * `X-Fc-Error-Type` header and a `{errorMessage, errorType, stackTrace}` body (§4.6).
 *
 * Browser-safe: no Node built-ins; bytes are decoded with the global `TextDecoder`.
 */

import { shareInstanceof } from './brand.js';
import { getErrorCode, isRetryable } from './lookup.js';
import { show } from './show.js';
import type { ErrorCodeInfo } from './types.js';

// ---------------------------------------------------------------------------------------------------------------
// Body parsing
// ---------------------------------------------------------------------------------------------------------------

/**
 * Which spelling an error body used.
 * - `fc2`: `errorCode`/`errorMessage` (FC 2.0 docs, 2021-04-06 `Error` struct).
 * - `fc2-sdk`: `ErrorCode`/`ErrorMessage` (the 2016-08-15 API as the fc2 SDKs read it).
 * - `fc3`: `Code`/`Message`/`RequestId` (FC 3.0), or the lower-case `code`/`message`/`requestId` that the
 *   Darabonba SDKs accept as the same fields.
 * - `invocation`: a function error body, `{errorMessage, errorType, stackTrace}`.
 * - `unknown`: text that is not a JSON object (an HTML 502 page, `Process exited unexpectedly`, ...).
 */
export type ErrorBodyFormat = 'fc2' | 'fc2-sdk' | 'fc3' | 'invocation' | 'unknown';

/** What {@link parseErrorBody} read from an FC error body. Every string field is trimmed and never empty. */
export interface ParsedErrorBody {
  readonly format: ErrorBodyFormat;
  /** The FC error code, e.g. `FunctionNotFound`. Only string code fields count. */
  readonly code?: string;
  /** The server's message; for `unknown` bodies, a short excerpt of the text (an HTML page's `<title>`). */
  readonly message?: string;
  readonly requestId?: string;
  /** Function errors: the runtime's error type, e.g. `TypeError` or `FunctionUnhandledError: Error`. */
  readonly errorType?: string;
  /** Function errors: the stack trace lines the runtime reported. */
  readonly stackTrace?: readonly string[];
  /** The parsed JSON value, the object passed in, or (for `unknown`) the text. */
  readonly raw: unknown;
}

/** Text longer than this is not JSON-parsed; it is reported as an `unknown` body. */
const MAX_JSON_CHARS = 1_000_000;
/** Byte bodies longer than this are only partly decoded, and reported as `unknown`. */
const MAX_DECODED_BYTES = 4 * MAX_JSON_CHARS;
/** How much of a non-JSON body is scanned for a title and kept as the message. */
const EXCERPT_SCAN_CHARS = 4096;
const MAX_EXCERPT_CHARS = 300;
const MAX_STACK_LINES = 1000;

type CodeSpelling = Exclude<ErrorBodyFormat, 'invocation' | 'unknown'>;

/** Code fields in order of preference; each field's spelling names a format (see `spellingOf`). */
const CODE_FIELDS = ['errorCode', 'ErrorCode', 'Code', 'code'] as const;

/** Message fields, the format's own spelling first; the fc2 Node SDK also falls back from `ErrorMessage` to `errorMessage`. */
const MESSAGE_FIELDS: Readonly<Record<CodeSpelling, readonly string[]>> = {
  fc2: ['errorMessage', 'ErrorMessage', 'Message', 'message'],
  'fc2-sdk': ['ErrorMessage', 'errorMessage', 'Message', 'message'],
  fc3: ['Message', 'message', 'ErrorMessage', 'errorMessage'],
};

const REQUEST_ID_FIELDS = ['RequestId', 'requestId', 'RequestID', 'requestID'] as const;

/**
 * Reads an FC error body in any of the spellings FC uses (see {@link ErrorBodyFormat}).
 *
 * Accepts a JSON string, an already-parsed object, or the raw bytes (`Uint8Array`, Node `Buffer`, any
 * `ArrayBuffer` view, or an `ArrayBuffer`, decoded as UTF-8). Never throws.
 *
 * Returns:
 * - a result for a JSON object with at least one recognised field (a code, a message, or a function error's
 *   `errorType`/`stackTrace`). Non-string code fields are ignored; strings are trimmed and blank ones ignored;
 * - `format: 'unknown'` for non-empty text that is not a JSON object (an HTML 502 page, `Process exited
 *   unexpectedly`, text over 1,000,000 characters). Its `message` is a short excerpt: the page `<title>` for HTML,
 *   otherwise the first 300 characters with whitespace collapsed;
 * - `undefined` for everything else: `null`, numbers, arrays, blank text, objects with no recognised field, and
 *   objects that throw when read (throwing getters, hostile or revoked `Proxy`).
 *
 * @example
 * parseErrorBody('{"Code":"FunctionNotFound","Message":"function not found","RequestId":"1-abc"}');
 * // { format: 'fc3', code: 'FunctionNotFound', message: 'function not found', requestId: '1-abc', raw: {...} }
 */
export function parseErrorBody(body: unknown): ParsedErrorBody | undefined {
  try {
    if (typeof body === 'string') return parseText(body, false);
    if (typeof body !== 'object' || body === null) return undefined;
    if (ArrayBuffer.isView(body) || isArrayBuffer(body)) {
      const decoded = decodeBytes(body);
      return decoded === undefined ? undefined : parseText(decoded.text, decoded.truncated);
    }
    if (Array.isArray(body)) return undefined;
    return parseRecord(body as Readonly<Record<string, unknown>>);
  } catch {
    // Proxies, throwing getters and exotic objects: not a body we can read.
    return undefined;
  }
}

function parseText(text: string, truncated: boolean): ParsedErrorBody | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!truncated && trimmed.length <= MAX_JSON_CHARS && trimmed.startsWith('{')) {
    const value = parseJson(trimmed);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return parseRecord(value as Readonly<Record<string, unknown>>);
    }
  }
  const message = textExcerpt(trimmed);
  return message === undefined ? { format: 'unknown', raw: text } : { format: 'unknown', message, raw: text };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function parseRecord(record: Readonly<Record<string, unknown>>): ParsedErrorBody | undefined {
  const [code, codeField] = firstField(record, CODE_FIELDS, codeString);
  const spelling = spellingOf(codeField);
  const errorType = trimmedString(record['errorType']);
  const stackTrace = stackLines(record['stackTrace']);
  const isInvocation = spelling === undefined && (errorType !== undefined || stackTrace !== undefined);
  const [message, messageField] = firstField(record, MESSAGE_FIELDS[spelling ?? 'fc2'], trimmedString);
  const format: ErrorBodyFormat | undefined = isInvocation ? 'invocation' : (spelling ?? spellingOf(messageField));
  if (format === undefined) return undefined;
  const [requestId] = firstField(record, REQUEST_ID_FIELDS, trimmedString);

  return {
    format,
    ...(code !== undefined && { code }),
    ...(message !== undefined && { message }),
    ...(requestId !== undefined && { requestId }),
    ...(errorType !== undefined && { errorType }),
    ...(stackTrace !== undefined && { stackTrace }),
    raw: record,
  };
}

/** The first of `fields` whose value `read` accepts, and that field; `[]` when none. */
function firstField(
  record: Readonly<Record<string, unknown>>,
  fields: readonly string[],
  read: (value: unknown) => string | undefined,
): [value?: string, field?: string] {
  for (const field of fields) {
    const value = read(record[field]);
    if (value !== undefined) return [value, field];
  }
  return [];
}

/** The format a code or message field's spelling names: `errorCode` fc2, `ErrorCode` the fc2 SDK's, `Code`/`code` fc3. */
function spellingOf(field: string | undefined): CodeSpelling | undefined {
  if (field === undefined) return undefined;
  if (field.startsWith('error')) return 'fc2';
  return field.startsWith('Error') ? 'fc2-sdk' : 'fc3';
}

function trimmedString(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A code field's value; `"undefined"`/`"null"` are what SDKs produce by interpolating a missing code. */
function codeString(value: unknown): string | undefined {
  const code = trimmedString(value);
  return code === undefined || code === 'undefined' || code === 'null' ? undefined : code;
}

function stackLines(value: unknown): readonly string[] | undefined {
  let lines: string[];
  if (typeof value === 'string') lines = value.split(/\r?\n/);
  else if (Array.isArray(value)) lines = value.slice(0, MAX_STACK_LINES).filter((line): line is string => typeof line === 'string');
  else return undefined;
  const kept = lines
    .slice(0, MAX_STACK_LINES)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
  return kept.length === 0 ? undefined : kept;
}

function isArrayBuffer(value: object): value is ArrayBuffer {
  return value instanceof ArrayBuffer || Object.prototype.toString.call(value) === '[object ArrayBuffer]';
}

function decodeBytes(value: ArrayBufferView | ArrayBuffer): { text: string; truncated: boolean } | undefined {
  const Decoder = globalThis.TextDecoder;
  if (typeof Decoder !== 'function') return undefined;
  const bytes = ArrayBuffer.isView(value)
    ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
    : new Uint8Array(value);
  const truncated = bytes.byteLength > MAX_DECODED_BYTES;
  // The default decoder replaces invalid UTF-8 instead of throwing, and drops a leading BOM.
  const text = new Decoder('utf-8').decode(truncated ? bytes.subarray(0, MAX_DECODED_BYTES) : bytes);
  return { text, truncated };
}

/** A one-line excerpt of a non-JSON body: an HTML page's title, otherwise its first characters. */
function textExcerpt(text: string): string | undefined {
  const head = text.slice(0, EXCERPT_SCAN_CHARS);
  const isMarkup = head.startsWith('<');
  const title = isMarkup ? collapseWhitespace(/<title[^>]*>([^<]*)</i.exec(head)?.[1] ?? '') : '';
  let excerpt = title || collapseWhitespace(isMarkup ? head.replace(/<[^<>]*>/g, ' ') : head);
  if (excerpt === '') return undefined;
  let shortened = title === '' && text.length > head.length;
  if (excerpt.length > MAX_EXCERPT_CHARS) {
    const cut = isHighSurrogate(excerpt.charCodeAt(MAX_EXCERPT_CHARS - 1)) ? MAX_EXCERPT_CHARS - 1 : MAX_EXCERPT_CHARS;
    excerpt = excerpt.slice(0, cut);
    shortened = true;
  }
  return shortened ? `${excerpt}…` : excerpt;
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function isHighSurrogate(charCode: number): boolean {
  return charCode >= 0xd800 && charCode <= 0xdbff;
}

// ---------------------------------------------------------------------------------------------------------------
// FcError
// ---------------------------------------------------------------------------------------------------------------

/** `api`: the FC API refused the request. `function`: the function ran and failed (HTTP 200 + `X-Fc-Error-Type`). */
export type FcErrorKind = 'api' | 'function';

/** What an {@link FcError} is built from. Only `kind` is required. */
export interface FcErrorInit {
  readonly kind: FcErrorKind;
  /** The FC error code, or for function errors the `X-Fc-Error-Type` value (e.g. `UnhandledInvocationError`). */
  readonly code?: string | undefined;
  readonly httpStatus?: number | undefined;
  readonly requestId?: string | undefined;
  /** The message FC (or the function) sent, without the code/status/request id decoration. */
  readonly serverMessage?: string | undefined;
  readonly errorType?: string | undefined;
  readonly functionStackTrace?: readonly string[] | undefined;
  /** How long the service asked the caller to wait, in milliseconds. */
  readonly retryAfterMs?: number | undefined;
  readonly body?: ParsedErrorBody | undefined;
  /** The original error (an SDK error) or value this one was made from. */
  readonly cause?: unknown;
}

/**
 * An FC API error or function error, with the catalog's entry for its code.
 *
 * `message` reads like `FC API error FunctionNotFound (HTTP 404, request id 1-abc): function not found`, so the
 * code, status and request id survive logging. Build one with {@link toFcError} (from a response) or
 * {@link fromSdkError} (from an error thrown by an official SDK).
 */
export class FcError extends Error {
  static {
    // On the prototype rather than an instance field, so the stack header (captured inside super()) says FcError.
    Object.defineProperty(this.prototype, 'name', { value: 'FcError', writable: true, configurable: true });
    shareInstanceof(this, 'FcError');
  }

  declare readonly name: 'FcError';
  // `declare`: every field is assigned in the constructor, so the class body declares none (less code to ship).
  declare readonly kind: FcErrorKind;
  /** The FC error code (`undefined` when the body carried none, e.g. an HTML 502 page). */
  declare readonly code: string | undefined;
  /** The HTTP status; `undefined` when unknown (the fc2 Node SDK's errors do not carry it). */
  declare readonly httpStatus: number | undefined;
  declare readonly requestId: string | undefined;
  /** The message FC or the function sent, undecorated. */
  declare readonly serverMessage: string | undefined;
  /** Function errors: the runtime's error type from the body, e.g. `TypeError`. */
  declare readonly errorType: string | undefined;
  /** Function errors: the stack trace lines the runtime reported (not this object's own `stack`). */
  declare readonly functionStackTrace: readonly string[] | undefined;
  /** How long the service asked the caller to wait before retrying, in milliseconds. */
  declare readonly retryAfterMs: number | undefined;
  /** The catalog entry for `code`, or `undefined` for a code the catalog does not know. */
  declare readonly info: ErrorCodeInfo | undefined;
  /**
   * True when retrying the same request (with backoff) can succeed: the catalog says `retryable: 'yes'` for the
   * code. A code the catalog does not know counts as retryable only when the service sent a retry-after hint.
   * `conditional` codes (idempotent calls only, refresh state first) are false: decide those yourself from `info`.
   */
  declare readonly retryable: boolean;
  /** The parsed body, when there was one. */
  declare readonly body: ParsedErrorBody | undefined;

  constructor(init: FcErrorInit) {
    super(describeFcError(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.code = init.code;
    this.httpStatus = init.httpStatus;
    this.requestId = init.requestId;
    this.serverMessage = init.serverMessage;
    this.errorType = init.errorType;
    this.functionStackTrace = init.functionStackTrace;
    this.retryAfterMs = init.retryAfterMs;
    this.body = init.body;
    this.info = init.code === undefined ? undefined : getErrorCode(init.code);
    this.retryable = this.info === undefined ? init.retryAfterMs !== undefined : this.info.retryable === 'yes';
  }
}

function describeFcError(init: FcErrorInit): string {
  let text = init.kind === 'function' ? 'FC function error' : 'FC API error';
  if (init.code !== undefined) text += ` ${init.code}`;
  const context: string[] = [];
  if (init.httpStatus !== undefined) context.push(`HTTP ${init.httpStatus}`);
  if (init.requestId !== undefined) context.push(`request id ${init.requestId}`);
  if (context.length > 0) text += ` (${context.join(', ')})`;
  const detail = [init.kind === 'function' ? init.errorType : undefined, init.serverMessage].filter(
    (part): part is string => part !== undefined,
  );
  if (detail.length > 0) text += `: ${detail.join(': ')}`;
  return text;
}

// ---------------------------------------------------------------------------------------------------------------
// From a response
// ---------------------------------------------------------------------------------------------------------------

/**
 * Response headers in any common shape: a fetch `Headers`, a `Map`, an array of `[name, value]` pairs, or a plain
 * object such as Node's `IncomingHttpHeaders`. Names are matched ignoring case; array values use the first string.
 */
export type HeadersLike =
  | { get(name: string): unknown }
  | Iterable<readonly [string, unknown]>
  | { readonly [name: string]: unknown };

/** The parts of an HTTP response {@link toFcError} reads. */
export interface FcResponseLike {
  readonly status: number;
  /** The body as text, bytes, or parsed JSON. A fetch `Response` body stream is not read: pass `await res.text()`. */
  readonly body?: unknown;
  readonly headers?: HeadersLike | null | undefined;
}

const MAX_HEADER_ENTRIES = 1000;

/**
 * Builds an {@link FcError} from an FC HTTP response, or returns `undefined` when the response is not an error.
 *
 * - Status 400–599: an API error (`kind: 'api'`), code and message from the body in any spelling.
 * - Status 200–299 with an `X-Fc-Error-Type` header (any case): a function error (`kind: 'function'`) whose code is
 *   the header value (`UnhandledInvocationError`, `HandledInvocationError`); `errorType` and the stack trace come
 *   from the body.
 * - Anything else (2xx without the header, 1xx/3xx, a status that is not an integer): `undefined`.
 *
 * The request id comes from the body, else the `x-fc-request-id` header, else `x-acs-request-id`. A retry hint is
 * read from `x-acs-retry-after` (milliseconds, as the Darabonba SDKs read it) or a numeric `Retry-After` (seconds).
 * Never throws.
 */
export function toFcError(response: FcResponseLike): FcError | undefined {
  try {
    if (typeof response !== 'object' || response === null) return undefined;
    const { status, headers } = response;
    if (typeof status !== 'number' || !Number.isInteger(status)) return undefined;
    const isApiError = status >= 400 && status <= 599;
    const functionErrorType = status >= 200 && status <= 299 ? readHeader(headers, 'x-fc-error-type') : undefined;
    if (!isApiError && functionErrorType === undefined) return undefined;

    const body = parseErrorBody(response.body);
    const requestId = body?.requestId ?? readHeader(headers, 'x-fc-request-id') ?? readHeader(headers, 'x-acs-request-id');
    return new FcError({
      kind: isApiError ? 'api' : 'function',
      code: isApiError ? body?.code : functionErrorType,
      httpStatus: status,
      requestId,
      serverMessage: body?.message,
      errorType: body?.errorType,
      functionStackTrace: body?.stackTrace,
      retryAfterMs: retryAfterFromHeaders(headers),
      body,
    });
  } catch {
    return undefined;
  }
}

/** A header's value by lower-case name, trimmed; `undefined` when absent, blank or unreadable. */
function readHeader(headers: unknown, lowerName: string): string | undefined {
  try {
    if (typeof headers !== 'object' || headers === null) return undefined;
    const get = (headers as { get?: unknown }).get;
    if (typeof get === 'function') {
      // Headers#get ignores case; Map#get does not, so fall through to scanning the entries.
      const value = headerText(get.call(headers, lowerName));
      if (value !== undefined) return value;
    }
    if (typeof (headers as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function') {
      let seen = 0;
      for (const entry of headers as Iterable<unknown>) {
        if (++seen > MAX_HEADER_ENTRIES) break;
        if (Array.isArray(entry) && typeof entry[0] === 'string' && entry[0].toLowerCase() === lowerName) {
          const value = headerText(entry[1]);
          if (value !== undefined) return value;
        }
      }
      return undefined;
    }
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() !== lowerName) continue;
      const value = headerText((headers as Readonly<Record<string, unknown>>)[name]);
      if (value !== undefined) return value;
    }
    return undefined;
  } catch {
    return undefined;
  }
}

function headerText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return value.map(headerText).find((text) => text !== undefined);
  return trimmedString(value);
}

function retryAfterFromHeaders(headers: unknown): number | undefined {
  const acs = positiveWholeNumber(readHeader(headers, 'x-acs-retry-after'));
  if (acs !== undefined) return acs;
  // RFC 9110 delta-seconds; the HTTP-date form would need a clock and is ignored.
  const seconds = positiveWholeNumber(readHeader(headers, 'retry-after'));
  return seconds === undefined ? undefined : seconds * 1000;
}

function positiveWholeNumber(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d{1,15}$/.test(text)) return undefined;
  const value = Number(text);
  return value > 0 ? value : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// From an SDK error
// ---------------------------------------------------------------------------------------------------------------

/** The fc2 Node SDK names its errors `FC<ErrorCode>Error`, and `FCundefinedError` for non-JSON bodies. */
const FC2_ERROR_NAME = /^FC\w*Error$/;

/**
 * Builds an {@link FcError} from an error thrown by an official FC SDK, or returns `undefined` for anything else
 * (network errors, timeouts, `TypeError`s, non-objects). Returns an `FcError` unchanged. Never throws.
 *
 * - `@alicloud/fc2` (FC 2.0, Node): `name` is `FC<Code>Error`, `code` is the body's `ErrorCode`, and there is no
 *   status property; the status, request id and message are read back from the SDK's message
 *   (`GET /services/x failed with 404. requestid: ..., message: ....`). `FCundefinedError` (a non-JSON body) gives
 *   an error without a code.
 * - Darabonba/tea (`@alicloud/fc-open20210406`): `code`, `statusCode` and `data` (the body). `code` is the string
 *   `"undefined"` for FC 2.0 bodies, so the code is then taken from `data.ErrorCode`/`data.errorCode`.
 * - `@alicloud/openapi-core` (`@alicloud/fc20230330`): `ClientError`/`ServerError`/`ThrottlingError` with
 *   `statusCode`, `code`, `requestId`, `data`, and for throttling `retryAfter` (milliseconds: the SDK's own retry
 *   policy waits `retryAfter` ms).
 *
 * An error counts as an SDK error when it has the fc2 name, an HTTP status (`statusCode`), or a `data` body with
 * an FC code. So Node system errors such as `{ code: 'ECONNRESET' }` are not mistaken for FC codes.
 */
export function fromSdkError(err: unknown): FcError | undefined {
  if (err instanceof FcError) return err;
  try {
    if (typeof err !== 'object' || err === null) return undefined;
    const fields = err as Readonly<Record<string, unknown>>;
    const name = typeof fields['name'] === 'string' ? fields['name'] : '';
    const message = typeof fields['message'] === 'string' ? fields['message'] : '';

    if (FC2_ERROR_NAME.test(name) && fields['statusCode'] === undefined) {
      return new FcError({
        kind: 'api',
        code: codeString(fields['code']),
        httpStatus: httpStatus(/\bfailed with (\d{3})\b/.exec(message)?.[1]),
        requestId: requestIdFromMessage(message),
        serverMessage: fc2ServerMessage(message),
        cause: err,
      });
    }

    const data = fields['data'];
    const body = parseErrorBody(data);
    const dataStatus =
      typeof data === 'object' && data !== null ? (data as Readonly<Record<string, unknown>>)['statusCode'] : undefined;
    const status = httpStatus(fields['statusCode']) ?? httpStatus(dataStatus);
    const code = codeString(fields['code']) ?? body?.code;
    const looksLikeSdkError = (status !== undefined && status >= 400) || body?.code !== undefined;
    if (!looksLikeSdkError) return undefined;

    const retryAfter = fields['retryAfter'];
    return new FcError({
      kind: 'api',
      code,
      httpStatus: status,
      requestId: trimmedString(fields['requestId']) ?? body?.requestId ?? requestIdFromMessage(message),
      serverMessage: body?.message ?? trimmedString(message),
      retryAfterMs: typeof retryAfter === 'number' && Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
      body,
      cause: err,
    });
  } catch {
    return undefined;
  }
}

/** A status code from a number or numeric string, when it is a whole number in 100–599. */
function httpStatus(value: unknown): number | undefined {
  const status = typeof value === 'string' && /^\d{3}$/.test(value) ? Number(value) : value;
  return typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599 ? status : undefined;
}

/** `requestid: X,` (fc2) or `request id: X` (Darabonba) inside an SDK message. */
function requestIdFromMessage(message: string): string | undefined {
  const id = /\brequest ?id: ?([\w.:-]+)/i.exec(message.slice(0, EXCERPT_SCAN_CHARS))?.[1];
  return id === undefined || id === 'undefined' || id === 'null' ? undefined : id;
}

/** The server message the fc2 SDK appends as `..., message: <ErrorMessage>.` */
function fc2ServerMessage(message: string): string | undefined {
  const marker = ', message: ';
  const start = message.indexOf(marker);
  if (start < 0) return undefined;
  const text = trimmedString(message.slice(start + marker.length).replace(/\.$/, ''));
  return text === 'undefined' ? undefined : text;
}

// ---------------------------------------------------------------------------------------------------------------
// Retry timing
// ---------------------------------------------------------------------------------------------------------------

/** Options for {@link retryDelay}. */
export interface RetryDelayOptions {
  /** Ceiling of the first retry's delay, in ms. Default 500 (FC's own async retries start at 0.5 s). */
  readonly baseMs?: number;
  /** Largest delay the backoff may produce, in ms; must be at least `baseMs`. Default 20 000 (or `baseMs`, if larger). */
  readonly maxMs?: number;
  /** Source of randomness in [0, 1). Default `Math.random`; pass a fixed function in tests. */
  readonly random?: () => number;
}

const DEFAULT_BASE_MS = 500;
const DEFAULT_MAX_MS = 20_000;

/**
 * How long to wait before retrying after an FC error, in whole milliseconds, or `undefined` when the same request
 * should not simply be retried.
 *
 * `errorOrCode` is an FC error code (`'ResourceExhausted'`), an {@link FcError}, or an error thrown by an official
 * SDK (converted with {@link fromSdkError}). It is retryable when {@link FcError.retryable} is true: the catalog says
 * `retryable: 'yes'` for the code (`conditional` codes return `undefined`; check `info.retryReason` and decide).
 *
 * `attempt` counts the retries already made: 0 before the first retry. The delay is exponential backoff with full
 * jitter: `floor(random() * min(maxMs, baseMs * 2 ** attempt))`. When the service sent a retry-after hint
 * (`FcError.retryAfterMs`, e.g. openapi-core's `ThrottlingError.retryAfter`), that wait is returned instead, as is:
 * not jittered and not capped by `maxMs`, since retrying sooner is throttled again. Compare it with your own
 * deadline.
 *
 * @throws RangeError when `attempt` is not a whole number ≥ 0, `baseMs` is not a finite number > 0, `maxMs` is not a
 *   finite number ≥ `baseMs`, or `random` returns a value outside [0, 1). The message names the bad value.
 * @throws TypeError when `random` is given but is not a function.
 *
 * @example
 * for (let attempt = 0; ; attempt++) {
 *   try { return await client.invokeFunction(...); }
 *   catch (err) {
 *     const wait = retryDelay(err, attempt);
 *     if (wait === undefined || attempt >= 4) throw err;
 *     await new Promise((resolve) => setTimeout(resolve, wait));
 *   }
 * }
 */
export function retryDelay(errorOrCode: unknown, attempt: number, options: RetryDelayOptions = {}): number | undefined {
  if (!Number.isSafeInteger(attempt) || attempt < 0) {
    throw new RangeError(`retryDelay: attempt must be a whole number >= 0 (0 before the first retry); got ${show(attempt)}.`);
  }
  const baseMs = options.baseMs ?? DEFAULT_BASE_MS;
  if (typeof baseMs !== 'number' || !Number.isFinite(baseMs) || baseMs <= 0) {
    throw new RangeError(`retryDelay: options.baseMs must be a finite number of milliseconds > 0; got ${show(baseMs)}.`);
  }
  const maxMs = options.maxMs ?? Math.max(DEFAULT_MAX_MS, baseMs);
  if (typeof maxMs !== 'number' || !Number.isFinite(maxMs) || maxMs < baseMs) {
    throw new RangeError(
      `retryDelay: options.maxMs must be a finite number of milliseconds >= baseMs (${baseMs}); got ${show(maxMs)}.`,
    );
  }
  const random = options.random ?? Math.random;
  if (typeof random !== 'function') {
    throw new TypeError(`retryDelay: options.random must be a function returning a number in [0, 1); got ${show(random)}.`);
  }

  const error =
    typeof errorOrCode === 'string'
      ? { retryable: isRetryable(errorOrCode.trim()), retryAfterMs: undefined }
      : fromSdkError(errorOrCode);
  if (error === undefined || !error.retryable) return undefined;
  if (error.retryAfterMs !== undefined) return Math.ceil(error.retryAfterMs);

  const sample = random();
  if (typeof sample !== 'number' || !(sample >= 0 && sample < 1)) {
    throw new RangeError(`retryDelay: options.random must return a number in [0, 1); it returned ${show(sample)}.`);
  }
  const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.floor(sample * ceiling);
}
