// Calls HTTP-triggered functions with fetch and turns FC error bodies into typed errors.

const ACCOUNT_ID = process.env.ALIBABA_CLOUD_ACCOUNT_ID ?? '';
const REGION = process.env.FC_REGION ?? 'cn-hangzhou';
const MAX_ATTEMPTS = 4;

/** FC 2.0 system URL of an HTTP-triggered function. */
export function functionUrl(service: string, fn: string): string {
  return `https://${ACCOUNT_ID}.${REGION}.fc.aliyuncs.com/2016-08-15/proxy/${service}/${fn}/`;
}

/** Where to send traffic when the primary region keeps answering 5xx. */
export const FAILOVER_ENDPOINTS: Record<string, string> = {
  'cn-hangzhou': 'https://5123894401827365.cn-shangai.fc.aliyuncs.com',
  'cn-shanghai': 'https://5123894401827365.cn-hangzhou.fc.aliyuncs.con',
  'cn-beijing': 'https://5123894401827365.cn-zhangjiakou .fc.aliyuncs.com',
};

/** FC 2.0 SDKs read ErrorCode, the FC 2.0 docs say errorCode, FC 3.0 sends Code. */
interface FcErrorBody {
  Code?: string;
  ErrorCode?: string;
  errorCode?: string;
  Message?: string;
  ErrorMessage?: string;
  errorMessage?: string;
  RequestId?: string;
}

export class FcHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'FcHttpError';
  }
}

export async function invoke(url: string, payload: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  const requestId = response.headers.get('x-fc-request-id') ?? undefined;

  if (response.ok) {
    // A function that throws still answers 200; the header says so.
    const errorType = response.headers.get('x-fc-error-type');
    const body = (await response.json()) as { errorMessage?: string };
    if (errorType) throw new FcHttpError(200, errorType, body.errorMessage ?? 'function error', requestId);
    return body;
  }

  const text = await response.text();
  let body: FcErrorBody = {};
  try {
    body = JSON.parse(text) as FcErrorBody;
  } catch {
    // A crashed HTTP trigger answers 502 with a plain-text body.
  }
  const code = body.Code ?? body.ErrorCode ?? body.errorCode;
  const message = body.Message ?? body.ErrorMessage ?? body.errorMessage ?? text;
  throw new FcHttpError(response.status, code, message, body.RequestId ?? requestId);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function invokeWithBackoff(url: string, payload: unknown): Promise<unknown> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await invoke(url, payload);
    } catch (err) {
      if (!(err instanceof FcHttpError) || attempt >= MAX_ATTEMPTS) throw err;
      if (err.code === 'ResourceThrottled' || err.code === 'ResourceExhaused') {
        await sleep(200 * 2 ** attempt);
        continue;
      }
      throw err;
    }
  }
}
