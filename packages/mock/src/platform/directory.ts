// Who and what the platform knows from its seed: banks, card products, members and the catalogue, and
// which benefits a member may see (those of their own bank's card products).
import type { SeedBenefit, SeedMember } from '../fixtures/types.js';
import { SEED_MEMBERS, SEED_TENANTS } from '../fixtures/tenants.js';
import { refuse } from './problem.js';

/** A lookup the seed guarantees (seed.test.ts checks it); a miss is a bug in the sandbox, not a refusal. */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The sandbox seed has no ${what}`);
  return value;
}

export type Directory = ReturnType<typeof createDirectory>;

export function createDirectory(benefits: readonly SeedBenefit[]) {
  const tenants = new Map(SEED_TENANTS.map((tenant) => [tenant.id, tenant]));
  const products = new Map(SEED_TENANTS.flatMap((tenant) => tenant.products.map((product) => [product.id, { ...product, tenantId: tenant.id }])));
  const members = new Map(SEED_MEMBERS.map((member) => [member.id, member]));
  const benefitsById = new Map(benefits.map((benefit) => [benefit.id, benefit]));
  // Built once per bank rather than per call: a grown catalogue asks this for every one of its benefits.
  const productIdsByTenant = new Map(SEED_TENANTS.map((tenant) => [tenant.id, new Set(tenant.products.map((product) => product.id))]));

  const tenantProductIds = (member: SeedMember): ReadonlySet<string> => productIdsByTenant.get(member.tenantId) ?? new Set();
  const isVisible = (benefit: SeedBenefit, member: SeedMember) => {
    const own = tenantProductIds(member);
    return benefit.products.some((productId) => own.has(productId));
  };

  return {
    tenantOf: (member: SeedMember) => must(tenants.get(member.tenantId), `tenant ${member.tenantId}`),
    findTenant: (tenantId: string) => tenants.get(tenantId),
    findMember: (memberId: string) => members.get(memberId),
    memberOf: (memberId: string): SeedMember => members.get(memberId) ?? refuse('unauthorized', 'The session does not belong to a member.'),
    productOf: (id: string) => must(products.get(id), `card product ${id}`),
    benefitOf: (id: string) => must(benefitsById.get(id), `benefit ${id}`),
    /** Any benefit of the catalogue, whoever may see it: for what the sandbox serves without a session, like artwork. */
    findBenefit: (id: string): SeedBenefit | undefined => benefitsById.get(id),
    tenantProductIds,
    isVisible,
    visibleBenefit: (benefitId: string, member: SeedMember): SeedBenefit => {
      const benefit = benefitsById.get(benefitId);
      return benefit && isVisible(benefit, member) ? benefit : refuse('not_found', `No benefit ${benefitId} for this member.`);
    },
  };
}
