// What the kiosk says, as pure functions of what is on the screen: the same DOM and the same words always give the
// same sentence, so each screen's speech is unit-tested in each language (test/unit/renderer/kiosk/speech/). The
// accessible name and description come from dom-accessibility-api (the W3C algorithm screen readers follow), so what
// is spoken is what a screen reader would read, and the tests of the screens' accessibility cover speech too.
import { computeAccessibleDescription, computeAccessibleName } from 'dom-accessibility-api';
import type { SpeechLanguage, SpokenRun } from './engine';

/** The words speech adds around the screen's own texts, in the screen's language (i18n `speech.words`). */
export interface SpokenWords {
  button: string;
  link: string;
  checked: string;
  notChecked: string;
  selected: string;
  /** A radio not chosen: « non sélectionné », not a box's « non coché ». */
  notSelected: string;
  pressed: string;
  empty: string;
  /** Said instead of a masked character (a password, a code): never the character itself. */
  typedCharacter: string;
  /** "{count} caractères saisis", for the content of a masked field. */
  typedCharacters: (count: number) => string;
  invalid: string;
}

/** Directional marks and isolates (a Latin name kept left to right in Arabic): layout for the eye, nothing to say. */
const bidiControls = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const join = (parts: ReadonlyArray<string | null | undefined>) =>
  parts
    .map((part) => part?.replace(bidiControls, '').replace(/\s+/g, ' ').trim())
    .filter((part): part is string => !!part)
    .join('. ')
    // A sentence that ends with its own mark takes no added full stop (the Arabic question mark too).
    .replace(/([.!?:…؟])\./g, '$1');

/** Elements that start a line of their own: their text is a sentence of its own when read. */
const blocks = new Set(['ADDRESS', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'OL', 'P', 'SECTION', 'TD', 'TH', 'TR', 'UL']);

/**
 * The text of an element as it is read, aria-hidden parts (icons, decorative glyphs) left out. Its blocks (a title
 * and a paragraph inside a list item) are read as sentences, never glued into one word.
 */
export function visibleText(element: Element): string {
  const lines: string[] = [];
  let line = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) line += node.textContent ?? '';
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return;
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') return;
    const block = blocks.has(el.tagName);
    if (block) [lines[lines.length], line] = [line, ''];
    el.childNodes.forEach(walk);
    if (block) [lines[lines.length], line] = [line, ''];
  };
  walk(element);
  lines.push(line);
  return join(lines);
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
      if (element.type === 'radio') return element.checked ? words.selected : words.notSelected;
      return element.checked ? words.checked : words.notChecked;
    }
    if (element.type === 'button' || element.type === 'submit') return null;
    if (isMasked(element)) return element.value.length === 0 ? words.empty : words.typedCharacters(element.value.length);
    return element.value === '' ? words.empty : element.value;
  }
  if (element instanceof HTMLTextAreaElement) return element.value === '' ? words.empty : element.value;
  if (element instanceof HTMLSelectElement) return element.selectedOptions[0]?.text ?? words.empty;
  const role = element.getAttribute('role');
  const checked = element.getAttribute('aria-checked');
  if (checked !== null && role === 'radio') return checked === 'true' ? words.selected : words.notSelected;
  if (checked !== null) return checked === 'true' ? words.checked : words.notChecked;
  if (element.getAttribute('aria-pressed') === 'true') return words.pressed;
  if (element.getAttribute('aria-selected') === 'true') return words.selected;
  return null;
}

/** A control's kind, by its role first: a <button role="checkbox"> (the kit's boxes and radios) is no button. */
function kindOf(element: Element, words: SpokenWords): string | null {
  const role = element.getAttribute('role');
  if (role && role !== 'button' && role !== 'link') return null;
  if (element.tagName === 'BUTTON' || role === 'button') return words.button;
  if (element.tagName === 'A' || role === 'link') return words.link;
  return null;
}

/**
 * A control's description, each part a sentence of its own: a field described by its hint and its error says
 * "hint. error", where the accessible description glues them with a space.
 */
function descriptionOf(element: Element): string[] {
  const ids = element.getAttribute('aria-describedby')?.trim().split(/\s+/) ?? [];
  const parts = ids.map((id) => element.ownerDocument.getElementById(id)).filter((part): part is HTMLElement => !!part);
  return parts.length > 0 ? parts.map((part) => visibleText(part)) : [computeAccessibleDescription(element)];
}

