import { describe, expect, it } from 'vitest';
import { benefitDetail, benefitPage, benefitSummary, cashbackList, claimResult, member, partnerLaunch, richText, takeDropped, walletItem } from './index.js';
import type { z } from './internal/zod.js';

type Path = readonly (string | number)[];

/** A copy of `value` with `path` set to `replacement`, or removed when `replacement` is `undefined`. */
function changed<T>(value: T, path: Path, replacement?: unknown): T {
  const copy = structuredClone(value);
  const keys = [...path];
  const last = keys.pop()!;
  let node = copy as Record<string | number, unknown>;
  for (const key of keys) node = node[key] as Record<string | number, unknown>;
  if (replacement === undefined) Reflect.deleteProperty(node, last);
  else node[last] = replacement;
  return copy;
}

const picture = { url: 'https://cdn.rights.example/art/museum.svg', alt: 'The museum’s great hall' };
const terms = [
  { type: 'paragraph', spans: [{ text: 'One pass a year. ' }, { text: 'Full terms', link: 'https://bank.example/terms', strong: true, emphasis: false }] },
  { type: 'list', style: 'bullet', items: [[{ text: 'Weekdays only' }]] },
];
const location = { id: 'nm-1', name: 'National Museum', address: '16 East Chang’an Avenue', city: 'Beijing', phone: '+86 10 6511 6400', openingHours: '09:00–17:00', geo: { lat: 39.9, lng: 116.4 } };

const summary = {
  id: 'museum-pass',
  kind: 'voucher',
  category: 'culture',
  title: 'Museum pass',
  subtitle: 'Free entry for two',
  partner: { name: 'MuseumGo', logo: { url: 'https://cdn.rights.example/logos/museumgo.svg', alt: 'MuseumGo' } },
  image: picture,
  value: { label: 'Worth ¥120', worth: { amount: '120.00', currency: 'CNY' } },
  quota: { period: 'year', limit: 2, used: 0, remaining: 2, resetsAt: '2027-01-01T00:00:00+08:00' },
  availability: 'available',
  validUntil: '2027-12-31T23:59:59+08:00',
};

const detail = {
  ...summary,
  partner: { ...summary.partner, description: 'Tickets to China’s great museums.' },
  validity: { startsAt: '2026-01-01T00:00:00+08:00', endsAt: '2027-12-31T23:59:59+08:00' },
  eligibility: [{ cardId: 'card-a', eligible: true }],
  terms,
  howToUse: structuredClone(terms),
  locations: [location],
  voucher: { display: 'qr', validForDays: 30 },
};

const reservation = {
  ...detail,
  kind: 'reservation',
  voucher: undefined,
  form: [{ type: 'text', name: 'guestName', label: 'Name', required: true, maxLength: 40, help: 'As on your ID' }],
};

const voucherItem = {
  id: 'w-1',
  benefitId: 'museum-pass',
  category: 'culture',
  title: 'Museum pass',
  partner: summary.partner,
  image: picture,
  cardId: 'card-a',
  status: 'active',
  claimedAt: '2026-11-21T10:00:00+08:00',
  validUntil: '2026-12-21T23:59:59+08:00',
  kind: 'voucher',
  voucher: { code: 'RK-AB12-CD34', display: 'qr', instructions: terms },
};

const reservationItem = {
  ...voucherItem,
  kind: 'reservation',
  voucher: undefined,
  reservation: { confirmationCode: 'RSV-2026-0042', date: '2026-12-12', time: '19:30', partySize: 2, location, details: [{ label: 'Name', value: 'Li Hua' }] },
};

const me = {
  id: 'm-1',
  tenant: { id: 'jade-bank', name: 'Jade Bank', logo: { url: 'https://cdn.rights.example/banks/jade.svg', alt: 'Jade Bank' } },
  cards: [{ id: 'card-a', last4: '8826', product: { id: 'jade-platinum', name: 'Jade Platinum' }, tier: 'platinum', art: picture }],
};

/** Values that break an image: a script URL, a page off https, no text alternative, not an image at all. */
const BROKEN_IMAGES = [
  { url: 'javascript:alert(document.cookie)', alt: '' },
  { url: 'http://cdn.example/a.png', alt: '' },
  { url: 'https://cdn.rights.example/a.png' },
  'https://cdn.rights.example/a.png',
  null,
];

