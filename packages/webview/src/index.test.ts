import { describe, expect, it } from 'vitest';
import packageJson from '../package.json';
import * as webview from './index.js';
import { detectHost } from './index.js';

const noop = () => undefined;

describe('detectHost', () => {
  it('is a browser when no native channel is registered', () => {
    expect(detectHost({})).toBe('browser');
    expect(detectHost(globalThis)).toBe('browser');
  });

  it('finds the iOS script message handler', () => {
    expect(detectHost({ webkit: { messageHandlers: { rightsKit: { postMessage: noop } } } })).toBe('ios');
  });

  it('finds the Android web message listener object', () => {
    expect(detectHost({ rightsKit: { postMessage: noop, addEventListener: noop } })).toBe('android');
  });

  it('finds the HarmonyOS ArkWeb proxy', () => {
    expect(detectHost({ rightsKitHarmony: { postMessage: noop } })).toBe('harmony');
  });

  it('ignores look-alikes that a hostile page could plant without the methods', () => {
    expect(detectHost({ webkit: { messageHandlers: { rightsKit: {} } } })).toBe('browser');
    expect(detectHost({ rightsKit: { postMessage: 'x' } })).toBe('browser');
    expect(detectHost({ webkit: { messageHandlers: { otherApp: { postMessage: noop } } } })).toBe('browser');
  });
});

describe('the package entry', () => {
  it('exports the public API and nothing internal', () => {
    expect(Object.keys(webview).sort()).toEqual([
      'CHANNEL_NAME',
      'DEFAULT_SETTINGS',
      'PROTOCOL_VERSION',
      'VERSION',
      'WebViewError',
      'connectWebView',
      'detectHost',
      'dsBridgeAdapter',
      'webViewJavascriptBridgeAdapter',
    ]);
    expect(webview.PROTOCOL_VERSION).toBe(1);
    expect(webview.CHANNEL_NAME).toBe('rightsKit');
  });

  it('announces the version it is published as', () => {
    expect(webview.VERSION).toBe(packageJson.version);
  });
});
