import { isRightsError } from '@rights-kit/client';

/** Whether a failed load is the network's doing: the device is offline, or no answer came back. */
export function isOffline(error: unknown): boolean {
  return !navigator.onLine || (isRightsError(error) && error.code === 'network');
}
