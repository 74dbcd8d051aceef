import { Task, TaskStatus, initialState, type TaskFunctionOptions } from '@lit/task';
import type { RightsClient } from '@rights-kit/client';
import type { ReactiveControllerHost } from 'lit';
import type { RightsEnvironment } from './context.js';
import type { StaleWatch } from './freshness.js';
import { loadErrorPanel, ReportSessionEnd, RetryWhenOnline } from './status.js';

export interface ProviderTaskOptions<A extends readonly unknown[], R, Ready extends A = A> {
  /** What the load depends on besides the provider's client: a change loads again. */
  args: () => A;
  /** Loads with the provider's client. */
  task: (client: RightsClient, args: Ready, options: TaskFunctionOptions) => Promise<R>;
  /** Whether `args` name anything to load yet (a voucher without an id): until then the task stays initial, provider or not. */
  ready?: (args: A) => args is Ready;
  /**
   * When what was loaded goes stale, e.g. `whenStale((client) => client.wallet)`: the task then loads
   * again. Passed in rather than built here, so an element that never reloads carries none of it.
   */
  stale?: StaleWatch;
  /** What the element can do without a provider, named in the error when it has neither: e.g. `an item, or `. */
  otherwise?: string;
}

/** How a data element shows each state of its load; pending keeps what was shown, else the skeleton. */
export interface LoadViews<R> {
  complete: (value: R) => unknown;
  skeleton: () => unknown;
  /** The heading of a failed load and the part of its retry button, as the element documents it. */
  failed: { title: string; retryPart: string };
  /** A panel of the element's own for a failure it knows better (no such benefit); `undefined` for the standard one. */
  error?: (error: unknown) => unknown;
}

/**
 * The load every data element shares: a `@lit/task` over the provider's client that fails with a clear
 * error outside a provider, runs again when the device comes back online and when what it loaded goes
 * stale, tells the host once when the session has ended, and renders pending, complete and error alike
 * in every element (Spectrum's `PendingStateController`, Shoelace's `FormControlController`).
 */
export class ProviderTask<A extends readonly unknown[], R, Ready extends A = A> {
  readonly task: Task<readonly [RightsClient | undefined, ...A], R>;

  constructor(
    host: ReactiveControllerHost & Element,
    private readonly environment: () => RightsEnvironment,
    { args, task, ready = (_args): _args is Ready => true, stale, otherwise = '' }: ProviderTaskOptions<A, R, Ready>,
  ) {
    this.task = new Task(host, {
      task: async ([client, ...rest], options) => {
        const own = rest as unknown as A;
        if (!ready(own)) return initialState;
        if (!client) throw new Error(`<${host.localName}> needs ${otherwise}a <rights-provider> around it with base-url and getToken, or a client.`);
        return task(client, own, options);
      },
      args: () => [this.environment().client, ...args()] as const,
    });
    new RetryWhenOnline(host, this.task);
    new ReportSessionEnd(host, this.task);
    stale?.(host, this.task, () => this.environment().client);
  }

  get status(): TaskStatus {
    return this.task.status;
  }

  get value(): R | undefined {
    return this.task.value;
  }

  get error(): unknown {
    return this.task.error;
  }

  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  run(): Promise<void> {
    return this.task.run();
  }

  /** While a new locale loads, or a refresh, what was shown stays rather than flashing a skeleton. */
  render({ complete, skeleton, failed, error }: LoadViews<R>): unknown {
    return this.task.render({
      pending: () => (this.task.value === undefined ? skeleton() : complete(this.task.value)),
      complete,
      error: (reason) => error?.(reason) ?? this.errorPanel(reason, failed),
    });
  }

  /** The standard panel of a failed load (offline, signed out, or `title`), with a retry that loads again. */
  errorPanel(reason: unknown, { title, retryPart }: LoadViews<R>['failed']) {
    return loadErrorPanel(this.environment().messages, reason, { title, retryPart, onRetry: () => void this.task.run() });
  }
}
