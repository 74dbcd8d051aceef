// What a claim answered (the wallet item it gave and the card's quota after it), for the elements that
// show what it changed, without asking the platform again. It is kept by client, so one member's claim
// never reaches another session's elements.
//
// Until the client seeds its own cache with a claim's answer, this is that seed: after it does,
// `takeClaimedItem(client, id)` is `client.wallet.get(id)` (answered from the cache) and `onClaim` is
// `client.benefits.onChange`, and this module goes.
import type { ClaimResult, RightsClient, WalletItem } from '@rights-kit/client';

type ClaimListener = (benefitId: string, result: ClaimResult) => void;

interface Claims {
  readonly listeners: Set<ClaimListener>;
  /** The items claims gave, until an element shows one. */
  readonly items: Map<string, WalletItem>;
}

const claimsOf = new WeakMap<RightsClient, Claims>();

function claims(client: RightsClient): Claims {
  let found = claimsOf.get(client);
  if (!found) claimsOf.set(client, (found = { listeners: new Set(), items: new Map() }));
  return found;
}

/** Tells the elements on `client` what the claim of `benefitId` answered. */
export function recordClaim(client: RightsClient, benefitId: string, result: ClaimResult): void {
  const { listeners, items } = claims(client);
  items.set(result.walletItem.id, result.walletItem);
  for (const listener of [...listeners]) listener(benefitId, result);
}

/** Calls `listener` with each claim made through `client`; returns the unsubscribe. */
export function onClaim(client: RightsClient, listener: ClaimListener): () => void {
  const { listeners } = claims(client);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The item a claim through `client` just gave, once: shown straight after the claim it is as fresh as can
 * be; opened again later it is asked for, as it may have been used since.
 */
export function takeClaimedItem(client: RightsClient, walletItemId: string): WalletItem | undefined {
  const { items } = claims(client);
  const item = items.get(walletItemId);
  items.delete(walletItemId);
  return item;
}
