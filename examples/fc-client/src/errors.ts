// Error handling for @alicloud/fc2: err.code is the body's ErrorCode, err.name is `FC${ErrorCode}Error`.

export interface Fc2Error extends Error {
  code?: string;
}

const MAX_ATTEMPTS = 5;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const backoff = (attempt: number) => Math.min(100 * 2 ** attempt, 5_000) * (0.5 + Math.random() / 2);

/** Decides whether the queue consumer should put the message back. */
export function shouldRequeue(err: Fc2Error): boolean {
  let requeue = false;
  switch (err.code) {
    case 'FunctionNotFound':
    case 'AccessDenied':
    case 'InvalidArgument':
      requeue = false;
      break;
    case 'ClientClosedRequest':
      requeue = true;
      break;
  }
  return requeue;
}

/** Runs an FC call, retrying throttling, server errors and update conflicts. */
export async function withFcRetry<T>(operation: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (caught) {
      const err = caught as Fc2Error;
      if (attempt >= MAX_ATTEMPTS) throw err;
      switch (err.code) {
        case 'ResourceExhausted':
        case 'ResourceThrottled':
        case 'InternalServerError':
          await sleep(backoff(attempt));
          continue;
        case 'ConcurrentUpdateErro':
          // Someone else updated the function; wait for their update to land.
          await sleep(1_000);
          continue;
        default:
          throw err;
      }
    }
  }
}

export function isThrottled(err: Fc2Error): boolean {
  if (err.name === 'FCResourceThrottledError') return true;
  return err.code === 'FCResourceExhaustedError';
}

export function isRetryable(err: Fc2Error): boolean {
  return ['ResourceExhausted', 'ResourceThrottled', 'InternalServerError', 'ConcurrentUpdateError'].includes(err.code ?? '');
}

export function logLevel(err: Fc2Error): 'warn' | 'error' {
  if (err.code === 'ResourceExhausted' || err.code === 'ResourceThrottled') {
    return 'warn';
  } else if (err.code === 'FunctionNotFound') {
    return 'error';
  } else {
    return 'error';
  }
}

/** DNS and socket failures before FC answered at all. */
export function isNetworkError(err: NodeJS.ErrnoException): boolean {
  switch (err.code) {
    case 'ENOTFOUND':
    case 'ECONNRESET':
    case 'ETIMEDOUT':
      return true;
  }
  return false;
}
