// What the bench's pages put on `window` for the harness (see first-card.js and the *.entry.js pages).
interface Window {
  rightsBench: {
    firstCard: Promise<number>;
    whenCardPainted(root?: Document | ShadowRoot): Promise<number>;
    longTasks: { start: number; duration: number }[];
  };
  rightsBenchMountCycles(times: number): Promise<void>;
  rightsBenchScrollToEnd(timeoutMs: number): Promise<{ started: number; duration: number; cardsInDom: number; total: number }>;
  rightsBenchParse(runs: number): Promise<{ items: number; bytes: number; times: Record<'fetchJson' | 'client' | 'jsonParse' | 'validate', number[]> }>;
}
