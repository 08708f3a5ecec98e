import { RULE_NAMESPACE, type FileType, type Finding, type LintRequest, type RuleInfo, type WorkerMessage } from './protocol.js';

export interface LintClientEvents {
  ready(rules: readonly RuleInfo[], eslintVersion: string): void;
  result(findings: readonly Finding[], ms: number, request: LintRequest): void;
  /** `fatal`: the worker is gone (failed to load or crashed); otherwise one lint failed and the next may work. */
  failed(message: string, fatal: boolean): void;
}

/** How long the worker may take to load ESLint before the page says so. */
const READY_TIMEOUT_MS = 20_000;

/** The request for some code and the rule names (without the namespace) switched off in the page. */
export function lintRequestFor(state: { readonly code: string; readonly fileType: FileType; readonly disabledRules: Iterable<string> }): Omit<LintRequest, 'id'> {
  return { code: state.code, fileType: state.fileType, disabledRules: [...state.disabledRules].map((rule) => RULE_NAMESPACE + rule) };
}

const sameRequest = (a: Omit<LintRequest, 'id'>, b: Omit<LintRequest, 'id'>) =>
  a.code === b.code && a.fileType === b.fileType && a.disabledRules.length === b.disabledRules.length && a.disabledRules.every((rule, i) => rule === b.disabledRules[i]);

/**
 * Talks to the lint worker: only the newest request's answer is delivered, so a slow lint never overwrites the
 * findings of newer code. It starts the worker at once; what happens before `connect` is replayed to the listener.
 * A request equal to the newest one, whose answer has not been delivered yet, is not sent again: the entry module
 * lints the opening code before the editor exists, and the editor's own first lint then waits for that answer.
 */
export class LintClient {
  #worker: Worker | undefined;
  #latest = 0;
  #latestRequest: Omit<LintRequest, 'id'> | undefined;
  /** The id of the newest request whose answer (result or failure) reached the listener. */
  #answered = 0;
  #pending = new Map<number, LintRequest>();
  #dead = false;
  #events: LintClientEvents | undefined;
  #queued: ((events: LintClientEvents) => void)[] = [];

  constructor(createWorker: () => Worker) {
    const events: LintClientEvents = {
      ready: (...args) => this.#emit((e) => e.ready(...args)),
      result: (findings, ms, request) =>
        this.#emit((e) => {
          this.#answered = request.id;
          e.result(findings, ms, request);
        }),
      failed: (...args) => this.#emit((e) => e.failed(...args)),
    };
    try {
      this.#worker = createWorker();
    } catch (error) {
      this.#die(`the browser refused to start it (${describe(error)})`);
      return;
    }
    const timer = setTimeout(() => this.#die(`it did not start within ${READY_TIMEOUT_MS / 1000} s`), READY_TIMEOUT_MS);
    this.#worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'ready') {
        clearTimeout(timer);
        events.ready(message.rules, message.eslintVersion);
      } else if (message.type === 'result') {
        const request = this.#pending.get(message.id);
        this.#pending.delete(message.id);
        if (request && message.id === this.#latest) events.result(message.findings, message.ms, request);
      } else if (message.id === null || message.id === this.#latest) {
        const { id } = message;
        this.#emit((e) => {
          if (id !== null) this.#answered = id;
          e.failed(message.message, false);
        });
      }
    });
    this.#worker.addEventListener('error', (event) => {
      clearTimeout(timer);
      event.preventDefault();
      this.#die(event.message ? `it stopped with "${event.message}"` : 'its script could not be loaded');
    });
    this.#worker.addEventListener('messageerror', () => events.failed('a message from the lint worker could not be read', false));
  }

  /** Delivers events from now on, after replaying those that came earlier. */
  connect(events: LintClientEvents): void {
    this.#events = events;
    for (const deliver of this.#queued.splice(0)) deliver(events);
  }

  #emit(deliver: (events: LintClientEvents) => void): void {
    if (this.#events) deliver(this.#events);
    else this.#queued.push(deliver);
  }

  get dead(): boolean {
    return this.#dead;
  }

  lint(request: Omit<LintRequest, 'id'>): void {
    if (this.#dead || !this.#worker) return;
    if (this.#latestRequest && this.#answered < this.#latest && sameRequest(this.#latestRequest, request)) return;
    const id = ++this.#latest;
    this.#latestRequest = request;
    const full = { ...request, id };
    this.#pending.set(id, full);
    this.#worker.postMessage(full);
  }

  #die(reason: string): void {
    if (this.#dead) return;
    this.#dead = true;
    this.#worker?.terminate();
    this.#emit((events) => events.failed(reason, true));
  }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
