// What stands in for something from a newer platform that this version cannot present or take up: a
// benefit or wallet item of a new kind, a block of rich text of a new type. One fallback and one wording
// everywhere, the catalogue's: what can be read is shown (title, partner, dates, status), and the rest
// says it needs a newer version of the app, rather than calling the thing missing or leaving a gap.
import { html } from 'lit';
import type { Messages } from '../locales/index.js';

/** The badge on a benefit or wallet item of a kind this version does not know; `part` as its element names its badges. */
export const newerVersionBadge = (messages: Messages, part: string) => html`<span part=${part} class="badge status">${messages.newerVersion}</span>`;

/** In place of a part of a text this version cannot show. */
export const newerVersionNote = (messages: Messages) => html`<p part="newer" class="newer">${messages.newerVersion}</p>`;
