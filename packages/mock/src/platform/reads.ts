// What a member reads: themselves and their cards, the categories, the catalogue and one benefit, each
// rendered in the request's language with the member's own standing.
import { CATEGORY_IDS, type BenefitDetail, type BenefitSummary, type CategoryList, type Member } from '@rights-kit/contract';
import { CATEGORY_NAMES } from '../fixtures/categories.js';
import type { Directory } from './directory.js';
import type { Eligibility } from './eligibility.js';
import { kindOf } from './kinds/index.js';
import { refuse } from './problem.js';
import { renderCommonDetail, renderSummary, sandboxImage, type RequestContext } from './render.js';
import type { PlatformState } from './state.js';

export function createReads(state: PlatformState, directory: Directory, { standing }: Eligibility) {
  function me({ memberId, locale, ...context }: RequestContext): Member {
    const member = directory.memberOf(memberId);
    const tenant = directory.tenantOf(member);
    return {
      id: member.id,
      tenant: { id: tenant.id, name: tenant.name[locale] },
      cards: member.cards.map((card) => {
        const product = directory.productOf(card.productId);
        const art = sandboxImage({ locale, ...context }, `cards/${product.id}.svg`);
        return { id: card.id, last4: card.last4, product: { id: product.id, name: product.name[locale] }, tier: product.tier, ...(art && { art }) };
      }),
    };
  }

  function categories({ memberId, locale }: RequestContext): CategoryList {
    const member = directory.memberOf(memberId);
    const visible = state.benefits.filter((benefit) => directory.isVisible(benefit, member));
    return {
      items: CATEGORY_IDS.map((id) => ({ id, name: CATEGORY_NAMES[id][locale], count: visible.filter((benefit) => benefit.category === id).length })),
    };
  }

  function listBenefits(context: RequestContext, query: { category?: string; card?: string; q?: string; offset: number; limit: number }) {
    const member = directory.memberOf(context.memberId);
    const search = query.q?.trim().toLocaleLowerCase();
    const card = query.card === undefined ? undefined : member.cards.find((candidate) => candidate.id === query.card);
    if (query.card !== undefined && !card) {
      refuse('validation_failed', 'card is not one of the member’s cards.', [{ name: 'card', reason: 'unknown card' }]);
    }
    const matches = state.benefits.filter(
      (benefit) =>
        directory.isVisible(benefit, member) &&
        (!query.category || benefit.category === query.category) &&
        (!card || benefit.products.includes(card.productId)) &&
        (!search ||
          [benefit.title, benefit.subtitle, benefit.partner.name].some((text) => Object.values(text).some((value) => value.toLocaleLowerCase().includes(search)))),
    );
    const items = matches.slice(query.offset, query.offset + query.limit).map((benefit) => renderSummary(benefit, standing(benefit, member), context));
    return { items, hasMore: query.offset + query.limit < matches.length };
  }

  /** One benefit as a list shows it: for presentational tests and stories. */
  function getBenefitSummary(context: RequestContext, benefitId: string): BenefitSummary {
    const member = directory.memberOf(context.memberId);
    const benefit = directory.visibleBenefit(benefitId, member);
    return renderSummary(benefit, standing(benefit, member), context);
  }

  function getBenefit(context: RequestContext, benefitId: string): BenefitDetail {
    const member = directory.memberOf(context.memberId);
    const benefit = directory.visibleBenefit(benefitId, member);
    // The contract types each kind's eligibility with that kind's reasons; the standing gives any reason,
    // and only the kind's own ever applies. Every answer is still parsed against the contract before it
    // is sent, so a reason of another kind could not slip out.
    return {
      ...renderCommonDetail(benefit, standing(benefit, member), context),
      ...kindOf(benefit).detail(benefit, { state, memberId: member.id, context }),
    } as BenefitDetail;
  }

  return { me, categories, listBenefits, getBenefitSummary, getBenefit };
}
