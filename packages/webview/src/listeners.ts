/** A listener's own error surfaces as an uncaught error in the page, like an event listener's, without stopping the others. */
export function callSafely<T>(listener: () => T): T | undefined {
  try {
    return listener();
  } catch (error) {
    setTimeout(() => {
      throw error;
    });
    return undefined;
  }
}

/** A set of listeners for one kind of news. */
export function createListeners<T>() {
  const listeners = new Set<(value: T) => void>();
  return {
    add(listener: (value: T) => void): () => void {
      // A wrapper per subscription, so subscribing the same function twice needs two unsubscribes.
      const each = (value: T) => listener(value);
      listeners.add(each);
      return () => listeners.delete(each);
    },
    emit(value: T) {
      for (const listener of [...listeners]) callSafely(() => listener(value));
    },
    clear: () => listeners.clear(),
  };
}
