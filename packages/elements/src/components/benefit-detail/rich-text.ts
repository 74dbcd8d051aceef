// Terms, how-to-use steps and voucher instructions arrive as structured blocks, never HTML. They become
// Lit templates here, so every text is escaped by Lit and no markup from a response reaches the page.
import type { RichText, TextBlock, TextSpan } from '@rights-kit/client';
import { html, nothing, type TemplateResult } from 'lit';
import { newerVersionNote } from '../../internal/newer-version.js';
import type { Messages } from '../../locales/index.js';

/** A link only for an absolute https URL; anything else stays plain text. */
function httpsUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value).protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}

function renderSpan(span: TextSpan): TemplateResult {
  let content: TemplateResult = html`${span.text}`;
  if (span.emphasis) content = html`<em>${content}</em>`;
  if (span.strong) content = html`<strong>${content}</strong>`;
  const href = httpsUrl(span.link);
  return href ? html`<a href=${href} rel="noopener noreferrer">${content}</a>` : content;
}

const renderSpans = (spans: readonly TextSpan[]) => spans.map(renderSpan);

function renderBlock(block: TextBlock, headingLevel: number, messages: Messages) {
  switch (block.type) {
    case 'paragraph':
      return html`<p>${renderSpans(block.spans)}</p>`;
    case 'list': {
      const items = block.items.map((item) => html`<li>${renderSpans(item)}</li>`);
      return block.style === 'numbered' ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    }
    case 'heading':
      return html`<div class="rich-heading" role="heading" aria-level=${headingLevel}>${block.text}</div>`;
    case 'unknown':
      // A block type from a newer platform: said so where it stands, and the rest still reads.
      return newerVersionNote(messages);
  }
}

/** `blocks` as markup; headings inside it take `headingLevel` (at most 6). */
export function renderRichText(blocks: RichText, headingLevel: number, messages: Messages) {
  const level = Math.min(headingLevel, 6);
  // Several new blocks in a row need saying once.
  return blocks.map((block, index) => (block.type === 'unknown' && blocks[index - 1]?.type === 'unknown' ? nothing : renderBlock(block, level, messages)));
}
