import type { ClaimResult, Member } from '@rights-kit/client';
import { html, nothing } from 'lit';
import type { KindHost } from './kinds/host.js';
import { resultViewOf } from './kinds/index.js';

export interface ResultActions {
  /** "View in wallet", when the detail offers it. */
  onWallet: (() => void) | undefined;
  onDone: () => void;
}

/** What a claim gave, by the kind of wallet item it is, with the way on; its heading receives focus. */
export function renderResult({ walletItem }: ClaimResult, member: Member, host: KindHost, { onWallet, onDone }: ResultActions) {
  const { messages } = host;
  const card = member.cards.find((candidate) => candidate.id === walletItem.cardId);
  const view = resultViewOf(walletItem);
  return html`<div part="result" class="result">
    <div part="result-heading" class="result-heading" id="result-heading" role="heading" aria-level=${host.subLevel} tabindex="-1">${view.title(messages)}</div>
    ${view.body(walletItem, host, card)}
    <div class="buttons">
      ${onWallet ? html`<button part="button wallet-link" class="button" type="button" @click=${onWallet}>${messages.viewInWallet}</button>` : nothing}
      <button part="button secondary" class="button secondary" type="button" @click=${onDone}>${messages.done}</button>
    </div>
  </div>`;
}
