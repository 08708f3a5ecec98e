import { describe, expect, it, vi } from 'vitest';
import { LintClient, lintRequestFor, type LintClientEvents } from '../src/lint/lint-client.js';
import type { LintRequest, WorkerMessage } from '../src/lint/protocol.js';

/** Stands in for the worker: records what the page posts, and sends what a test tells it to. */
class FakeWorker extends EventTarget {
  posted: LintRequest[] = [];
  terminated = false;
  postMessage(message: LintRequest) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  send(message: WorkerMessage) {
    this.dispatchEvent(new MessageEvent('message', { data: message }));
  }
  fail(message: string) {
    const event = new Event('error', { cancelable: true });
    Object.assign(event, { message });
    this.dispatchEvent(event);
  }
}

function setup() {
  const worker = new FakeWorker();
  const client = new LintClient(() => worker as unknown as Worker);
  const events = { ready: vi.fn(), result: vi.fn(), failed: vi.fn() } satisfies LintClientEvents;
  return { worker, client, events };
}

const request = { code: 'x', fileType: 'js', disabledRules: [] } as const;

describe('LintClient', () => {
  it('replays what the worker said before the page connected', () => {
    const { worker, client, events } = setup();
    worker.send({ type: 'ready', rules: [], eslintVersion: '10.16.0' });
    expect(events.ready).not.toHaveBeenCalled();
    client.connect(events);
    expect(events.ready).toHaveBeenCalledWith([], '10.16.0');
  });

  it('delivers only the newest request’s result', () => {
    const { worker, client, events } = setup();
    client.connect(events);
    client.lint({ ...request, code: 'old' });
    client.lint({ ...request, code: 'new' });
    const [first, second] = worker.posted;
    worker.send({ type: 'result', id: first!.id, findings: [], ms: 1 });
    expect(events.result).not.toHaveBeenCalled();
    worker.send({ type: 'result', id: second!.id, findings: [], ms: 2 });
    expect(events.result).toHaveBeenCalledWith([], 2, expect.objectContaining({ code: 'new' }));
  });

  it('reports a failed lint as recoverable, and a worker crash as fatal', () => {
    const { worker, client, events } = setup();
    client.connect(events);
    client.lint(request);
    worker.send({ type: 'failed', id: worker.posted[0]!.id, message: 'boom' });
    expect(events.failed).toHaveBeenLastCalledWith('boom', false);
    worker.fail('Uncaught SyntaxError');
    expect(events.failed).toHaveBeenLastCalledWith('it stopped with "Uncaught SyntaxError"', true);
    expect(worker.terminated).toBe(true);
    expect(client.dead).toBe(true);
    client.lint(request);
    expect(worker.posted).toHaveLength(1);
  });

  it('reports a worker the browser refuses to start', () => {
    const client = new LintClient(() => {
      throw new Error('blocked by CSP');
    });
    const events = { ready: vi.fn(), result: vi.fn(), failed: vi.fn() };
    client.connect(events);
    expect(events.failed).toHaveBeenCalledWith('the browser refused to start it (blocked by CSP)', true);
  });

  it('gives up when the worker never says it is ready', () => {
    vi.useFakeTimers();
    try {
      const { client, events } = setup();
      client.connect(events);
      vi.advanceTimersByTime(20_000);
      expect(events.failed).toHaveBeenCalledWith('it did not start within 20 s', true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not send a request again while the same one waits for its answer, even one replayed on connect', () => {
    const { worker, client, events } = setup();
    // The entry module lints the opening code; the worker answers before the page connects.
    client.lint(request);
    worker.send({ type: 'ready', rules: [], eslintVersion: '10.16.0' });
    worker.send({ type: 'result', id: worker.posted[0]!.id, findings: [], ms: 1 });
    // The view lints the same code when it hears `ready`, which is replayed before the queued result.
    client.connect({ ...events, ready: () => client.lint({ ...request, disabledRules: [] }) });
    expect(worker.posted).toHaveLength(1);
    expect(events.result).toHaveBeenCalledWith([], 1, expect.objectContaining(request));
  });

  it('sends the same request again once its answer was delivered, and a different one at once', () => {
    const { worker, client, events } = setup();
    client.connect(events);
    client.lint(request);
    client.lint({ ...request, disabledRules: ['@fc-atlas/valid-endpoint'] });
    client.lint({ ...request, fileType: 'jsx' });
    expect(worker.posted).toHaveLength(3);
    const last = worker.posted[2]!;
    client.lint({ ...request, fileType: 'jsx' });
    expect(worker.posted).toHaveLength(3);
    worker.send({ type: 'failed', id: last.id, message: 'boom' });
    client.lint({ ...request, fileType: 'jsx' });
    expect(worker.posted).toHaveLength(4);
    worker.send({ type: 'result', id: worker.posted[3]!.id, findings: [], ms: 1 });
    client.lint({ ...request, fileType: 'jsx' });
    expect(worker.posted).toHaveLength(5);
  });
});

describe('lintRequestFor', () => {
  it('names the rules switched off with the plugin namespace, in the order given', () => {
    expect(lintRequestFor({ code: 'x', fileType: 'ts', disabledRules: new Set(['valid-region', 'valid-endpoint']) })).toEqual({
      code: 'x',
      fileType: 'ts',
      disabledRules: ['@fc-atlas/valid-region', '@fc-atlas/valid-endpoint'],
    });
  });
});