/** A control's name, and the rest of what it says: its kind, its value or state, then its hint and any error. */
export function controlParts(element: Element, words: SpokenWords): { name: string; rest: string } {
  const invalid = element.getAttribute('aria-invalid') === 'true' ? words.invalid : null;
  return { name: join([computeAccessibleName(element)]), rest: join([kindOf(element, words), valueOf(element, words), invalid, ...descriptionOf(element)]) };
}

/** What a touched or focused control says: its name, its kind, its value or state, then its hint and any error. */
export function controlText(element: Element, words: SpokenWords): string {
  const { name, rest } = controlParts(element, words);
  return join([name, rest]);
}

/**
 * The language an element's text is marked in, where it is not the page's: the `lang` of the nearest element that has
 * one below <html> (« English » in the language buttons: "en"); null where the page's language applies.
 */
export function ownLanguage(element: Element): string | null {
  const marked = element.closest('[lang]');
  return marked && marked !== element.ownerDocument.documentElement ? marked.getAttribute('lang') : null;
}

/** The kiosk's voice for an element's own language (ownLanguage); null where it has none, or none the kiosk speaks. */
export function ownVoice(element: Element): SpeechLanguage | null {
  const language = ownLanguage(element)?.slice(0, 2).toLowerCase();
  return language === 'fr' || language === 'en' || language === 'ar' ? language : null;
}

/**
 * Texts said one after the other as the runs of one utterance: each in its element's own voice (ownVoice), else the
 * screen's; consecutive texts of one voice make one run. One string where all are in the screen's voice.
 */
export function inVoices(parts: ReadonlyArray<{ text: string; element: Element }>, screen: SpeechLanguage): string | SpokenRun[] {
  const runs: { texts: string[]; language: SpeechLanguage }[] = [];
  for (const { text, element } of parts) {
    if (!text.trim()) continue;
    const language = ownVoice(element) ?? screen;
    const last = runs.at(-1);
    if (last?.language === language) last.texts.push(text);
    else runs.push({ texts: [text], language });
  }
  const said = runs.map((run) => ({ text: join(run.texts), language: run.language }));
  if (said.every((run) => run.language === screen)) return join(said.map((run) => run.text));
  // A run ends its sentence before the voice changes.
  return said.map((run, i) => ({ ...run, text: i === said.length - 1 || /[.!?:…؟]$/.test(run.text) ? run.text : `${run.text}.` }));
}

const screenControls = 'input, button, select, textarea, a[href]';
const screenTexts = 'h2, h3, p, li, dt, dd, tr, [data-speak="instructions"]';

/**
 * What a new screen says: its heading, then its instructions — the section headings, paragraphs, list items, terms
 * and definitions and table rows before the first control after the heading, and any element marked
 * `data-speak="instructions"` — each once: a paragraph inside a list item is read with it, and a text repeating one
 * already said (a notice repeating the heading) is not said again. A control above the heading (the account space's
 * « Déconnexion ») does not end the instructions, and is not said either; a text that holds a control (a tile, a
 * member and its « Retirer ») is that control, which speaks when touched.
 */
export function screenText(root: ParentNode): string {
  return join(screenParts(root).map((part) => part.text));
}

/** screenText's texts, each with its element: a text marked in a language of its own is said in its voice (inVoices). */
export function screenParts(root: ParentNode): { text: string; element: Element }[] {
  const main = root.querySelector('main') ?? root;
  const heading = main.querySelector('h1');
  const parts: { text: string; element: Element }[] = heading ? [{ text: visibleText(heading), element: heading }] : [];
  const beforeHeading = (element: Element) => !!heading && !!(heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING);
  for (const element of main.querySelectorAll(`${screenTexts}, ${screenControls}`)) {
    if (element.parentElement?.closest(`${screenTexts}, ${screenControls}`)) continue; // read with the text or control around it
    const marked = element.getAttribute('data-speak') === 'instructions';
    if (element.matches(screenControls) || (!marked && element.querySelector(screenControls))) {
      if (beforeHeading(element)) continue;
      break;
    }
    if (element.closest('[aria-hidden="true"]')) continue;
    const text = visibleText(element);
    if (!parts.some((part) => part.text === text)) parts.push({ text, element });
  }
  return parts;
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
