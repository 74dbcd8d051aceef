// The schemas of the OpenAPI document's `components.schemas`: which contract schemas are named, and how
// each converts to JSON Schema. Converted with `io: 'input'`, so the document describes what travels on
// the wire (what the SDK accepts), not what parsing turns it into.
import { benefitDetail, benefitPage, benefitSummary, benefitKind, unknownBenefit } from '../benefit.js';
import { campaignStatus, cashbackCampaign, cashbackList, cashbackProgress, cashbackRule, currencyConversion } from '../cashback.js';
import { category, categoryId, categoryList } from '../category.js';
import { claimRequest, claimResult, launchRequest, partnerLaunch } from '../claim.js';
import { ENDPOINTS, type Endpoint } from '../endpoints.js';
import { dateField, formAnswers, formField, numberField, selectField, textField, timeSlotField, unknownField } from '../form.js';
import { z } from '../internal/zod.js';
import { KINDS, voucherDisplay, type KindSchemas } from '../kinds/index.js';
import { card, cardProduct, cardTier, member, session, sessionRequest, tenant } from '../member.js';
import { availability, benefitValue, location, partnerDetail, partnerRef, quota, validityWindow, walletStatus } from '../parts.js';
import { calendarDate, currency, decimal, identifier, image, instant, money, safeUrl, timeOfDay } from '../primitives.js';
import { errorCode, problem } from '../problem.js';
import { headingBlock, listBlock, paragraphBlock, richText, textBlock, textSpan, unknownBlock } from '../rich-text.js';
import { valueSummary } from '../summary.js';
import { unknownItem, walletItem, walletPage } from '../wallet.js';
import { sharedCardEligibility } from '../kinds/variant.js';
import { catchAllTags, defOf, isOpenEnum } from './zod-walk.js';

/** A JSON Schema in OpenAPI 3.1's dialect (draft 2020-12). */
export interface JsonSchema {
  [keyword: string]: unknown;
}

export type Schema = z.core.$ZodType;

type Component = readonly [id: string, schema: Schema, description?: string];

/**
 * The named schemas of `components.schemas` that belong to no kind, in document order. A schema used
 * anywhere else is written as a `$ref` to its name; a request or response schema missing here is named
 * after its operation. Each kind's variants and other schemas follow the kinds' registry (`kindComponents`).
 */
const SHARED: readonly Component[] = [
  ['Identifier', identifier, 'An opaque identifier chosen by the platform, safe in a URL path segment.'],
  ['Instant', instant, 'An instant in ISO 8601 with an explicit offset, e.g. `2026-12-31T23:59:59+08:00`.'],
  ['CalendarDate', calendarDate, "A calendar date, `YYYY-MM-DD`, in the partner's local time."],
  ['TimeOfDay', timeOfDay, "A time of day, `HH:MM`, in the partner's local time."],
  ['Decimal', decimal, 'A non-negative decimal number as a string (e.g. a rate of `"8.5"` per cent), never a binary float.'],
  ['Currency', currency, 'An ISO 4217 currency code.'],
  ['Money', money, 'An amount of money: a decimal string, so no value passes through a binary float, and its currency.'],
  [
    'SafeUrl',
    safeUrl,
    'An absolute `https:` URL without credentials; `http:` only on loopback hosts (`localhost`, `127.0.0.1`, `[::1]`), for sandboxes.',
  ],
  ['Image', image, 'An image with its text alternative; `alt` is empty only for decorative images.'],

  ['ErrorCode', errorCode],
  ['Problem', problem, "An RFC 9457 problem with the platform's stable `code`. `invalidParams` accompanies `validation_failed`."],

  ['SessionRequest', sessionRequest],
  ['Session', session, "A short-lived session token for one cardholder, handed by the bank's backend to its app."],
  ['Tenant', tenant, 'An issuing bank on the platform.'],
  ['CardProduct', cardProduct],
  ['CardTier', cardTier],
  ['Card', card, 'One of the member’s cards: the last four digits only, never a full card number.'],
  ['Member', member, 'The signed-in cardholder. The id is opaque; no name, phone or card number.'],

  ['CategoryId', categoryId],
  ['Category', category],
  ['CategoryList', categoryList],

  ['TextSpan', textSpan, 'A run of text; a `link` makes it a link.'],
  ['ParagraphBlock', paragraphBlock],
  ['ListBlock', listBlock],
  ['HeadingBlock', headingBlock],
  ['UnknownBlock', unknownBlock, 'A block type from a newer platform: renderers skip it.'],
  ['TextBlock', textBlock],
  ['RichText', richText, 'Structured text, never HTML: clients render it with their own markup.'],

  ['DateField', dateField],
  ['TimeSlotField', timeSlotField],
  ['SelectField', selectField],
  ['NumberField', numberField],
  ['TextField', textField],
  ['UnknownField', unknownField, 'A field type from a newer platform: clients that cannot render it offer the partner’s own channel.'],
  ['FormField', formField, 'One field of the form a reservation asks for.'],
  ['FormAnswers', formAnswers, "The cardholder's answers, keyed by field name."],

  ['CashbackRule', cashbackRule],
  ['CurrencyConversion', currencyConversion],
  ['CashbackProgress', cashbackProgress],
  ['CampaignStatus', campaignStatus],
  ['CashbackCampaign', cashbackCampaign],
  ['CashbackList', cashbackList],

  ['BenefitKind', benefitKind],
  ['Availability', availability],
  ['VoucherDisplay', voucherDisplay],
  ['Quota', quota, 'How much of a benefit the member may still take in the current period.'],
  ['BenefitValue', benefitValue],
  ['PartnerRef', partnerRef],
  ['BenefitSummary', benefitSummary, 'A benefit as it appears in lists.'],
  ['BenefitPage', benefitPage, 'One page of benefits; pass `nextCursor` back as `cursor`, `null` on the last page.'],
  ['ValidityWindow', validityWindow],
  ['CardEligibility', sharedCardEligibility, 'Whether the benefit can be taken on one of the member’s cards; a kind with reasons of its own lists them in its variant.'],
  ['Location', location],
  ['PartnerDetail', partnerDetail],
  ...kindComponents('Benefit'),
  ['UnknownBenefit', unknownBenefit, 'A kind from a newer platform: shown with a generic look, not taken up.'],
  ['BenefitDetail', benefitDetail, 'Everything about one benefit, shaped by its `kind`.'],

  ['WalletStatus', walletStatus],
  ...kindComponents('Item'),
  ['UnknownItem', unknownItem, 'A wallet item of a kind from a newer platform.'],
  ['WalletItem', walletItem, 'A voucher, reservation or activation the member holds.'],
  ['WalletPage', walletPage, 'One page of wallet items; pass `nextCursor` back as `cursor`, `null` on the last page.'],

  ['ClaimRequest', claimRequest],
  ['ClaimResult', claimResult, 'The new wallet item and the card’s quota after the claim.'],
  ['LaunchRequest', launchRequest],
  ['PartnerLaunch', partnerLaunch, 'A short-lived, signed entry link into a partner platform.'],

  ['ValueSummary', valueSummary, 'The value the member’s cards gave back this year, against the annual fee.'],
];

