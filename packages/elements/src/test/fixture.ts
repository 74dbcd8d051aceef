// Test helpers for the elements: render a template into the page, find things through shadow roots,
// run the sandbox in the page, and check accessibility with axe.
import axe from 'axe-core';
import { render, type TemplateResult } from 'lit';
import { afterEach, expect, onTestFinished } from 'vitest';
import { startBrowserSandbox } from '@rights-kit/mock/browser';
import type { SetupWorker } from 'msw/browser';

export { queryDeep, visibleText } from './dom.js';

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

let sandbox: Promise<SetupWorker> | undefined;

/**
 * The sandbox, running in this page through msw's service worker; started once per test file. Every test
 * starts from the seed: no handlers a test added, no claims an earlier test made.
 */
export function useSandbox(): Promise<SetupWorker> {
  sandbox ??= startBrowserSandbox();
  afterEach(async () => {
    (await sandbox!).resetHandlers();
    await fetch('/sandbox/reset', { method: 'POST' });
  });
  return sandbox;
}

/** Fails with a readable list when axe finds WCAG 2.2 A/AA violations in `element` (shadow DOM included). */
export async function expectAccessible(element: Element): Promise<void> {
  const { violations } = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  expect(violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}

/** Every request the page sends to `path` with `method` while the test runs. */
export function requestsTo(worker: SetupWorker, method: string, path: RegExp): Request[] {
  const seen: Request[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (request.method === method && path.test(new URL(request.url).pathname)) seen.push(request.clone());
  };
  worker.events.on('request:start', listener);
  onTestFinished(() => worker.events.removeListener('request:start', listener));
  return seen;
}