// Every droppable field of the contract, in a response it arrives in, with a value that breaks it.
const DROPPABLE: [response: string, schema: z.ZodMiniType, body: object, path: Path, broken: unknown[]][] = [
  ['benefit summary', benefitSummary, summary, ['image'], BROKEN_IMAGES],
  ['benefit summary', benefitSummary, summary, ['partner', 'logo'], BROKEN_IMAGES],
  ['benefit summary', benefitSummary, summary, ['subtitle'], [42, null]],
  ['benefit detail', benefitDetail, detail, ['image'], BROKEN_IMAGES],
  ['benefit detail', benefitDetail, detail, ['partner', 'logo'], BROKEN_IMAGES],
  ['benefit detail', benefitDetail, detail, ['partner', 'description'], [{ html: '<b>x</b>' }]],
  ['benefit detail', benefitDetail, detail, ['terms', 0, 'spans', 1, 'link'], ['javascript:alert(1)', 'http://bank.example/terms', 'data:text/html,<script>x</script>', '/relative', 7]],
  ['benefit detail', benefitDetail, detail, ['howToUse', 0, 'spans', 1, 'strong'], ['yes']],
  ['benefit detail', benefitDetail, detail, ['howToUse', 0, 'spans', 1, 'emphasis'], [1]],
  ['benefit detail', benefitDetail, detail, ['locations', 0, 'phone'], ['javascript:alert(1)', '555']],
  ['benefit detail', benefitDetail, detail, ['locations', 0, 'openingHours'], [9]],
  ['benefit detail', benefitDetail, detail, ['locations', 0, 'geo'], [{ lat: 91, lng: 0 }, 'Beijing']],
  ['reservation detail', benefitDetail, reservation, ['form', 0, 'help'], [['a', 'b']]],
  ['wallet item', walletItem, voucherItem, ['image'], BROKEN_IMAGES],
  ['wallet item', walletItem, voucherItem, ['partner', 'logo'], BROKEN_IMAGES],
  ['wallet item', walletItem, voucherItem, ['voucher', 'instructions'], ['<p>Show this</p>', { type: 'paragraph' }]],
  ['wallet item', walletItem, reservationItem, ['reservation', 'location'], [{ ...location, id: '../x' }]],
  ['claim result', claimResult, { walletItem: voucherItem }, ['walletItem', 'image'], BROKEN_IMAGES],
  ['member', member, me, ['tenant', 'logo'], BROKEN_IMAGES],
  ['member', member, me, ['cards', 0, 'art'], BROKEN_IMAGES],
];

describe('droppable fields', () => {
  it.each(DROPPABLE.flatMap(([response, schema, body, path, broken]) => broken.map((value) => [response, path.join('.'), value, schema, body, path] as const)))(
    '%s: a broken %s (%j) is dropped, and the rest reads',
    (_, dotted, value, schema, body, path) => {
      const parsed = schema.parse(changed(body, path, value));
      expect(takeDropped(parsed)).toEqual([dotted]);
      // Exactly as if the platform had left the field out.
      expect(parsed).toStrictEqual(schema.parse(changed(body, path)));
    },
  );

  it('reads a valid value of each of them as it is, and drops nothing', () => {
    for (const [, schema, body] of DROPPABLE) {
      const parsed = schema.parse(body);
      expect(takeDropped(parsed)).toEqual([]);
    }
    expect(benefitDetail.parse(detail)).toMatchObject({ image: picture, terms, locations: [location] });
  });

  it('says where each dropped value was in a page, by index, and never what it was', () => {
    const hostile = 'javascript:alert("8826 RK-AB12-CD34")';
    const items = Array.from({ length: 20 }, (_, index) => ({ ...summary, id: `benefit-${index}` }));
    const page = benefitPage.parse({
      items: items.map((item, index) => (index === 3 ? { ...item, image: { url: hostile, alt: '' } } : index === 17 ? { ...item, partner: { name: 'A', logo: hostile } } : item)),
      nextCursor: null,
    });
    const dropped = takeDropped(page);
    expect(dropped).toEqual(['items.3.image', 'items.17.partner.logo']);
    expect(page.items).toHaveLength(20);
    expect(JSON.stringify(dropped)).not.toMatch(/javascript|8826|RK-/);
    expect(JSON.stringify(page)).not.toContain('javascript:');
    // Taken once: the same parse has nothing more to report.
    expect(takeDropped(page)).toEqual([]);
  });
});

