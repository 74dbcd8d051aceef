// Booking through the platform's form: native labelled controls, answers checked before anything is
// sent, the platform's own field errors put back on the fields, and fields only the partner can take.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { expectAccessible, queryDeep, visibleText } from '../../test/fixture.js';
import { activeIn, buttonNamed, collect, control, mountLoaded, press, problem, requestsTo, sandbox, sandboxDetail, set } from '../../test/detail.js';

describe('<rights-benefit-detail> booking through a form', () => {
  it('renders every reservation field as a labelled native control', async () => {
    const { detail } = await mountLoaded('restaurant-week-autumn');
    const location = control<HTMLSelectElement>(detail, 'location');
    expect(location.tagName).toBe('SELECT');
    expect([...location.options].map((option) => option.textContent)).toContain('Choose…');
    const date = control<HTMLInputElement>(detail, 'date');
    expect(date.type).toBe('date');
    expect(date.min).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(date.max > date.min).toBe(true);
    expect(visibleText(detail)).toContain('From tomorrow, up to 4 weeks ahead');
    expect(visibleText(detail)).toContain('Fully booked:');
    const slots = queryDeep<HTMLInputElement>(detail, '#field-time input[type="radio"]');
    expect(slots).toHaveLength(10);
    expect(slots.filter((slot) => slot.disabled).map((slot) => slot.value)).toEqual(['12:30', '18:00', '18:30']);
    expect(visibleText(detail)).toContain('12:30 (full)');
    expect(control(detail, 'time').getAttribute('role')).toBe('radiogroup');
    const party = control<HTMLInputElement>(detail, 'partySize');
    expect([party.type, party.min, party.max, party.step]).toEqual(['number', '1', '6', '1']);
    const name = control<HTMLInputElement>(detail, 'guestName');
    expect([name.type, name.maxLength, name.minLength, name.autocomplete]).toEqual(['text', 40, 2, 'name']);
    for (const field of ['location', 'date', 'partySize', 'guestName', 'setMenu']) {
      const input = control<HTMLInputElement>(detail, field);
      expect(input.required).toBe(true);
      expect(detail.shadowRoot!.querySelector(`label[for="field-${field}"]`)?.textContent).toContain('*');
    }
    await expectAccessible(detail);
  });

  it('checks the answers before sending: inline errors, focus on the first, nothing sent', async () => {
    const claims = requestsTo(await sandbox, 'POST', /\/claims$/);
    const { detail } = await mountLoaded('restaurant-week-autumn');
    press(detail, 'Book');
    await expect.poll(() => queryDeep(detail, '[part="field-error"]').length).toBe(6);
    expect(visibleText(detail)).toContain('Choose one');
    expect(visibleText(detail)).toContain('Fill this in');
    expect(activeIn(detail)).toBe(control(detail, 'location'));
    expect(control(detail, 'location').getAttribute('aria-invalid')).toBe('true');
    expect(control(detail, 'location').getAttribute('aria-describedby')).toContain('field-location-error');
    await expectAccessible(detail);

    // A fully booked day is refused as soon as it is picked.
    const date = control<HTMLInputElement>(detail, 'date');
    const booked = new Date(`${date.min}T00:00:00Z`);
    booked.setUTCDate(booked.getUTCDate() + 4);
    set(date, booked.toISOString().slice(0, 10));
    await expect.poll(() => visibleText(detail)).toContain('That day is fully booked. Choose another.');
    set(date, date.min);
    await expect.poll(() => visibleText(detail)).not.toContain('That day is fully booked');
    expect(claims).toHaveLength(0);
  });

  it('books with every field answered and shows the confirmation', async () => {
    const { detail } = await mountLoaded('restaurant-week-autumn');
    set(control<HTMLSelectElement>(detail, 'location'), control<HTMLSelectElement>(detail, 'location').options[1]!.value);
    set(control<HTMLInputElement>(detail, 'date'), control<HTMLInputElement>(detail, 'date').min);
    queryDeep<HTMLInputElement>(detail, '#field-time input[value="19:00"]')[0]!.click();
    set(control<HTMLInputElement>(detail, 'partySize'), '2', 'input');
    set(control<HTMLInputElement>(detail, 'guestName'), 'Li Wei', 'input');
    set(control<HTMLSelectElement>(detail, 'setMenu'), 'chef');
    press(detail, 'Book');
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain('Booked');
    expect(queryDeep(detail, '[part="code"]')[0]!.textContent).toMatch(/^BK[A-Z0-9]{6}$/);
    const text = visibleText(detail);
    expect(text).toContain('at 19:00');
    expect(text).toContain("Chef's six courses, ¥268");
    expect(text).toContain('Li Wei');
    expect(activeIn(detail)).toBe(queryDeep(detail, '[part="result-heading"]')[0]);
    await expectAccessible(detail);
  });

  it("puts the platform's field errors back on the fields", async () => {
    const failed = collect('rights-claim-failed');
    (await sandbox).use(
      http.post('/v1/benefits/:benefitId/claims', () =>
        problem('validation_failed', 400, { invalidParams: [{ name: 'guestName', reason: 'too_short' }, { name: 'cardId', reason: 'unknown card' }] }),
      ),
    );
    const { detail } = await mountLoaded('restaurant-week-autumn');
    set(control<HTMLSelectElement>(detail, 'location'), control<HTMLSelectElement>(detail, 'location').options[1]!.value);
    set(control<HTMLInputElement>(detail, 'date'), control<HTMLInputElement>(detail, 'date').min);
    queryDeep<HTMLInputElement>(detail, '#field-time input[value="11:30"]')[0]!.click();
    set(control<HTMLInputElement>(detail, 'partySize'), '1', 'input');
    set(control<HTMLInputElement>(detail, 'guestName'), 'Li', 'input');
    set(control<HTMLSelectElement>(detail, 'setMenu'), 'seasonal');
    press(detail, 'Book');
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain('Enter at least 2 characters');
    expect(visibleText(detail)).toContain('Some answers need another look');
    expect(activeIn(detail)).toBe(control(detail, 'guestName'));
    expect(failed.map((event) => event.detail)).toEqual([{ benefitId: 'restaurant-week-autumn', code: 'validation_failed' }]);
  });

  it("sends the cardholder to the partner's channel for a required field it cannot render", async () => {
    const body = await sandboxDetail('restaurant-week-autumn');
    const form = [...(body.form as object[]), { type: 'signature', name: 'signature', label: 'Signature', required: true }];
    (await sandbox).use(http.get('/v1/benefits/:benefitId', () => HttpResponse.json({ ...body, form })));
    const { detail } = await mountLoaded('restaurant-week-autumn');
    expect(visibleText(detail)).toContain("Book through the partner's own channel");
    expect(visibleText(detail)).toContain('Please book with Gourmet Weekly directly.');
    expect(buttonNamed(detail, 'Book')!.disabled).toBe(true);
    await expectAccessible(detail);
  });
});
