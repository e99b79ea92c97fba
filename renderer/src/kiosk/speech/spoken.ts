// What the kiosk says, as pure functions of what is on the screen: the same DOM and the same words always give the
// same sentence, so each screen's speech is unit-tested in each language (test/unit/renderer/kiosk/speech/). The
// accessible name and description come from dom-accessibility-api (the W3C algorithm screen readers follow), so what
// is spoken is what a screen reader would read, and the tests of the screens' accessibility cover speech too.
import { computeAccessibleDescription, computeAccessibleName } from 'dom-accessibility-api';

/** The words speech adds around the screen's own texts, in the screen's language (i18n `speech.words`). */
export interface SpokenWords {
  button: string;
  link: string;
  checked: string;
  notChecked: string;
  selected: string;
  pressed: string;
  empty: string;
  /** Said instead of a masked character (a password, a code): never the character itself. */
  typedCharacter: string;
  /** "{count} caractères saisis", for the content of a masked field. */
  typedCharacters: (count: number) => string;
  invalid: string;
}

const join = (parts: ReadonlyArray<string | null | undefined>) =>
  parts
    .map((part) => part?.replace(/\s+/g, ' ').trim())
    .filter((part): part is string => !!part)
    .join('. ')
    // A sentence that ends with its own mark takes no added full stop (the Arabic question mark too).
    .replace(/([.!?:…؟])\./g, '$1');

/** The text of an element as it is read, aria-hidden parts (icons, decorative glyphs) left out. */
export function visibleText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return;
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') return;
    el.childNodes.forEach(walk);
  };
  walk(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Is the field's content hidden on screen (a password, a verification code)? Its characters are then never said. */
export function isMasked(element: Element): boolean {
  if (element instanceof HTMLInputElement) {
    return element.type === 'password' || element.dataset.masked === 'true' || element.autocomplete === 'one-time-code';
  }
  return false;
}

function valueOf(element: Element, words: SpokenWords): string | null {
  if (element instanceof HTMLInputElement) {
    if (element.type === 'checkbox' || element.type === 'radio') {
      return element.checked ? (element.type === 'radio' ? words.selected : words.checked) : words.notChecked;
    }
    if (element.type === 'button' || element.type === 'submit') return null;
    if (isMasked(element)) return element.value.length === 0 ? words.empty : words.typedCharacters(element.value.length);
    return element.value === '' ? words.empty : element.value;
  }
  if (element instanceof HTMLTextAreaElement) return element.value === '' ? words.empty : element.value;
  if (element instanceof HTMLSelectElement) return element.selectedOptions[0]?.text ?? words.empty;
  const role = element.getAttribute('role');
  const checked = element.getAttribute('aria-checked');
  if (checked !== null) return checked === 'true' ? (role === 'radio' ? words.selected : words.checked) : words.notChecked;
  if (element.getAttribute('aria-pressed') === 'true') return words.pressed;
  if (element.getAttribute('aria-selected') === 'true') return words.selected;
  return null;
}

function kindOf(element: Element, words: SpokenWords): string | null {
  const role = element.getAttribute('role');
  if (element.tagName === 'BUTTON' || role === 'button') return words.button;
  if (element.tagName === 'A' || role === 'link') return words.link;
  return null;
}

/** What a touched or focused control says: its name, its kind, its value or state, then its hint and any error. */
export function controlText(element: Element, words: SpokenWords): string {
  const name = computeAccessibleName(element);
  const description = computeAccessibleDescription(element);
  const invalid = element.getAttribute('aria-invalid') === 'true' ? words.invalid : null;
  return join([name, kindOf(element, words), valueOf(element, words), invalid, description]);
}

/**
 * What a new screen says: its heading, then its instructions — the paragraphs and list items before the first
 * control, and any element marked `data-speak="instructions"`.
 */
export function screenText(root: ParentNode): string {
  const main = root.querySelector('main') ?? root;
  const heading = main.querySelector('h1');
  const parts: string[] = heading ? [visibleText(heading)] : [];
  const candidates = main.querySelectorAll('p, li, [data-speak="instructions"], input, button, select, textarea, a[href]');
  for (const element of candidates) {
    if (element.closest('[data-speak="instructions"]') && element.getAttribute('data-speak') !== 'instructions') continue;
    if (element.matches('input, button, select, textarea, a[href]')) break;
    if (element.closest('[aria-hidden="true"]')) continue;
    parts.push(visibleText(element));
  }
  return join(parts);
}

/**
 * What a dialog says when it opens (« Besoin d'aide ? »): its title and texts in order — headings, paragraphs, terms and
 * definitions — and not its buttons, which speak when touched.
 */
export function dialogText(dialog: Element): string {
  return join([...dialog.querySelectorAll('h1, h2, h3, p, dt, dd, li')].filter((el) => !el.closest('[aria-hidden="true"]')).map((el) => visibleText(el)));
}

/** What an alert, a status or a live region says when it appears or changes. */
export function announcementText(element: Element): string {
  return join([visibleText(element)]);
}

/** The text of a printed page (the HTML given to the printer), paragraph by paragraph. */
export function printedText(html: string): string {
  const page = new DOMParser().parseFromString(html, 'text/html');
  return join([...page.body.querySelectorAll('h1, h2, p, li, td, th')].map((el) => visibleText(el)));
}
