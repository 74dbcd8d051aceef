// "Remind me" on a voucher about to expire: asked of the host, then of the app's bridge.
import type { VoucherItem } from '@rights-kit/client';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { RightsRemindEvent } from '../../events.js';
import type { RightsEnvironment } from '../../internal/context.js';
import { formatDay } from '../../internal/format.js';
import type { WalletOwnTexts } from '../benefit-detail/kinds/item-host.js';
import { daysUntil, reminderAt } from './expiry.js';
import { SOON_DAYS, titleIdOf } from './wallet-row.js';

type ReminderState = 'busy' | 'set' | 'failed';

/** The reminders asked for while one wallet lives, by wallet item. */
export class Reminders {
  private states: ReadonlyMap<string, ReminderState> = new Map();

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly environment: () => RightsEnvironment<WalletOwnTexts>,
    /** Says `text` in the wallet's live region. */
    private readonly announce: (text: string) => void,
  ) {}

  /** The button for `item`, once asked for or while it is worth offering: active, within a week, with time left to remind. */
  render(item: VoucherItem, now: number) {
    const state = this.states.get(item.id);
    // Once asked for, a reminder stays on show, whatever the clock says since.
    if (!state && !canRemind(item, now)) return nothing;
    const { messages } = this.environment();
    const label = { busy: messages.walletReminding, set: messages.walletReminderSet, failed: messages.walletRemind }[state ?? 'failed'];
    return html`<div class="reminder">
      <button
        part=${state === 'set' ? 'remind set' : 'remind'}
        class="button secondary"
        type="button"
        aria-describedby=${titleIdOf(item)}
        aria-disabled=${state === 'busy' || state === 'set' ? 'true' : 'false'}
        @click=${() => this.remind(item)}
      >
        ${label}
      </button>
      ${state === 'failed' ? html`<p part="reminder-error" class="reminder-error">${messages.walletReminderFailed}</p>` : nothing}
    </div>`;
  }

  /**
   * Asks the host, then the app's bridge, to remind the cardholder the day before the voucher expires.
   * A cancelled event is the host's veto (or its own scheduling): nothing changes here. Without a bridge
   * the host schedules it from the event, so the reminder counts as set.
   */
  private async remind(item: VoucherItem) {
    const state = this.states.get(item.id);
    if (state === 'busy' || state === 'set' || !item.validUntil) return;
    const { locale, messages, bridge } = this.environment();
    const reminder = {
      title: messages.walletReminderTitle(item.title),
      body: messages.walletReminderBody(item.partner.name, formatDay(locale, item.validUntil)),
      at: reminderAt(item.validUntil),
    };
    const event = new RightsRemindEvent({ walletItemId: item.id, ...reminder });
    this.host.dispatchEvent(event);
    if (event.defaultPrevented) return;
    if (!bridge?.scheduleReminder) return this.set(item.id, 'set');
    this.set(item.id, 'busy');
    try {
      await bridge.scheduleReminder({ id: item.id, ...reminder });
      this.set(item.id, 'set');
    } catch {
      this.set(item.id, 'failed');
    }
  }

  private set(walletItemId: string, state: ReminderState) {
    this.states = new Map(this.states).set(walletItemId, state);
    this.host.requestUpdate();
    const { messages } = this.environment();
    if (state !== 'busy') this.announce(state === 'set' ? messages.walletReminderSet : messages.walletReminderFailed);
  }
}

/** Whether a reminder is worth offering: an active voucher expiring within a week, and time left to remind before it does. */
function canRemind(item: VoucherItem, now: number): boolean {
  if (item.status !== 'active' || !item.validUntil) return false;
  return daysUntil(item.validUntil, now) <= SOON_DAYS && Date.parse(reminderAt(item.validUntil, now)) < Date.parse(item.validUntil);
}
