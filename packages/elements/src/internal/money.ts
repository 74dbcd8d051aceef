// Exact sums and differences of money, for "CN¥1,000.00 to go" and "covered with CN¥791.55 to spare".
// Amounts are decimal strings with at most four decimals (the contract's `money`), so scaling them to
// integer ten-thousandths in a BigInt keeps every digit; nothing passes through a binary float.
import type { Money } from '@rights-kit/client';

const DIGITS = 4;

function toUnits(amount: string): bigint {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = amount.replace('-', '').split('.');
  const units = BigInt(whole + fraction.padEnd(DIGITS, '0'));
  return negative ? -units : units;
}

function fromUnits(units: bigint, currency: string): Money {
  const digits = (units < 0n ? -units : units).toString().padStart(DIGITS + 1, '0');
  return { amount: `${units < 0n ? '-' : ''}${digits.slice(0, -DIGITS)}.${digits.slice(-DIGITS)}`, currency };
}

/** `a + b`, or undefined when they are in different currencies. */
export function addMoney(a: Money, b: Money): Money | undefined {
  return a.currency === b.currency ? fromUnits(toUnits(a.amount) + toUnits(b.amount), a.currency) : undefined;
}

/** `a − b`, or undefined when they are in different currencies. */
export function subtractMoney(a: Money, b: Money): Money | undefined {
  return a.currency === b.currency ? fromUnits(toUnits(a.amount) - toUnits(b.amount), a.currency) : undefined;
}

/** Whether an amount is more than zero. */
export function isPositive(money: Money): boolean {
  return toUnits(money.amount) > 0n;
}
