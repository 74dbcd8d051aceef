import type { Money } from '@rights-kit/contract';

// Money stays exact in the sandbox too: amounts are integer minor units (BigInt), rates are integer
// ten-thousandths. No value ever passes through a binary float.

const SCALE = 100n;

export function toCents({ amount }: Money): bigint {
  const [whole = '0', fraction = ''] = amount.replace('-', '').split('.');
  const cents = BigInt(whole) * SCALE + BigInt((fraction + '00').slice(0, 2));
  return amount.startsWith('-') ? -cents : cents;
}

export function fromCents(cents: bigint, currency: string): Money {
  const sign = cents < 0n ? '-' : '';
  const absolute = cents < 0n ? -cents : cents;
  return { amount: `${sign}${absolute / SCALE}.${(absolute % SCALE).toString().padStart(2, '0')}`, currency };
}

/** A decimal string such as `"7.1234"` as integer ten-thousandths. */
export function toRateUnits(rate: string): bigint {
  const [whole = '0', fraction = ''] = rate.split('.');
  return BigInt(whole) * 10_000n + BigInt((fraction + '0000').slice(0, 4));
}

/** `cents × rate`, rounded half up to the cent. */
export function multiply(cents: bigint, rate: string): bigint {
  return (cents * toRateUnits(rate) + 5_000n) / 10_000n;
}

/** `cents × percent / 100`, rounded half up. */
export function percentOf(cents: bigint, percent: string): bigint {
  return (cents * toRateUnits(percent) + 500_000n) / 1_000_000n;
}

export const sum = (values: Iterable<bigint>): bigint => {
  let total = 0n;
  for (const value of values) total += value;
  return total;
};

export const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);

/** The sandbox's fixed exchange rates into CNY, for summaries of value realised in other currencies. */
export const CNY_RATES: Record<string, string> = {
  CNY: '1',
  USD: '7.1',
  EUR: '7.7',
  GBP: '9.0',
  HKD: '0.91',
  JPY: '0.0471',
};

export function toCny(money: Money): bigint {
  return multiply(toCents(money), CNY_RATES[money.currency] ?? '0');
}
