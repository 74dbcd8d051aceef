/**
 * The host's display settings (text size, reduced motion, safe-area insets): checking what the app
 * sends, and writing them as CSS the elements already read.
 */
import { isRecord } from './protocol.js';

/** Insets the app's own chrome and the device cut-outs take from the page, in CSS pixels. */
export interface SafeArea {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface HostSettings {
  /** The app's text size against the system default: 1 is the default, 1.3 is 30% larger. */
  textScale: number;
  /** The cardholder asked the system for less motion. */
  reducedMotion: boolean;
  safeArea: SafeArea;
}

/** What a page assumes until the app says otherwise: the system defaults, no insets. */
export const DEFAULT_SETTINGS: HostSettings = Object.freeze({ textScale: 1, reducedMotion: false, safeArea: Object.freeze({ top: 0, right: 0, bottom: 0, left: 0 }) });

const SIDES = ['top', 'right', 'bottom', 'left'] as const;

/** `Settings` as PROTOCOL.md defines it, or `undefined` when any field is missing or out of range. */
export function parseSettings(data: unknown): HostSettings | undefined {
  if (!isRecord(data) || !isRecord(data.safeArea) || typeof data.reducedMotion !== 'boolean') return undefined;
  const { textScale, safeArea } = data;
  // A scale of 0 or 50 would make the page unusable; such a value is a host bug, not a setting.
  if (typeof textScale !== 'number' || !(textScale >= 0.5 && textScale <= 4)) return undefined;
  const insets = {} as SafeArea;
  for (const side of SIDES) {
    const inset = safeArea[side];
    if (typeof inset !== 'number' || !(inset >= 0 && inset < 1000)) return undefined;
    insets[side] = inset;
  }
  return { textScale, reducedMotion: data.reducedMotion, safeArea: insets };
}

/** The CSS each setting becomes: properties on the root that rem units and the elements' styles follow. */
export function settingsToCss(settings: HostSettings): [property: string, value: string][] {
  return [
    ['font-size', `${settings.textScale * 100}%`],
    ...SIDES.map((side): [string, string] => [`--rights-safe-area-${side}`, `${settings.safeArea[side]}px`]),
    ['--rights-motion', settings.reducedMotion ? 'reduce' : 'auto'],
  ];
}

/**
 * Writes `current()` on `root` now and on every change `subscribe` reports. The returned function stops
 * following and puts back the inline values the root had before.
 */
export function followSettings(
  root: HTMLElement,
  current: () => HostSettings,
  subscribe: (listener: (settings: HostSettings) => void) => () => void,
): () => void {
  const { style } = root;
  const before = settingsToCss(current()).map(([property]) => [property, style.getPropertyValue(property), style.getPropertyPriority(property)] as const);
  const write = (settings: HostSettings) => {
    for (const [property, value] of settingsToCss(settings)) style.setProperty(property, value);
  };
  write(current());
  const unsubscribe = subscribe(write);
  let following = true;
  return () => {
    if (!following) return;
    following = false;
    unsubscribe();
    for (const [property, value, priority] of before) style.setProperty(property, value, priority);
  };
}
