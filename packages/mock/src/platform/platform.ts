// The sandbox platform: the rules of the real rights platform over seed data and in-memory state.
// Framework-free: operations take plain values and return contract objects or throw a PlatformProblem;
// the msw handlers translate HTTP in and out.
import {
  CATEGORY_IDS,
  HEADERS,
  claimRequest,
  launchRequest,
  sessionRequest,
  validateFormAnswers,
  type BenefitDetail,
  type BenefitSummary,
  type CardEligibility,
  type CashbackCampaign,
  type CategoryList,
  type ClaimResult,
  type Member,
  type PartnerLaunch,
  type Quota,
  type Session,
  type ValueSummary,
  type WalletItem,
} from '@rights-kit/contract';
import { SEED_BENEFITS } from '../fixtures/benefits/index.js';
import { SEED_CASHBACK_ENROLMENTS } from '../fixtures/cashback.js';
import { CATEGORY_NAMES } from '../fixtures/categories.js';
import { DEMO_MEMBER_ID, SEED_MEMBERS, SEED_TENANTS } from '../fixtures/tenants.js';
import type { SeedBenefit, SeedCashbackEnrolment, SeedMember } from '../fixtures/types.js';
import { SEED_USAGE } from '../fixtures/usage.js';
import { createClock, cstDate, cstInstant, periodBounds, type SandboxClock } from './clock.js';
import { fromCents, min, multiply, percentOf, sum, toCents, toCny } from './money.js';
import { refuse } from './problem.js';
import { renderDetail, renderField, renderLocation, renderSummary, sandboxImage, type BenefitStanding, type RenderContext } from './render.js';

/** Minted sessions last this long on the sandbox clock, like the platform's. */
export const SESSION_TTL_MS = 30 * 60_000;
/** Partner entry links are good for this long. */
export const LAUNCH_TTL_MS = 5 * 60_000;
/** The header carrying the host's step-up proof (biometric or PIN in the bank app). */
export const STEP_UP_HEADER = HEADERS.stepUpProof;

/** A session token that never expires, for a seeded member: what stories, tests and the demo sign in with. */
export const demoToken = (memberId = DEMO_MEMBER_ID) => `sbx_demo_${memberId}`;

