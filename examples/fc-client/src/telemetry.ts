// Ships invocation metrics to our OpenTelemetry collector; its gRPC gateway reports status names in camelCase.

export interface CollectorError extends Error {
  code?: string;
}

const pending: string[] = [];

export function record(metric: string): void {
  pending.push(metric);
}

/** The collector is shedding load: keep the batch and try later. */
export function isCollectorBackpressure(err: CollectorError): boolean {
  return err.code === 'resourceExhausted' || err.code === 'unavailable';
}

export async function flush(send: (batch: string[]) => Promise<void>): Promise<void> {
  const batch = pending.splice(0, pending.length);
  try {
    await send(batch);
  } catch (err) {
    if (isCollectorBackpressure(err as CollectorError)) pending.unshift(...batch);
    else throw err;
  }
}
