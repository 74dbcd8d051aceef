// While a code is presented, the screen must not dim or lock in the middle of a scan.

/**
 * Holds a screen wake lock between `acquire()` and `release()`, where the browser has the Screen Wake
 * Lock API. The browser drops the lock whenever the page is hidden; it is asked for again when the page
 * comes back. A refusal (battery saver, a frame without the permission) is not an error: the code still shows.
 */
export class ScreenWake {
  private sentinel?: WakeLockSentinel;
  private wanted = false;

  private readonly handleVisibility = () => {
    if (this.wanted && !document.hidden && !this.sentinel) void this.request();
  };

  /** Whether this browser can keep the screen on at all. */
  static get supported(): boolean {
    // eslint-disable-next-line compat/compat -- this is the check (Safari 16.4 and later)
    return typeof navigator.wakeLock?.request === 'function';
  }

  async acquire(): Promise<void> {
    if (this.wanted) return;
    this.wanted = true;
    document.addEventListener('visibilitychange', this.handleVisibility);
    await this.request();
  }

  release(): void {
    this.wanted = false;
    document.removeEventListener('visibilitychange', this.handleVisibility);
    const sentinel = this.sentinel;
    this.sentinel = undefined;
    sentinel?.release().catch(() => undefined);
  }

  private async request() {
    if (!ScreenWake.supported) return;
    try {
      // eslint-disable-next-line compat/compat -- only once `supported` said yes
      const sentinel = await navigator.wakeLock.request('screen');
      // Closed while the request was on its way.
      if (!this.wanted) {
        await sentinel.release();
        return;
      }
      this.sentinel = sentinel;
      sentinel.addEventListener('release', () => {
        if (this.sentinel === sentinel) this.sentinel = undefined;
      });
    } catch {
      // Refused: the code is shown all the same.
    }
  }
}
