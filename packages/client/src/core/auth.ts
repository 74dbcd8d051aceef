/**
 * Holds the session token in memory for the client's lifetime. The host's `getToken()` is called
 * lazily, and every caller shares one call: at start-up, and when a 401 says the token went stale — so
 * twenty requests meeting an expired session cause one refresh, not twenty.
 */
export interface TokenStore {
  /** The current token, asking the host for one if there is none. */
  get(): Promise<string>;
  /**
   * A fresh token after `stale` was refused. If another request already replaced `stale`, its
   * replacement is shared rather than asked for again.
   */
  refresh(stale: string): Promise<string>;
  /** Forgets the token (sign-out). */
  clear(): void;
}

export function createTokenStore(getToken: () => Promise<string>): TokenStore {
  let current: Promise<string> | undefined;
  let settled: string | undefined;

  const ask = () => {
    const pending = Promise.resolve()
      .then(getToken)
      .then((token) => {
        if (typeof token !== 'string' || token === '') throw new TypeError('getToken() must resolve to a non-empty string');
        if (current === pending) settled = token;
        return token;
      });
    // A failed attempt is not remembered: the next request asks the host again.
    pending.catch(() => {
      if (current === pending) current = undefined;
    });
    current = pending;
    settled = undefined;
    return pending;
  };

  return {
    get: () => current ?? ask(),
    refresh(stale) {
      // Still the refused token (or nothing yet): ask. Otherwise someone already refreshed; share it.
      if (!current || settled === stale) return ask();
      return current;
    },
    clear() {
      current = undefined;
      settled = undefined;
    },
  };
}
