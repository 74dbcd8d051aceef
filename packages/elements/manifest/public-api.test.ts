// custom-elements.json as the analyzer writes it with the project's config: the public elements only,
// their public members, and every event each one fires, named and described.
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse, elementsOf } from './generate.js';

type Manifest = Awaited<ReturnType<typeof analyse>>;

/** The tags the package registers: one define module per element. */
const DEFINED = readdirSync(new URL('../src/define/', import.meta.url))
  .map((file) => /defineElement\(\s*'([^']+)'/.exec(readFileSync(new URL(`../src/define/${file}`, import.meta.url), 'utf8'))?.[1])
  .filter((tag): tag is string => Boolean(tag));

describe('custom-elements.json', () => {
  let manifest: Manifest;
  beforeAll(async () => {
    manifest = await analyse();
  }, 30_000);

  it('declares the public elements and nothing else', () => {
    expect(DEFINED.length).toBe(9);
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
    expect(declarations.map((declaration) => ('tagName' in declaration ? declaration.tagName : declaration.name)).sort()).toEqual([...DEFINED].sort());
    for (const module of manifest.modules) {
      for (const entry of module.exports ?? []) expect(declarations.map((declaration) => declaration.name)).toContain(entry.declaration.name);
    }
  });

  it('lists no private or static members', () => {
    for (const element of elementsOf(manifest)) {
      for (const member of element.members ?? []) {
        expect(member.privacy, `${element.tagName}.${member.name}`).not.toBe('private');
        expect(member.static, `${element.tagName}.${member.name}`).toBeFalsy();
      }
    }
    const provider = elementsOf(manifest).find((element) => element.tagName === 'rights-provider')!;
    expect(provider.members!.map((member) => member.name)).toEqual(expect.arrayContaining(['baseUrl', 'getToken', 'bridge', 'signOut']));
  });

  it('names and describes every event each element fires, rights-analytics included', () => {
    for (const element of elementsOf(manifest)) {
      for (const event of element.events ?? []) {
        expect(event.name, `an event of ${element.tagName}`).toMatch(/^rights-[a-z-]+$/);
        expect(event.description, `${element.tagName} ${event.name}`).toBeTruthy();
        expect(event.type?.text, `${element.tagName} ${event.name}`).toMatch(/^Rights\w+Event$/);
      }
    }
    const fired = (tag: string) => elementsOf(manifest).find((element) => element.tagName === tag)!.events!.map((event) => event.name);
    for (const tag of ['rights-catalog', 'rights-benefit-detail', 'rights-hub']) expect(fired(tag)).toContain('rights-analytics');
    // The hub fires what its screens do: a host listens on the one tag it placed.
    expect(fired('rights-hub')).toEqual(expect.arrayContaining(['rights-claimed', 'rights-claim', 'rights-open-partner', 'rights-remind']));
    const cancelable = (tag: string) => elementsOf(manifest).find((element) => element.tagName === tag)!.events!.filter((event) => (event as { cancelable?: boolean }).cancelable).map((event) => event.name);
    expect(cancelable('rights-benefit-detail').sort()).toEqual(['rights-claim', 'rights-navigate', 'rights-open-partner']);
  });
});
