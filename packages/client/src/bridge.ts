import type { StepUpChallenge } from './options.js';

/** A reminder the app shows as a native notification, e.g. before a voucher expires. */
export interface RightsReminder {
  /** Stable per thing reminded of (the wallet item's id), so scheduling twice replaces rather than repeats. */
  id: string;
  /** Already localised: what the notification says. */
  title: string;
  body: string;
  /** When to show it, ISO 8601 with offset. */
  at: string;
}

/** What a share sheet is given: already localised, never a token. */
export interface RightsShare {
  title: string;
  text?: string;
  /** An https link to what is shared, when there is one worth opening outside the app. */
  url?: string;
}

/** The feel of a haptic tap: a result (`success`, `warning`, `error`) or a choice being made (`selection`). */
export type RightsHaptic = 'success' | 'warning' | 'error' | 'selection';

/**
 * What the app hosting rights-kit can do for it: usually a native app with the experience in a WebView
 * (`@rights-kit/webview` builds one), though any object with these methods will do. Every capability is
 * optional; without one, the elements use the web's own way (a link, a browser event).
 */
export interface RightsBridge {
  /** Opens a partner platform's entry link inside the app, e.g. on a new WebView screen. */
  openUrl?(url: string): Promise<void> | void;
  /** Confirms the cardholder (biometrics or PIN); resolves to the proof, or nothing if they declined. */
  stepUp?(challenge: StepUpChallenge): Promise<string | null | undefined>;
  /** Schedules a native notification; scheduling the same `id` again replaces it. */
  scheduleReminder?(reminder: RightsReminder): Promise<void> | void;
  /**
   * Calls `handler` when the cardholder presses the app's back button; `handler` returns `true` when it
   * went back inside the experience, `false` to let the app go back itself. Returns an unsubscribe.
   */
  onBack?(handler: () => boolean): () => void;
  /** Opens the system share sheet. */
  share?(content: RightsShare): Promise<void> | void;
  /** A haptic tap; fire and forget. */
  haptic?(style: RightsHaptic): void;
}
