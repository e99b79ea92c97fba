// Sums of money typed by a visitor (the rent, the charges, the loan repayment, a member's resources): euros, with a
// comma or a point before the cents, spaces between thousands ("1 250,50", "650", "650.5", "1250 €"). Kept as whole
// cents so nothing is lost to floating point. `max` bounds what a visitor can mean (a rent of a million euros is a
// typo, not a rent).
import { fail, ok, type Check } from './check';

const AMOUNT = /^(\d{1,9})(?:[.,](\d{1,2}))?$/;

/** Codes amount.required, amount.format (not a sum in euros), amount.tooLarge (above `maxCents`). */
export function checkAmount(input: string, maxCents: number): Check<number> {
  const text = input.replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '');
  if (text === '') return fail('amount.required');
  const match = AMOUNT.exec(text);
  if (!match) return fail('amount.format');
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
  if (cents > maxCents) return fail('amount.tooLarge');
  return ok(cents);
}

/** 125050 → "1 250,50" (as the visitor would type it back, without the euro sign). */
export function formatAmount(cents: number): string {
  const euros = Math.floor(cents / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${euros},${String(cents % 100).padStart(2, '0')}`;
}
