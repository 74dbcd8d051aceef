import { afterEach, describe, expect, it } from 'vitest';
import { connectWebView } from './connect.js';
import { DEFAULT_SETTINGS, parseSettings, settingsToCss } from './settings.js';
import { installIos, mainFrame, ORIGIN, problems, SETTINGS, SimulatedApp } from './test/app.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function connected() {
  const win = mainFrame();
  const app = installIos(win, new SimulatedApp());
  const report = problems();
  const connection = (await connectWebView({ allowedOrigins: [ORIGIN], window: win, onProblem: report.onProblem }))!;
  cleanups.push(() => connection.disconnect());
  return { connection, app, ...report };
}

function element() {
  const root = document.createElement('div');
  document.body.append(root);
  cleanups.push(() => root.remove());
  return root;
}

const css = (root: HTMLElement) =>
  Object.fromEntries(['font-size', '--rights-safe-area-top', '--rights-safe-area-right', '--rights-safe-area-bottom', '--rights-safe-area-left', '--rights-motion'].map((property) => [property, root.style.getPropertyValue(property)]));

describe('parseSettings', () => {
  it('accepts settings as the protocol defines them', () => {
    expect(parseSettings(SETTINGS)).toEqual(SETTINGS);
    expect(parseSettings({ ...SETTINGS, extra: true })).toEqual(SETTINGS);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'large'],
    ['no text scale', { reducedMotion: false, safeArea: SETTINGS.safeArea }],
    ['a text scale of zero', { ...SETTINGS, textScale: 0 }],
    ['an absurd text scale', { ...SETTINGS, textScale: 40 }],
    ['a text scale that is not a number', { ...SETTINGS, textScale: '1.3' }],
    ['NaN', { ...SETTINGS, textScale: Number.NaN }],
    ['reducedMotion as a string', { ...SETTINGS, reducedMotion: 'true' }],
    ['a missing inset', { ...SETTINGS, safeArea: { top: 1, right: 0, bottom: 0 } }],
    ['a negative inset', { ...SETTINGS, safeArea: { ...SETTINGS.safeArea, left: -4 } }],
    ['an inset that is CSS', { ...SETTINGS, safeArea: { ...SETTINGS.safeArea, top: '47px; color: red' } }],
  ])('rejects %s', (_, data) => {
    expect(parseSettings(data)).toBeUndefined();
  });

  it('turns settings into CSS', () => {
    expect(Object.fromEntries(settingsToCss(SETTINGS))).toEqual({
      'font-size': '130%',
      '--rights-safe-area-top': '47px',
      '--rights-safe-area-right': '0px',
      '--rights-safe-area-bottom': '34px',
      '--rights-safe-area-left': '0px',
      '--rights-motion': 'reduce',
    });
    expect(Object.fromEntries(settingsToCss(DEFAULT_SETTINGS))).toMatchObject({ 'font-size': '100%', '--rights-motion': 'auto' });
  });
});

describe('applySettings', () => {
  it('writes the settings on the root and follows settings events', async () => {
    const { connection, app } = await connected();
    const root = element();
    const heard: unknown[] = [];
    connection.onSettings((settings) => heard.push(settings));
    connection.applySettings(root);
    expect(css(root)).toEqual({
      'font-size': '130%',
      '--rights-safe-area-top': '47px',
      '--rights-safe-area-right': '0px',
      '--rights-safe-area-bottom': '34px',
      '--rights-safe-area-left': '0px',
      '--rights-motion': 'reduce',
    });
    const next = { textScale: 0.85, reducedMotion: false, safeArea: { top: 20, right: 44, bottom: 0, left: 44 } };
    app.emit('settings', next);
    expect(css(root)).toEqual({
      'font-size': '85%',
      '--rights-safe-area-top': '20px',
      '--rights-safe-area-right': '44px',
      '--rights-safe-area-bottom': '0px',
      '--rights-safe-area-left': '44px',
      '--rights-motion': 'auto',
    });
    expect(heard).toEqual([next]);
    expect(connection.settings).toEqual(next);
  });

  it('ignores and reports a settings event that does not fit', async () => {
    const { connection, app, seen } = await connected();
    const root = element();
    connection.applySettings(root);
    app.emit('settings', { textScale: 'huge', reducedMotion: false, safeArea: SETTINGS.safeArea });
    expect(root.style.fontSize).toBe('130%');
    expect(connection.settings).toEqual(SETTINGS);
    expect(seen.map(({ code }) => code)).toEqual(['malformed']);
  });

  it('scales rem sizes on the document by default', async () => {
    const { connection, app } = await connected();
    const probe = element();
    probe.style.width = '10rem';
    const before = probe.getBoundingClientRect().width;
    cleanups.push(connection.applySettings());
    expect(probe.getBoundingClientRect().width).toBeCloseTo(before * 1.3, 1);
    app.emit('settings', { ...SETTINGS, textScale: 2 });
    expect(probe.getBoundingClientRect().width).toBeCloseTo(before * 2, 1);
  });

  it('stops following and restores the inline styles the root had', async () => {
    const { connection, app } = await connected();
    const root = element();
    root.style.setProperty('font-size', '18px', 'important');
    const stop = connection.applySettings(root);
    expect(root.style.fontSize).toBe('130%');
    stop();
    expect(root.style.getPropertyValue('font-size')).toBe('18px');
    expect(root.style.getPropertyPriority('font-size')).toBe('important');
    expect(root.style.getPropertyValue('--rights-motion')).toBe('');
    app.emit('settings', { ...SETTINGS, textScale: 2 });
    expect(root.style.getPropertyValue('font-size')).toBe('18px');
  });

  it('lets each root follow on its own', async () => {
    const { connection, app } = await connected();
    const first = element();
    const second = element();
    const stopFirst = connection.applySettings(first);
    connection.applySettings(second);
    stopFirst();
    app.emit('settings', { ...SETTINGS, textScale: 1.5 });
    expect(first.style.fontSize).toBe('');
    expect(second.style.fontSize).toBe('150%');
  });
});
