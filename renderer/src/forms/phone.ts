// A phone number as the screens show it: the national format the visitor typed (« 06 12 34 56 78 », not the
// « +33612345678 » the back end holds), its groups joined by no-break spaces so that it never splits over two lines
// (in Arabic large text « 06 12 34 56 » ended a line and « 99 » began the next, read right to left: swept
// screenshots, 2 December 2026). A view shows it in a `dir="ltr"` span, or through `leftToRightIn` inside a sentence.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export function formatPhone(number: string): string {
  return (parsePhoneNumberFromString(number, 'FR')?.formatNational() ?? number).replace(/ /g, '\u00a0');
}
