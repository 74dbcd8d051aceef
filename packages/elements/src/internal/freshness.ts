// How the elements learn that what they show from the client is out of date: each resource of the
// client tells of its own changes (`onChange`) and can be made stale (`markStale`).
import type { Task } from '@lit/task';
import { TaskStatus } from '@lit/task';
import type { RightsClient, Watchable } from '@rights-kit/client';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Picks the resource an element shows from a client, e.g. `(client) => client.wallet`. */
export type ResourceOf = (client: RightsClient) => Watchable;

/**
 * Holds one subscription to the client an element is given, while the element is connected, and moves
 * it when the provider hands over another client.
 */
export class ClientSubscription implements ReactiveController {
  private connected = false;
  private watched?: RightsClient;
  private stop?: () => void;

  constructor(
    host: ReactiveControllerHost,
    private readonly clientOf: () => RightsClient | undefined,
    private readonly subscribe: (client: RightsClient) => () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.watch();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.watch();
  }

  /** Before each render: the provider may have handed over another client. */
  hostUpdate(): void {
    this.watch();
  }

  private watch() {
    const client = this.connected ? this.clientOf() : undefined;
    if (client === this.watched) return;
    this.stop?.();
    this.watched = client;
    this.stop = client && this.subscribe(client);
  }
}

/**
 * Re-runs a task when what it loaded (`resourceOf(client)`) goes stale while its element is connected: a
 * claim anywhere on the page makes the wallet, cashback and value stale, also when the element sits
 * unseen behind a detail view. One run however many cached pages went stale at once, and none while the
 * task, or `busy()`, is already loading: its own answer is the news.
 */
export class ReloadWhenStale {
  private queued = false;

  private readonly handleStale = () => {
    if (this.queued || this.task.status === TaskStatus.PENDING || this.busy()) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      if (this.task.status !== TaskStatus.PENDING) void this.task.run();
    });
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly task: Task<readonly unknown[], unknown>,
    resourceOf: ResourceOf,
    clientOf: () => RightsClient | undefined,
    private readonly busy: () => boolean = () => false,
  ) {
    new ClientSubscription(host, clientOf, (client) => resourceOf(client).onChange(this.handleStale));
  }
}

/** Reloads a task as `ReloadWhenStale` does, once given its element, task and client. */
export type StaleWatch = (host: ReactiveControllerHost, task: Task<readonly unknown[], unknown>, clientOf: () => RightsClient | undefined) => void;

/** What a `ProviderTask` is given to reload when `resourceOf(client)` goes stale, unless `busy()`. */
export const whenStale =
  (resourceOf: ResourceOf, busy?: () => boolean): StaleWatch =>
  (host, task, clientOf) =>
    void new ReloadWhenStale(host, task, resourceOf, clientOf, busy);