/** A lookup the seed guarantees (seed.test.ts checks it); a miss is a bug in the sandbox, not a refusal. */
function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The sandbox seed has no ${what}`);
  return value;
}

interface ClaimRecord {
  id: string;
  memberId: string;
  benefitId: string;
  cardId: string;
  claimedAt: Date;
  voucherCode?: string;
  confirmationCode?: string;
  answers?: Record<string, string | number>;
  usedAt?: Date;
}

interface StoredResult {
  fingerprint: string;
  body: unknown;
}

export interface RequestContext extends RenderContext {
  memberId: string;
}

const randomCode = (length: number) => {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
};

/** JSON with sorted keys: the same body always has the same fingerprint. */
const fingerprint = (value: unknown): string =>
  JSON.stringify(value, (_key, entry: unknown) =>
    entry && typeof entry === 'object' && !Array.isArray(entry)
      ? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => a.localeCompare(b)))
      : entry,
  );

export type Platform = ReturnType<typeof createPlatform>;

export interface PlatformOptions {
  /** The clock to run on; a new real-time clock by default. */
  clock?: SandboxClock;
  /**
   * The platform's whole catalogue, across banks, in list order: the seed by default, or a grown one
   * (see growCatalog). Every read, claim and count uses this list and nothing else.
   */
  benefits?: readonly SeedBenefit[];
}

export function createPlatform({ clock = createClock(), benefits = SEED_BENEFITS }: PlatformOptions = {}) {
  const tenants = new Map(SEED_TENANTS.map((tenant) => [tenant.id, tenant]));
  const products = new Map(SEED_TENANTS.flatMap((tenant) => tenant.products.map((product) => [product.id, { ...product, tenantId: tenant.id }])));
  const members = new Map(SEED_MEMBERS.map((member) => [member.id, member]));
  const productOf = (id: string) => must(products.get(id), `card product ${id}`);
  const benefitOf = (id: string) => must(benefitsById.get(id), `benefit ${id}`);
  const benefitsById = new Map(benefits.map((benefit) => [benefit.id, benefit]));

  let sessions = new Map<string, { memberId: string; expiresAt: number }>();
  let claims: ClaimRecord[] = [];
  let stock = new Map<string, number>();
  let enrolments = new Map<string, SeedCashbackEnrolment>();
  let idempotency = new Map<string, StoredResult>();
  let launchTickets = new Map<string, { benefitId: string; expiresAt: number }>();
  let sequence = 0;

  function reset() {
    sessions = new Map();
    claims = [];
    stock = new Map(benefits.flatMap((benefit) => (benefit.stock === undefined ? [] : [[benefit.id, benefit.stock]])));
    enrolments = new Map(SEED_CASHBACK_ENROLMENTS.map((enrolment) => [`${enrolment.memberId}:${enrolment.benefitId}`, enrolment]));
    idempotency = new Map();
    launchTickets = new Map();
    sequence = 0;
  }
  reset();

  const memberOf = (memberId: string): SeedMember => members.get(memberId) ?? refuse('unauthorized', 'The session does not belong to a member.');
  // Built once per bank rather than per call: a grown catalogue asks this for every one of its benefits.
  const productIdsByTenant = new Map(SEED_TENANTS.map((tenant) => [tenant.id, new Set(tenant.products.map((product) => product.id))]));
  const tenantProductIds = (member: SeedMember): ReadonlySet<string> => productIdsByTenant.get(member.tenantId) ?? new Set();
  const isVisible = (benefit: SeedBenefit, member: SeedMember) => {
    const own = tenantProductIds(member);
    return benefit.products.some((productId) => own.has(productId));
  };
  const visibleBenefit = (benefitId: string, member: SeedMember): SeedBenefit => {
    const benefit = benefitsById.get(benefitId);
    return benefit && isVisible(benefit, member) ? benefit : refuse('not_found', `No benefit ${benefitId} for this member.`);
  };
  const enrolmentOf = (memberId: string, benefitId: string) => enrolments.get(`${memberId}:${benefitId}`);

  function quotaFor(benefit: SeedBenefit, cardId: string): Quota | undefined {
    if (!benefit.quota) return undefined;
    const { period, limit } = benefit.quota;
    const now = clock.now();
    const bounds = period === 'year' || period === 'month' ? periodBounds(now, period) : undefined;
    const used = claims.filter(
      (claim) => claim.benefitId === benefit.id && claim.cardId === cardId && (!bounds || (claim.claimedAt >= bounds.start && claim.claimedAt < bounds.end)),
    ).length;
    return { period, limit, used, remaining: Math.max(0, limit - used), ...(bounds && { resetsAt: cstInstant(bounds.end) }) };
  }

  function standing(benefit: SeedBenefit, member: SeedMember): BenefitStanding {
    const now = clock.now();
    const enrolled = benefit.kind === 'activation' && enrolmentOf(member.id, benefit.id) !== undefined;
    const sameTenant = tenantProductIds(member);
    const eligibility: CardEligibility[] = member.cards.map((card) => {
      if (!benefit.products.includes(card.productId)) {
        const otherTierOfBank = benefit.products.some((productId) => sameTenant.has(productId));
        return { cardId: card.id, eligible: false, reason: otherTierOfBank ? 'card_tier' : 'card_product' };
      }
      if (card.inactive) return { cardId: card.id, eligible: false, reason: 'card_inactive' };
      const quota = quotaFor(benefit, card.id);
      if (enrolled) return { cardId: card.id, eligible: false, reason: 'already_enrolled', ...(quota && { quota }) };
      if (quota && quota.remaining === 0) return { cardId: card.id, eligible: false, reason: 'quota_exhausted', quota };
      return { cardId: card.id, eligible: true, ...(quota && { quota }) };
    });
    const usableCards = member.cards.filter((card) => benefit.products.includes(card.productId) && !card.inactive);
    const quotas = usableCards.map((card) => quotaFor(benefit, card.id)).filter((quota): quota is Quota => quota !== undefined);
    const bestQuota = quotas.sort((a, b) => b.remaining - a.remaining)[0];
    const inWindow = now >= new Date(benefit.validity.startsAt) && now <= new Date(benefit.validity.endsAt);
    const availability = !inWindow ? 'expired' : stock.get(benefit.id) === 0 ? 'sold_out' : usableCards.length === 0 ? 'not_eligible' : 'available';
    return { eligibility, bestQuota, availability };
  }

  // ---- sessions -------------------------------------------------------------------------------

  function mintSession(apiKey: string | null, body: unknown): Session {
    const request = sessionRequest.safeParse(body);
    if (!request.success) return refuse('validation_failed', 'tenantId and memberId are required.');
    const tenant = tenants.get(request.data.tenantId);
    if (!tenant || apiKey !== tenant.apiKey) return refuse('unauthorized', 'The platform API key does not match the tenant.');
    const member = members.get(request.data.memberId);
    if (!member || member.tenantId !== tenant.id) return refuse('not_found', 'No such member at this bank.');
    const token = `sbx_${randomCode(32)}`;
    const expiresAt = clock.now().getTime() + SESSION_TTL_MS;
    sessions.set(token, { memberId: member.id, expiresAt });
    return { token, expiresAt: cstInstant(new Date(expiresAt)) };
  }

  /** The member a bearer token belongs to, or an `unauthorized` problem (missing, unknown or expired). */
  function authenticate(authorization: string | null): string {
    const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    if (!token) return refuse('unauthorized', 'A session token is required.');
    const demoMember = token.startsWith('sbx_demo_') ? token.slice('sbx_demo_'.length) : undefined;
    if (demoMember && members.has(demoMember)) return demoMember;
    const session = sessions.get(token);
    if (!session) return refuse('unauthorized', 'The session token is not valid.');
    if (clock.now().getTime() >= session.expiresAt) return refuse('unauthorized', 'The session has expired.');
    return session.memberId;
  }

  // ---- reads --------------------------------------------------------------------------------------

  function me({ memberId, locale, ...context }: RequestContext): Member {
    const member = memberOf(memberId);
    const tenant = must(tenants.get(member.tenantId), `tenant ${member.tenantId}`);
    return {
      id: member.id,
      tenant: { id: tenant.id, name: tenant.name[locale] },
      cards: member.cards.map((card) => {
        const product = productOf(card.productId);
        const art = sandboxImage({ locale, ...context }, `cards/${product.id}.svg`);
        return { id: card.id, last4: card.last4, product: { id: product.id, name: product.name[locale] }, tier: product.tier, ...(art && { art }) };
      }),
    };
  }

  function categories({ memberId, locale }: RequestContext): CategoryList {
    const member = memberOf(memberId);
    const visible = benefits.filter((benefit) => isVisible(benefit, member));
    return {
      items: CATEGORY_IDS.map((id) => ({ id, name: CATEGORY_NAMES[id][locale], count: visible.filter((benefit) => benefit.category === id).length })),
    };
  }

  function listBenefits(context: RequestContext, query: { category?: string; card?: string; q?: string; offset: number; limit: number }) {
    const member = memberOf(context.memberId);
    const search = query.q?.trim().toLocaleLowerCase();
    const card = query.card === undefined ? undefined : member.cards.find((candidate) => candidate.id === query.card);
    if (query.card !== undefined && !card) {
      refuse('validation_failed', 'card is not one of the member’s cards.', [{ name: 'card', reason: 'unknown card' }]);
    }
    const matches = benefits.filter(
      (benefit) =>
        isVisible(benefit, member) &&
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
    const member = memberOf(context.memberId);
    const benefit = visibleBenefit(benefitId, member);
    return renderSummary(benefit, standing(benefit, member), context);
  }

  function getBenefit(context: RequestContext, benefitId: string): BenefitDetail {
    const member = memberOf(context.memberId);
    const benefit = visibleBenefit(benefitId, member);
    return renderDetail(benefit, standing(benefit, member), context, enrolmentOf(member.id, benefit.id) !== undefined);
  }

  // ---- claims -------------------------------------------------------------------------------------

  /**
   * Runs a write once per idempotency key: a replay with the same body gets the first result again;
   * the same key with another body is a conflict.
   */
  function idempotent<T>(memberId: string, key: string | null, request: unknown, write: () => T): T {
    if (!key || key.length < 8 || key.length > 128) {
      refuse('validation_failed', 'Every POST needs an Idempotency-Key of 8 to 128 characters.', [{ name: 'Idempotency-Key', reason: 'missing or malformed' }]);
    }
    const slot = `${memberId}:${key}`;
    const print = fingerprint(request);
    const stored = idempotency.get(slot);
    if (stored) {
      if (stored.fingerprint !== print) refuse('idempotency_conflict', 'This Idempotency-Key was used with a different request.');
      return stored.body as T;
    }
    // Only a write that went through is remembered: a refused request (say, step-up required) can be
    // retried with the same key once the refusal is dealt with.
    const body = write();
    idempotency.set(slot, { fingerprint: print, body });
    return body;
  }

  function checkTakeable(benefit: SeedBenefit, member: SeedMember, cardId: string, stepUpProof: string | null) {
    const card = member.cards.find((candidate) => candidate.id === cardId);
    if (!card) refuse('validation_failed', 'cardId is not one of the member’s cards.', [{ name: 'cardId', reason: 'unknown card' }]);
    const now = clock.now();
    if (now < new Date(benefit.validity.startsAt) || now > new Date(benefit.validity.endsAt)) refuse('benefit_expired', 'The benefit is not running now.');
    const eligibility = must(standing(benefit, member).eligibility.find((entry) => entry.cardId === cardId), `eligibility of ${cardId}`);
    if (!eligibility.eligible && eligibility.reason === 'quota_exhausted') refuse('quota_exhausted', 'This card has no quota left in this period.');
    if (!eligibility.eligible && eligibility.reason === 'already_enrolled') refuse('already_claimed', 'The member is already enrolled.');
    if (!eligibility.eligible) refuse('not_eligible', `This card cannot take the benefit (${eligibility.reason}).`);
    if (stock.get(benefit.id) === 0) refuse('sold_out', 'No units are left.');
    if (benefit.stepUp && !stepUpProof) refuse('step_up_required', 'Confirm with the bank app (biometric or PIN), then retry with its proof.');
  }

  function claim(context: RequestContext, benefitId: string, body: unknown, idempotencyKey: string | null, stepUpProof: string | null): ClaimResult {
    const member = memberOf(context.memberId);
    return idempotent(member.id, idempotencyKey, { benefitId, body }, (): ClaimResult => {
      const benefit = visibleBenefit(benefitId, member);
      const request = claimRequest.safeParse(body);
      if (!request.success) return refuse('validation_failed', 'The body must be { cardId, form? }.', [{ name: 'cardId', reason: 'required' }]);
      if (benefit.kind === 'partner') return refuse('validation_failed', 'Partner platforms are opened with /launch, not claimed.');
      checkTakeable(benefit, member, request.data.cardId, stepUpProof);

      let answers: Record<string, string | number> | undefined;
      if (benefit.kind === 'reservation') {
        answers = request.data.form ?? {};
        const problems = validateFormAnswers(benefit.form.map((field) => renderField(field, context)), answers);
        if (problems.length > 0) refuse('validation_failed', 'The reservation form has mistakes.', problems.map(({ name, problem }) => ({ name, reason: problem })));
      }
      if (benefit.kind === 'activation') {
        enrolments.set(`${member.id}:${benefit.id}`, {
          memberId: member.id,
          benefitId: benefit.id,
          cardId: request.data.cardId,
          enrolledAt: cstInstant(clock.now()),
          transactions: [],
        });
      }
      const remaining = stock.get(benefit.id);
      if (remaining !== undefined) stock.set(benefit.id, remaining - 1);
      const record: ClaimRecord = {
        id: `w-${(++sequence).toString().padStart(6, '0')}`,
        memberId: member.id,
        benefitId: benefit.id,
        cardId: request.data.cardId,
        claimedAt: clock.now(),
        ...(benefit.kind === 'voucher' && { voucherCode: `RK-${randomCode(4)}-${randomCode(4)}` }),
        ...(benefit.kind === 'reservation' && { confirmationCode: `BK${randomCode(6)}` }),
        ...(answers && { answers }),
      };
      claims.push(record);
      const quota = quotaFor(benefit, record.cardId);
      return { walletItem: renderWalletItem(record, context), ...(quota && { quota }) };
    });
  }

  function launch(context: RequestContext, benefitId: string, body: unknown, idempotencyKey: string | null, stepUpProof: string | null): PartnerLaunch {
    const member = memberOf(context.memberId);
    return idempotent(member.id, idempotencyKey, { benefitId, launch: body }, (): PartnerLaunch => {
      const benefit = visibleBenefit(benefitId, member);
      if (benefit.kind !== 'partner') return refuse('validation_failed', 'Only partner platforms are launched.');
      const request = launchRequest.safeParse(body ?? {});
      if (!request.success) return refuse('validation_failed', 'The body must be { cardId? }.');
      const cardId = request.data.cardId ?? standing(benefit, member).eligibility.find((entry) => entry.eligible)?.cardId;
      if (!cardId) return refuse('not_eligible', 'None of the member’s cards can open this platform.');
      checkTakeable(benefit, member, cardId, stepUpProof);
      const ticket = randomCode(24);
      const expiresAt = clock.now().getTime() + LAUNCH_TTL_MS;
      launchTickets.set(ticket, { benefitId, expiresAt });
      return { url: `${context.origin}/sandbox/partners/${benefit.id}?ticket=${ticket}`, expiresAt: cstInstant(new Date(expiresAt)) };
    });
  }

  /** Whether a partner entry link is still good; a ticket opens its platform once. */
  function redeemLaunchTicket(benefitId: string, ticket: string | null): SeedBenefit | undefined {
    if (!ticket) return undefined;
    const entry = launchTickets.get(ticket);
    if (!entry || entry.benefitId !== benefitId || clock.now().getTime() >= entry.expiresAt) return undefined;
    launchTickets.delete(ticket);
    return benefitsById.get(benefitId);
  }

  // ---- wallet ------------------------------------------------------------------------------------

  function validUntilOf(record: ClaimRecord, benefit: SeedBenefit): Date {
    const ends = new Date(benefit.validity.endsAt);
    if (benefit.kind === 'voucher') return new Date(Math.min(ends.getTime(), record.claimedAt.getTime() + benefit.voucher.validForDays * 86_400_000));
    if (benefit.kind === 'reservation') {
      const date = reservationParts(record, benefit).date;
      return new Date(`${date}T23:59:59+08:00`);
    }
    return ends;
  }

  function reservationParts(record: ClaimRecord, benefit: Extract<SeedBenefit, { kind: 'reservation' }>) {
    const answers = record.answers ?? {};
    const valueOf = (type: string) => {
      const field = benefit.form.find((candidate) => candidate.type === type);
      return field ? answers[field.name] : undefined;
    };
    const date = String(valueOf('date') ?? cstDate(record.claimedAt));
    const time = valueOf('time_slot');
    const partySize = valueOf('number');
    const locationAnswer = benefit.form.find((field) => field.name === 'location') ? answers.location : undefined;
    return {
      date,
      time: typeof time === 'string' ? time : undefined,
      partySize: typeof partySize === 'number' ? partySize : undefined,
      location: benefit.locations?.find((location) => location.id === locationAnswer),
    };
  }

  function renderWalletItem(record: ClaimRecord, context: RenderContext): WalletItem {
    const benefit = benefitOf(record.benefitId);
    const { locale } = context;
    const now = clock.now();
    const validUntil = validUntilOf(record, benefit);
    const status = record.usedAt ? 'used' : now > validUntil ? (benefit.kind === 'reservation' ? 'used' : 'expired') : 'active';
    const image = sandboxImage(context, `art/${benefit.id}.svg`);
    const base = {
      id: record.id,
      benefitId: benefit.id,
      category: benefit.category,
      title: benefit.title[locale],
      partner: { name: benefit.partner.name[locale] },
      ...(image && { image }),
      cardId: record.cardId,
      status,
      claimedAt: cstInstant(record.claimedAt),
      validUntil: cstInstant(validUntil),
    } as const;
    switch (benefit.kind) {
      case 'voucher':
        return {
          ...base,
          kind: 'voucher',
          voucher: {
            code: must(record.voucherCode, `code of ${record.id}`),
            display: benefit.voucher.display,
            ...(benefit.voucher.instructions && { instructions: benefit.voucher.instructions[locale] }),
          },
          ...(record.usedAt && { usedAt: cstInstant(record.usedAt) }),
        };
      case 'reservation': {
        const { date, time, partySize, location } = reservationParts(record, benefit);
        const details = benefit.form.flatMap((field) => {
          const answer = record.answers?.[field.name];
          if (answer === undefined || answer === '') return [];
          const label = field.type === 'select' ? field.options.find((option) => option.value === answer)?.label[locale] : undefined;
          return [{ label: field.label[locale], value: label ?? String(answer) }];
        });
        return {
          ...base,
          kind: 'reservation',
          reservation: {
            confirmationCode: must(record.confirmationCode, `confirmation of ${record.id}`),
            date,
            ...(time && { time }),
            ...(partySize !== undefined && { partySize }),
            ...(location && { location: renderLocation(location, context) }),
            details,
          },
        };
      }
      case 'activation':
        return { ...base, kind: 'activation', activation: { campaignId: benefit.id, enrolledAt: cstInstant(record.claimedAt) } };
      case 'partner':
        // A partner platform is opened, never claimed: no claim record can be of one.
        throw new Error(`Claim ${record.id} is of a partner platform, which is never claimed`);
    }
  }

  const memberRecords = (memberId: string) => claims.filter((record) => record.memberId === memberId);

  function listWallet(context: RequestContext, query: { status?: string; offset: number; limit: number }) {
    const items = memberRecords(context.memberId)
      .map((record) => renderWalletItem(record, context))
      .filter((item) => !query.status || item.status === query.status)
      .sort((a, b) => (a.validUntil ?? '9999').localeCompare(b.validUntil ?? '9999') || a.id.localeCompare(b.id));
    return { items: items.slice(query.offset, query.offset + query.limit), hasMore: query.offset + query.limit < items.length };
  }

  function getWalletItem(context: RequestContext, itemId: string): WalletItem {
    const record = memberRecords(context.memberId).find((candidate) => candidate.id === itemId);
    return record ? renderWalletItem(record, context) : refuse('not_found', `No wallet item ${itemId}.`);
  }

  /** Sandbox only: the merchant scanned the voucher. */
  function useVoucher(itemId: string): void {
    const record = claims.find((candidate) => candidate.id === itemId);
    if (!record?.voucherCode) return refuse('not_found', `No voucher ${itemId}.`);
    if (record.usedAt) return refuse('already_claimed', 'The voucher has been used already.');
    record.usedAt = clock.now();
  }

  // ---- cashback and summary ---------------------------------------------------------------------

  function cashback(context: RequestContext): { items: CashbackCampaign[] } {
    const member = memberOf(context.memberId);
    const now = clock.now();
    const items = benefits.flatMap((benefit) => (benefit.kind === 'activation' && benefit.cashback && isVisible(benefit, member) ? [{ benefit, rule: benefit.cashback }] : [])).map(
      ({ benefit, rule }): CashbackCampaign => {
      const enrolment = enrolmentOf(member.id, benefit.id);
      const converted = (enrolment?.transactions ?? []).map((transaction) => ({ ...transaction, cents: multiply(toCents(transaction.amount), transaction.rate) }));
      const spent = sum(converted.map((transaction) => transaction.cents));
      const qualifies = spent >= toCents(rule.threshold);
      const cap = toCents(rule.cap);
      // Cashback accrues per transaction, settled ones first, until the cap.
      let room = qualifies ? cap : 0n;
      const share = (filter: (transaction: (typeof converted)[number]) => boolean) => {
        const earned = min(room, percentOf(sum(converted.filter(filter).map((transaction) => transaction.cents)), rule.rate));
        room -= earned;
        return earned;
      };
      const paid = share((transaction) => transaction.paid);
      const earned = share((transaction) => transaction.settled && !transaction.paid);
      const pending = share((transaction) => !transaction.settled);
      const ended = now > new Date(benefit.validity.endsAt);
      const status = ended ? 'ended' : !enrolment ? 'not_enrolled' : qualifies && room === 0n ? 'capped' : qualifies ? 'qualified' : 'enrolled';
      const money = (cents: bigint) => fromCents(cents, rule.settlementCurrency);
      return {
        id: benefit.id,
        benefitId: benefit.id,
        title: benefit.title[context.locale],
        rule,
        startsAt: benefit.validity.startsAt,
        endsAt: benefit.validity.endsAt,
        status,
        ...(enrolment && {
          cardId: enrolment.cardId,
          enrolledAt: enrolment.enrolledAt,
          progress: {
            spent: money(spent),
            pending: money(pending),
            earned: money(earned + paid),
            paid: money(paid),
            conversions: converted.map((transaction) => ({ original: transaction.amount, converted: money(transaction.cents), rate: transaction.rate })),
          },
        }),
      };
    });
    return { items };
  }

  function summary(context: RequestContext): ValueSummary {
    const member = memberOf(context.memberId);
    const year = Number(cstDate(clock.now()).slice(0, 4));
    const annualFee = sum(member.cards.filter((card) => !card.inactive).map((card) => toCny(productOf(card.productId).annualFee)));
    const byCategory = new Map<string, { realised: bigint; uses: number }>();
    const add = (category: string, cents: bigint, uses: number) => {
      const entry = byCategory.get(category) ?? { realised: 0n, uses: 0 };
      byCategory.set(category, { realised: entry.realised + cents, uses: entry.uses + uses });
    };
    for (const usage of SEED_USAGE.filter((entry) => entry.memberId === member.id)) add(usage.category, toCny(usage.worth), usage.uses);
    for (const record of memberRecords(member.id)) {
      const benefit = benefitOf(record.benefitId);
      if (Number(cstDate(record.claimedAt).slice(0, 4)) === year) add(benefit.category, benefit.value.worth ? toCny(benefit.value.worth) : 0n, 1);
    }
    const entries = CATEGORY_IDS.flatMap((id) => {
      const entry = byCategory.get(id);
      return entry ? [{ category: id, name: CATEGORY_NAMES[id][context.locale], realised: fromCents(entry.realised, 'CNY'), uses: entry.uses }] : [];
    });
    return {
      year,
      annualFee: fromCents(annualFee, 'CNY'),
      realised: fromCents(sum([...byCategory.values()].map((entry) => entry.realised)), 'CNY'),
      byCategory: entries,
    };
  }

  /** Any benefit of the catalogue, whoever may see it: for what the sandbox serves without a session, like artwork. */
  const findBenefit = (benefitId: string): SeedBenefit | undefined => benefitsById.get(benefitId);

  return {
    clock,
    reset,
    findBenefit,
    mintSession,
    authenticate,
    me,
    categories,
    listBenefits,
    getBenefit,
    getBenefitSummary,
    claim,
    launch,
    redeemLaunchTicket,
    listWallet,
    getWalletItem,
    useVoucher,
    cashback,
    summary,
  };
}

