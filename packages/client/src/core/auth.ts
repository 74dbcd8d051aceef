/**
 * Holds the session token in memory for the client's lifetime. The host's `getToken()` is called once,
 * lazily, and concurrent requests share that one call. `invalidate()` drops the token so the next
 * request asks the host again.
 */
export interface TokenStore {
  get(): Promise<string>;
  invalidate(): void;
}

export function createTokenStore(getToken: () => Promise<string>): TokenStore {
  let pending: Promise<string> | undefined;
  return {
    get() {
      pending ??= Promise.resolve()
        .then(getToken)
        .then((token) => {
          if (typeof token !== 'string' || token === '') throw new TypeError('getToken() must resolve to a non-empty string');
          return token;
        });
      // A failed attempt is not remembered: the next request asks the host again.
      pending.catch(() => (pending = undefined));
      return pending;
    },
    invalidate() {
      pending = undefined;
    },
  };
}
