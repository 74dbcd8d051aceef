// What every data-driven element shows when loading fails, and how it recovers.
import type { Task } from '@lit/task';
import { TaskStatus } from '@lit/task';
import { isRightsError } from '@rights-kit/client';
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Messages } from '../locales/index.js';

/** Whether a failed load is the network's doing: the device is offline, or no answer came back. */
export function isOffline(error: unknown): boolean {
  return !navigator.onLine || (isRightsError(error) && error.code === 'network');
}

/**
 * Re-runs a task that failed as soon as the device is back online, without waiting for the cardholder
 * to press retry. Listens only while its element is connected.
 */
export class RetryWhenOnline implements ReactiveController {
  private readonly handleOnline = () => {
    if (this.task.status === TaskStatus.ERROR) void this.task.run();
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly task: Task<readonly unknown[], unknown>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.handleOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.handleOnline);
  }
}

/**
 * The panel a failed load shows: offline wording when the network is to blame, else `title`; a retry
 * button either way.
 */
export function loadErrorPanel(messages: Messages, error: unknown, { title, retryPart, onRetry }: { title: string; retryPart: string; onRetry: () => void }) {
  const offline = isOffline(error);
  return html`<div part="status" class="status" role="alert">
    <p class="status-title">${offline ? messages.offline : title}</p>
    <p>${offline ? messages.offlineHint : messages.loadErrorHint}</p>
    <button part=${retryPart} class="button" type="button" @click=${onRetry}>${messages.retry}</button>
  </div>`;
}
