// What every data-driven element shows when loading fails, and how it recovers.
import type { Task } from '@lit/task';
import { TaskStatus } from '@lit/task';
import { isRightsError } from '@rights-kit/client';
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { RightsSessionExpiredEvent, type RightsSessionExpiredDetail } from '../events.js';
import type { Messages } from '../locales/index.js';

/** Whether a failed load is the network's doing: the device is offline, or no answer came back. */
export function isOffline(error: unknown): boolean {
  return !navigator.onLine || (isRightsError(error) && error.code === 'network');
}

/** Whether a failed load asked for something that is not there (for this member): retrying changes nothing. */
export function isNotFound(error: unknown): boolean {
  return isRightsError(error) && (error.code === 'not_found' || error.status === 404);
}

/**
 * Why the platform no longer serves the cardholder, when it is their session: refused even after a fresh
 * token (`unauthorized`), or no token from `getToken()` at all (`session_unavailable`). Offline, neither
 * counts: a token the bank's backend could not mint for want of a network is the network's doing.
 */
export function sessionEnd(error: unknown): RightsSessionExpiredDetail['code'] | undefined {
  if (!isRightsError(error) || isOffline(error)) return undefined;
  return error.code === 'unauthorized' || error.code === 'session_unavailable' ? error.code : undefined;
}

/** Tells the host the cardholder has to sign in again, if `error` says so: one event, whichever element met it. */
export function reportSessionEnd(element: EventTarget, error: unknown): void {
  const code = sessionEnd(error);
  if (code) element.dispatchEvent(new RightsSessionExpiredEvent({ code }));
}

/**
 * Sends `rights-session-expired` once each time the task fails because the session has ended, so a host
 * listening on `document` hears it from every data element alike.
 */
export class ReportSessionEnd implements ReactiveController {
  /** The failure last looked at: a render of the same failure is not news. */
  private seen?: unknown;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly task: Task<readonly unknown[], unknown>,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.task.status !== TaskStatus.ERROR || this.task.error === this.seen) return;
    this.seen = this.task.error;
    reportSessionEnd(this.host, this.task.error);
  }
}

/**
 * Re-runs a task that failed as soon as the device is back online, without waiting for the cardholder
 * to press retry; also one that was still failing its way through retries when the network came back.
 * Listens only while its element is connected.
 */
export class RetryWhenOnline implements ReactiveController {
  /** The device came back online while the task was still running: if it then fails, it runs again. */
  private cameBack = false;

  private readonly handleOnline = () => {
    if (this.task.status === TaskStatus.ERROR) void this.task.run();
    else if (this.task.status === TaskStatus.PENDING) this.cameBack = true;
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

  hostUpdated(): void {
    if (this.task.status === TaskStatus.PENDING) return;
    const rerun = this.cameBack && this.task.status === TaskStatus.ERROR;
    this.cameBack = false;
    if (rerun) void this.task.run();
  }
}

/**
 * The panel a failed load shows: offline wording when the network is to blame, the same "sign in again"
 * in every element when the session has ended, else `title`; a retry button in each case (after signing
 * in again, it loads with the new session).
 */
export function loadErrorPanel(messages: Messages, error: unknown, { title, retryPart, onRetry }: { title: string; retryPart: string; onRetry: () => void }) {
  const [heading, hint] = isOffline(error)
    ? [messages.offline, messages.offlineHint]
    : sessionEnd(error)
      ? [messages.sessionEnded, messages.sessionEndedHint]
      : [title, messages.loadErrorHint];
  return html`<div part="status" class="status" role="alert">
    <p class="status-title">${heading}</p>
    <p>${hint}</p>
    <button part=${retryPart} class="button" type="button" @click=${onRetry}>${messages.retry}</button>
  </div>`;
}
