import { describe, expect, it } from 'vitest';
import { benefitDetail, card, claimResult, formField, partnerLaunch, richText, takeDropped, walletItem, validateFormAnswers, type FormField } from './index.js';

const detailBase = {
  id: 'museum-pass',
  category: 'culture',
  title: 'Museum pass',
  partner: { name: 'MuseumGo' },
  availability: 'available',
  validity: { startsAt: '2026-01-01T00:00:00+08:00', endsAt: '2027-12-31T23:59:59+08:00' },
  eligibility: [{ cardId: 'card-a', eligible: true }, { cardId: 'card-b', eligible: false, reason: 'card_tier' }],
  terms: [{ type: 'paragraph', spans: [{ text: 'One pass per year.' }] }],
  howToUse: [{ type: 'list', style: 'numbered', items: [[{ text: 'Claim' }], [{ text: 'Show the QR code', strong: true }]] }],
  locations: [],
};

const voucherItemBase = {
  id: 'w-1',
  benefitId: 'museum-pass',
  category: 'culture',
  title: 'Museum pass',
  partner: { name: 'MuseumGo' },
  cardId: 'card-a',
  status: 'active',
  claimedAt: '2026-11-21T10:00:00+08:00',
  kind: 'voucher',
  voucher: { code: 'RK-AB12-CD34', display: 'qr' },
};

describe('benefit detail by kind', () => {
  it('parses each kind with its own fields', () => {
    expect(benefitDetail.parse({ ...detailBase, kind: 'voucher', voucher: { display: 'barcode', validForDays: 30 } }).kind).toBe('voucher');
    expect(benefitDetail.parse({ ...detailBase, kind: 'activation', enrolled: false }).kind).toBe('activation');
    expect(benefitDetail.parse({ ...detailBase, kind: 'reservation', form: [] }).kind).toBe('reservation');
    expect(benefitDetail.parse({ ...detailBase, kind: 'partner', platform: { name: 'Pawlife', description: 'Pet care' } }).kind).toBe('partner');
  });

  it('reads a kind from a newer platform as unknown, keeping the shared fields', () => {
    const future = benefitDetail.parse({ ...detailBase, kind: 'subscription', subscription: { months: 12 } });
    expect(future).toMatchObject({ kind: 'unknown', title: 'Museum pass', eligibility: [{ cardId: 'card-a' }, { reason: 'card_tier' }] });
  });

  it('rejects a known kind whose own fields are wrong, instead of passing it off as unknown', () => {
    expect(benefitDetail.safeParse({ ...detailBase, kind: 'voucher', voucher: { display: 'qr' } }).success).toBe(false);
    expect(benefitDetail.safeParse({ ...detailBase, kind: 'reservation' }).success).toBe(false);
  });

  it('reads unknown eligibility reasons, voucher displays and statuses as unknown', () => {
    const detail = benefitDetail.parse({
      ...detailBase,
      kind: 'voucher',
      voucher: { display: 'nfc', validForDays: 30 },
      eligibility: [{ cardId: 'card-a', eligible: false, reason: 'card_frozen_by_regulator' }],
    });
    expect(detail).toMatchObject({ voucher: { display: 'unknown' }, eligibility: [{ reason: 'unknown' }] });
    expect(walletItem.parse({ ...voucherItemBase, status: 'refunded' }).status).toBe('unknown');
  });
});

describe('rich text', () => {
  it('skips block types it does not know, and never carries HTML', () => {
    const text = richText.parse([{ type: 'table', rows: [] }, { type: 'heading', text: '<b>Terms</b>' }]);
    expect(text[0]).toEqual({ type: 'unknown' });
    // Markup in text is text: renderers show it literally, never as HTML.
    expect(text[1]).toEqual({ type: 'heading', text: '<b>Terms</b>' });
  });

  it('keeps only https links: any other is dropped, and its text stays as text', () => {
    expect(richText.parse([{ type: 'paragraph', spans: [{ text: 'more', link: 'https://bank.example/terms' }] }])).toEqual([
      { type: 'paragraph', spans: [{ text: 'more', link: 'https://bank.example/terms' }] },
    ]);
    for (const link of ['javascript:alert(1)', 'http://bank.example/terms']) {
      const text = richText.parse([{ type: 'paragraph', spans: [{ text: 'x', link }] }]);
      expect(takeDropped(text)).toEqual(['0.spans.0.link']);
      expect(text).toEqual([{ type: 'paragraph', spans: [{ text: 'x' }] }]);
    }
  });
});