describe('rich text blocks', () => {
  it('leaves out a block it cannot read, keeps the others in order, and says which it was', () => {
    const blocks = [terms[0], { type: 'paragraph', spans: 'Read the terms' }, { type: 'heading' }, terms[1], { type: 'list', style: 'bullet', items: [[{ strong: true }]] }];
    const parsed = richText.parse(blocks);
    expect(takeDropped(parsed)).toEqual(['1', '2', '4']);
    expect(parsed).toEqual(terms);
  });

  it('reads a block it cannot read as one from a newer platform, when parsed without taking what was dropped', () => {
    expect(richText.parse([{ type: 'heading', text: 7 }])).toEqual([{ type: 'unknown' }]);
  });

  it('keeps a block of a type from a newer platform: that is no fault, and nothing is reported', () => {
    const parsed = richText.parse([{ type: 'table', rows: [] }, terms[1]]);
    expect(takeDropped(parsed)).toEqual([]);
    expect(parsed).toEqual([{ type: 'unknown' }, terms[1]]);
  });

  it('drops a broken link in a detail’s terms, and the detail reads with the link’s text', () => {
    const parsed = benefitDetail.parse(changed(detail, ['terms', 0, 'spans', 1, 'link'], 'javascript:alert(1)'));
    expect(takeDropped(parsed)).toEqual(['terms.0.spans.1.link']);
    expect(parsed.terms[0]).toEqual({ type: 'paragraph', spans: [{ text: 'One pass a year. ' }, { text: 'Full terms', strong: true, emphasis: false }] });
  });
});

// What would be dangerous or meaningless without it still fails the whole response.
const STRICT: [what: string, schema: z.ZodMiniType, body: object, path: Path, broken: unknown][] = [
  ['a benefit id', benefitSummary, summary, ['id'], '../me'],
  ['a benefit title', benefitSummary, summary, ['title'], 42],
  ['a benefit kind', benefitSummary, summary, ['kind'], 7],
  ['an availability', benefitSummary, summary, ['availability'], null],
  ['a quota', benefitSummary, summary, ['quota', 'remaining'], -1],
  ['money', benefitSummary, summary, ['value', 'worth'], { amount: 120, currency: 'CNY' }],
  ['a date', benefitSummary, summary, ['validUntil'], '2027-12-31'],
  ['a partner name', benefitSummary, summary, ['partner', 'name'], null],
  ['an eligibility', benefitDetail, detail, ['eligibility', 0, 'cardId'], 'card a'],
  ['a validity window', benefitDetail, detail, ['validity', 'endsAt'], 'soon'],
  ['a location id', benefitDetail, detail, ['locations', 0, 'id'], '../x'],
  ['terms that are no list', benefitDetail, detail, ['terms'], '<p>One pass a year.</p>'],
  ['a reservation form field', benefitDetail, reservation, ['form', 0, 'maxLength'], 100_000],
  ['a voucher code', walletItem, voucherItem, ['voucher', 'code'], 'RK AB12 <b>'],
  ['a wallet status', walletItem, voucherItem, ['status'], 3],
  ['a claim result’s code', claimResult, { walletItem: voucherItem }, ['walletItem', 'voucher', 'code'], ''],
  ['a confirmation code', walletItem, reservationItem, ['reservation', 'confirmationCode'], null],
  ['a card number', member, me, ['cards', 0, 'last4'], '4111111111111111'],
  ['a partner launch link', partnerLaunch, { url: 'https://pets.partner.example/entry?t=1', expiresAt: '2026-11-21T10:05:00+08:00' }, ['url'], 'javascript:alert(1)'],
  [
    'cashback money',
    cashbackList,
    {
      items: [
        {
          id: 'xb-1',
          benefitId: 'xb',
          title: 'Cross-border cashback',
          rule: { rate: '8', threshold: { amount: '0.00', currency: 'CNY' }, cap: { amount: '300.00', currency: 'CNY' }, regions: [], currencies: ['JPY'], settlementCurrency: 'CNY' },
          startsAt: '2026-01-01T00:00:00+08:00',
          endsAt: '2026-12-31T23:59:59+08:00',
          status: 'enrolled',
        },
      ],
    },
    ['items', 0, 'rule', 'cap', 'amount'],
    '3e2',
  ],
];

describe('fields that stay strict', () => {
  it.each(STRICT)('%s that breaks the contract fails the response', (_, schema, body, path, broken) => {
    expect(schema.safeParse(body).success).toBe(true);
    expect(schema.safeParse(changed(body, path, broken)).success).toBe(false);
  });
});
