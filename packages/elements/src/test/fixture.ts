// Test helpers for the elements: render a template into the page, find things through shadow roots,
// run the sandbox in the page, and check accessibility with axe.
import axe from 'axe-core';
import { render, type TemplateResult } from 'lit';
import { afterEach, expect } from 'vitest';
import { startBrowserSandbox } from '@rights-kit/mock/browser';
import type { SetupWorker } from 'msw/browser';

const containers: HTMLElement[] = [];

afterEach(() => {
  for (const container of containers.splice(0)) {
    render(null, container);
    container.remove();
  }
});

/** Renders `template` into a fresh container in the document and resolves with its first element once updated. */
export async function fixture<T extends Element>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  render(template, container);
  const element = container.firstElementChild as T;
  await (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
  return element;
}

/** Every element matching `selector` in `root` and in all shadow roots below it. */
export function queryDeep<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  const hosts = root instanceof Element ? [root, ...root.querySelectorAll('*')] : root.querySelectorAll('*');
  for (const host of hosts) {
    if (host.shadowRoot) found.push(...queryDeep<T>(host.shadowRoot, selector));
  }
  return found;
}

/** The text a person would read in `root`, shadow roots included, with whitespace collapsed. */
export function visibleText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    const children = node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    children.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

let sandbox: Promise<SetupWorker> | undefined;

/** The sandbox, running in this page through msw's service worker; started once per test file. */
export function useSandbox(): Promise<SetupWorker> {
  sandbox ??= startBrowserSandbox();
  afterEach(async () => (await sandbox!).resetHandlers());
  return sandbox;
}

/** Fails with a readable list when axe finds WCAG 2.2 A/AA violations in `element` (shadow DOM included). */
export async function expectAccessible(element: Element): Promise<void> {
  const { violations } = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  expect(violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}