describe('cards', () => {
  const jade = { id: 'card-a', product: { id: 'jade-gold', name: 'Jade Gold' }, tier: 'gold' };

  it('carries only the last four digits: a full card number is refused', () => {
    expect(card.safeParse({ ...jade, last4: '8826' }).success).toBe(true);
    expect(card.safeParse({ ...jade, last4: '4111111111111111' }).success).toBe(false);
    expect(card.safeParse({ ...jade, last4: '4111 1111 1111 1111' }).success).toBe(false);
    expect(card.safeParse({ ...jade, last4: 8826 }).success).toBe(false);
  });

  it('tolerates a tier from the future', () => {
    expect(card.parse({ ...jade, last4: '8826', tier: 'black' }).tier).toBe('unknown');
  });
});

describe('partner launch links and claim results', () => {
  it('accepts only https entry links', () => {
    const expiresAt = '2026-11-21T10:05:00+08:00';
    expect(partnerLaunch.safeParse({ url: 'https://pets.partner.example/entry?ticket=abc', expiresAt }).success).toBe(true);
    expect(partnerLaunch.safeParse({ url: 'javascript:alert(document.cookie)', expiresAt }).success).toBe(false);
    expect(partnerLaunch.safeParse({ url: 'http://pets.partner.example/entry', expiresAt }).success).toBe(false);
    expect(partnerLaunch.safeParse({ url: 'intent://scan#Intent;scheme=zxing;end', expiresAt }).success).toBe(false);
  });

  it('reads a wallet item of a future kind as unknown inside a claim result', () => {
    const result = claimResult.parse({ walletItem: { ...voucherItemBase, kind: 'nft', nft: {} } });
    expect(result.walletItem.kind).toBe('unknown');
  });
});

describe('reservation forms', () => {
  const fields = [
    { type: 'date', name: 'date', label: 'Date', required: true, min: '2026-12-01', max: '2026-12-31', unavailable: ['2026-12-24'] },
    { type: 'time_slot', name: 'time', label: 'Time', required: true, slots: [{ value: '18:00', available: true }, { value: '20:00', available: false }] },
    { type: 'select', name: 'menu', label: 'Menu', required: false, options: [{ value: 'tasting', label: 'Tasting' }] },
    { type: 'number', name: 'partySize', label: 'Guests', required: true, min: 1, max: 6 },
    { type: 'text', name: 'name', label: 'Name', required: true, minLength: 2, maxLength: 20, inputMode: 'name' },
  ].map((field) => formField.parse(field)) as FormField[];

  it('accepts answers within every constraint', () => {
    expect(validateFormAnswers(fields, { date: '2026-12-12', time: '18:00', menu: 'tasting', partySize: 2, name: 'Li Hua' })).toEqual([]);
  });

  it('names every answer that breaks a constraint', () => {
    const problems = validateFormAnswers(fields, { date: '2026-12-24', time: '20:00', menu: 'buffet', partySize: 9, name: 'L', extra: 'x' });
    expect(problems).toEqual([
      { name: 'extra', problem: 'unknown_field' },
      { name: 'date', problem: 'unavailable' },
      { name: 'time', problem: 'unavailable' },
      { name: 'menu', problem: 'not_an_option' },
      { name: 'partySize', problem: 'out_of_range' },
      { name: 'name', problem: 'too_short' },
    ]);
    expect(validateFormAnswers(fields, {}).map((problem) => problem.problem)).toEqual(['required', 'required', 'required', 'required']);
  });

  it('reads a field type from the future as unknown, and will not let a required one be skipped', () => {
    const future = formField.parse({ type: 'signature', name: 'sign', label: 'Sign', required: true });
    expect(future.type).toBe('unknown');
    expect(validateFormAnswers([future], {})).toEqual([{ name: 'sign', problem: 'required' }]);
  });
});
