import { newIdempotencyKey, type BenefitDetail, type ClaimRequest, type ClaimResult } from '@rights-kit/client';
import { isSafeUrl } from '@rights-kit/contract';
import type { ReactiveControllerHost } from 'lit';
import { RightsClaimEvent, RightsClaimFailedEvent, RightsClaimedEvent, RightsOpenPartnerEvent } from '../../events.js';
import { analyticsOf, track } from '../../internal/analytics.js';
import type { RightsEnvironment } from '../../internal/context.js';
import { reportSessionEnd } from '../../internal/status.js';
import { failureOf, keepsKey, type Failure } from './failure.js';

/** Where taking the benefit stands: nothing yet, a confirmation showing, a request on its way, a result. */
export type Phase = 'idle' | 'confirming' | 'busy' | 'done';

export interface ClaimHooks {
  /** The provider's client, bridge and analytics consent, as they are now. */
  environment(): RightsEnvironment;
  /** The claim went through: `result` is on show. */
  taken(benefit: BenefitDetail, result: ClaimResult): void;
  /** The claim or launch failed and `failure` is on show; `problems` are a refusal's field errors. */
  failed(benefit: BenefitDetail, failure: Failure, problems: readonly { name: string; reason: string }[]): void;
  /** The host declined the claim while it was being confirmed: back to the main button. */
  declined(): void;
}

/**
 * Taking a benefit up, for one element: the phase it is in, one request at a time however fast the
 * cardholder taps, one Idempotency-Key per action kept across its retries while the platform may have
 * acted, and what the host hears of it (`rights-claim`, `rights-claimed`, `rights-claim-failed`,
 * `rights-open-partner`, analytics with consent) and feels (the bridge's haptics).
 */
export class ClaimController {
  phase: Phase = 'idle';
  result?: ClaimResult;
  failure?: Failure;

  /** Set in the same tick a request starts, so a second tap before the next render is ignored. */
  private inFlight = false;
  /** The current action's Idempotency-Key, kept for as long as the request it was made for is the same. */
  private action?: { key: string; request: string };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly hooks: ClaimHooks,
  ) {}

  get busy(): boolean {
    return this.phase === 'busy';
  }

  /** Asks the cardholder to confirm before the action. */
  confirm(): void {
    this.set({ phase: 'confirming', failure: undefined });
  }

  cancel(): void {
    this.set({ phase: 'idle' });
  }

  /** Another benefit, or done with this one: a clean slate, and the next action gets a key of its own. */
  reset(): void {
    this.action = undefined;
    this.set({ phase: 'idle', result: undefined, failure: undefined });
  }

  /** Forgets the last failure: the cardholder changed something. */
  clearFailure(): void {
    if (this.failure) this.set({ failure: undefined });
  }

  async claim(benefit: BenefitDetail, request: ClaimRequest): Promise<void> {
    const client = this.hooks.environment().client;
    if (!client || this.inFlight) return;
    const claim = new RightsClaimEvent({ benefitId: benefit.id, cardId: request.cardId });
    this.host.dispatchEvent(claim);
    if (claim.defaultPrevented) {
      // The host said no: back to where the cardholder was, without an error of ours.
      if (this.phase === 'confirming') this.hooks.declined();
      return;
    }
    this.start();
    this.track('claim_started', benefit);
    try {
      const result = await client.benefits.claim(benefit.id, request, { idempotencyKey: this.keyFor({ claim: benefit.id, ...request }) });
      // The next claim is another action with a key of its own.
      this.action = undefined;
      this.set({ phase: 'done', result });
      const claimed = new RightsClaimedEvent({ benefitId: benefit.id, walletItemId: result.walletItem.id, kind: result.walletItem.kind });
      this.host.dispatchEvent(claimed);
      this.track('claim_succeeded', benefit);
      this.hooks.environment().bridge?.haptic?.('success');
      this.hooks.taken(benefit, result);
    } catch (error) {
      const failure = this.fail(benefit, error);
      const failed = new RightsClaimFailedEvent({ benefitId: benefit.id, code: failure.code });
      this.host.dispatchEvent(failed);
      track(this.host, this.hooks.environment(), { name: 'claim_failed', ...analyticsOf(benefit), code: failure.code });
      this.hooks.environment().bridge?.haptic?.('error');
    } finally {
      this.inFlight = false;
    }
  }

  async launch(benefit: BenefitDetail, cardId: string): Promise<void> {
    const { client } = this.hooks.environment();
    if (!client || this.inFlight) return;
    this.start();
    try {
      const launch = await client.benefits.launch(benefit.id, { cardId }, { idempotencyKey: this.keyFor({ launch: benefit.id, cardId }) });
      this.action = undefined;
      this.set({ phase: 'idle' });
      // The contract already refuses unsafe links; this check stands even if a host's client does not.
      if (!isSafeUrl(launch.url)) {
        const failure: Failure = { name: 'unsafe_link', code: 'unsafe_url' };
        this.set({ failure });
        this.hooks.failed(benefit, failure, []);
        return;
      }
      const opening = new RightsOpenPartnerEvent({ benefitId: benefit.id, url: launch.url });
      this.host.dispatchEvent(opening);
      if (opening.defaultPrevented) return;
      // In a native app the partner opens on a screen of its own and the cardholder comes back here;
      // in a plain page the page goes there, as any link would.
      const { bridge } = this.hooks.environment();
      if (bridge?.openUrl) await bridge.openUrl(launch.url);
      else window.location.assign(launch.url);
    } catch (error) {
      this.fail(benefit, error);
    } finally {
      this.inFlight = false;
    }
  }

  private start() {
    this.inFlight = true;
    this.set({ phase: 'busy', failure: undefined });
  }

  /** Shows `error` to the cardholder; the next attempt keeps the Idempotency-Key only when the platform may have acted. */
  private fail(benefit: BenefitDetail, error: unknown): Failure {
    const failure = failureOf(error);
    if (!keepsKey(error)) this.action = undefined;
    reportSessionEnd(this.host, error);
    this.set({ phase: 'idle', failure });
    const problems = failure.name === 'validation_failed' && typeof error === 'object' && error !== null && 'invalidParams' in error ? (error.invalidParams as readonly { name: string; reason: string }[]) : [];
    this.hooks.failed(benefit, failure, problems);
    return failure;
  }

  /** The Idempotency-Key for `request`: the same while the cardholder retries the same action, new for a new one. */
  private keyFor(request: unknown): string {
    const fingerprint = JSON.stringify(request);
    if (this.action?.request !== fingerprint) this.action = { key: newIdempotencyKey(), request: fingerprint };
    return this.action.key;
  }

  private track(name: 'claim_started' | 'claim_succeeded', benefit: BenefitDetail) {
    track(this.host, this.hooks.environment(), { name, ...analyticsOf(benefit) });
  }

  private set(change: Partial<Pick<ClaimController, 'phase' | 'result' | 'failure'>>) {
    Object.assign(this, change);
    this.host.requestUpdate();
  }
}