/** Each kind's variant of the benefit detail or of the wallet item, named after the kind: `VoucherBenefit`. */
function kindComponents(variant: 'Benefit' | 'Item'): Component[] {
  return (Object.entries(KINDS) as [string, KindSchemas][]).flatMap(([kind, schemas]): Component[] => {
    const schema = variant === 'Benefit' ? schemas.benefit : schemas.item;
    return schema ? [[`${kind.charAt(0).toUpperCase()}${kind.slice(1)}${variant}`, schema]] : [];
  });
}

/** The `safeUrl` rule (`isSafeUrl`) as a pattern, for validators that cannot run the refinement. */
const SAFE_URL_PATTERN = String.raw`^(https://|http://(localhost|127\.0\.0\.1|\[::1\])(:\d+)?([/?#]|$))`;

const DROPPED_FIELD = 'Not essential: a client drops a value that breaks this schema and shows the rest of the response.';
const DROPPED_ENTRY = 'A client leaves out an entry that breaks this schema and shows the others.';

/** `components.schemas` from the contract's schemas, and the name each request and response schema has there. */
export function componentSchemas() {
  const registry = z.registry<{ id: string; description?: string }>();
  for (const [id, schema, description] of SHARED) registry.add(schema, { id, ...(description && { description }) });
  for (const [operationId, endpoint] of Object.entries(ENDPOINTS) as [string, Endpoint][]) {
    const Name = operationId.charAt(0).toUpperCase() + operationId.slice(1);
    if (endpoint.body && !registry.has(endpoint.body)) registry.add(endpoint.body, { id: `${Name}Request` });
    if (!registry.has(endpoint.response)) registry.add(endpoint.response, { id: `${Name}Response` });
  }

  const catchAll = catchAllTags(SHARED.map(([, schema]) => schema));
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'input',
    // Refinements and transforms have no JSON Schema; the overrides below restate the ones that matter.
    unrepresentable: 'any',
    metadata: registry,
    uri: (id) => `#/components/schemas/${id}`,
    override({ zodSchema, jsonSchema }) {
      if (zodSchema === safeUrl) Object.assign(jsonSchema, { format: 'uri', pattern: SAFE_URL_PATTERN });
      const known = catchAll.get(zodSchema);
      if (known) jsonSchema.not = { enum: known };
      const def = defOf(zodSchema);
      if (def.type === 'catch') {
        // What a client does with a value here that breaks the contract (see `degrade.ts`).
        jsonSchema.description ??= defOf(def.innerType).type === 'optional' ? DROPPED_FIELD : DROPPED_ENTRY;
      }
      if (isOpenEnum(zodSchema)) {
        jsonSchema.description ??= 'Open: the platform may add values; a client reads one it does not know as `unknown`.';
      }
      // z.int()'s safe-integer bounds say nothing a JSON number does not.
      if (jsonSchema.type === 'integer') {
        if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
        if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
      }
    },
  });

  const json: Record<string, JsonSchema> = {};
  for (const [id, { $schema: _dialect, $id: _id, description, ...schema }] of Object.entries(schemas)) {
    json[id] = { ...(description !== undefined && { description }), ...schema };
  }
  return {
    json,
    name(schema: Schema): string {
      const id = registry.get(schema)?.id;
      if (id === undefined) throw new Error('Every request and response schema is registered above.');
      return id;
    },
  };
}
