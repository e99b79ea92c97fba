// Speech output wired to the screen, once, by App.vue. While speech is on, the kiosk says:
// - each new screen's heading and instructions (screenText);
// - the control the visitor touches or focuses: name, kind, value or state, hint (controlText); on a touch screen the
//   first touch on a button, link, box or radio only says it, and a second touch on the same control activates it. A
//   name marked in a language of its own (the language buttons' « English », « العربية ») is read by that language's
//   voice, the rest by the screen's, as is a screen's text marked so (the CGU, in French whatever the screen's
//   language);
// - alerts and live regions as they appear (errors, the idle warning), and what a printed page says;
// - for a masked field (password, code), "caractère saisi" for each character typed, never the character.
// Any touch or key stops what is being said: the visitor acted.
import { nextTick, onBeforeUnmount, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import type { SpeechLanguage } from './engine';
import type * as SpokenModule from './spoken';
import type { SpokenWords } from './spoken';
import { useSpeechStore } from './store';

type Spoken = typeof SpokenModule;
/** What the kiosk says of a screen (spoken.ts, with its accessible-name library), loaded when speech is first on. */
let spokenModule: Promise<Spoken> | null = null;
export const loadSpoken = (): Promise<Spoken> => (spokenModule ??= import('./spoken'));

const activators = 'button, a[href], input[type="checkbox"], input[type="radio"], [role="button"], [role="radio"], [role="checkbox"], [role="option"], [role="tab"]';
const controls = `${activators}, input, select, textarea, [role="combobox"], [role="textbox"]`;
const liveRegions = '[role="alert"], [role="alertdialog"], [role="status"], [aria-live="assertive"], [aria-live="polite"]';

export function speechLanguageOf(locale: string): SpeechLanguage {
  const language = locale.slice(0, 2);
  return language === 'en' || language === 'ar' ? language : 'fr';
}

/** The words speech adds around the screen's texts, in the locale `t` translates to (i18n `speech.words`). */
export function spokenWordsOf(t: ReturnType<typeof useI18n>['t']): SpokenWords {
  return {
    button: t('speech.words.button'),
    link: t('speech.words.link'),
    checked: t('speech.words.checked'),
    notChecked: t('speech.words.notChecked'),
    selected: t('speech.words.selected'),
    notSelected: t('speech.words.notSelected'),
    pressed: t('speech.words.pressed'),
    empty: t('speech.words.empty'),
    typedCharacter: t('speech.words.typedCharacter'),
    typedCharacters: (count) => t('speech.words.typedCharacters', { count }, count),
    invalid: t('speech.words.invalid'),
  };
}

export function useSpeechOutput(): void {
  const speech = useSpeechStore();
  const { t, locale } = useI18n();
  const router = useRouter();
  const language = () => speechLanguageOf(locale.value);
  const words = () => spokenWordsOf(t);
  const say = (text: string) => void speech.say(text, language());
  // Loaded as speech turns on; until then (a few milliseconds at most) nothing is to be said of the screen.
  let spoken: Spoken | null = null;
  const sayControl = (control: Element) => {
    if (!spoken) return;
    const { name, rest } = spoken.controlParts(control, words());
    // The name in the control's own voice (ownVoice); its kind, state and hint are the screen's words.
    void speech.say(spoken.inVoices([{ text: name, element: control }, { text: rest, element: control.ownerDocument.documentElement }], language()), language());
  };

  let lastPointer: string | null = null;
  /** The control a first touch spoke: a second touch on it goes through. */
  let armed: Element | null = null;

  const onPointerDown = (event: PointerEvent) => {
    lastPointer = event.pointerType;
    speech.stop();
  };
  const onKeyDown = () => {
    lastPointer = null;
    speech.stop();
  };
  const onFocusIn = (event: FocusEvent) => {
    if (!speech.on) return;
    const target = event.target instanceof Element ? event.target.closest(controls) : null;
    if (!target || lastPointer === 'touch') return; // a touch is spoken by the click handler below
    sayControl(target);
  };
  const onClick = (event: MouseEvent) => {
    if (!speech.on || lastPointer !== 'touch') return;
    const target = event.target instanceof Element ? event.target.closest(controls) : null;
    if (!target) return;
    if (target.matches(activators) && armed !== target) {
      event.preventDefault();
      event.stopImmediatePropagation();
      armed = target;
      sayControl(target);
      return;
    }
    armed = null;
    if (!target.matches(activators)) sayControl(target);
  };
  const onInput = (event: Event) => {
    if (!speech.on || !spoken || !(event.target instanceof Element)) return;
    const data = (event as InputEvent).data;
    if (spoken.isMasked(event.target)) say(words().typedCharacter);
    else if (data) say(data);
  };

  const announced = new WeakMap<Element, string>();
  const observer = new MutationObserver((records) => {
    if (!speech.on || !spoken) return;
    const regions = new Set<Element>();
    for (const record of records) {
      const node = record.target instanceof Element ? record.target : record.target.parentElement;
      const region = node?.closest(liveRegions);
      if (region) regions.add(region);
      for (const added of record.addedNodes) {
        if (!(added instanceof Element)) continue;
        if (added.matches(liveRegions)) regions.add(added);
        added.querySelectorAll(liveRegions).forEach((r) => regions.add(r));
      }
    }
    for (const region of regions) {
      if (region.closest('[data-speak="self"]')) continue; // says itself (the idle countdown)
      const text = spoken.announcementText(region);
      if (text && announced.get(region) !== text) {
        announced.set(region, text);
        say(text);
      }
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });

  document.addEventListener('pointerdown', onPointerDown, true);
  document.addEventListener('keydown', onKeyDown, true);
  document.addEventListener('focusin', onFocusIn, true);
  document.addEventListener('click', onClick, true);
  document.addEventListener('input', onInput, true);

  const sayScreen = async () => {
    if (!speech.on) return;
    spoken ??= await loadSpoken();
    await nextTick();
    armed = null;
    void speech.say(spoken.inVoices(spoken.screenParts(document), language()), language());
  };
  const removeAfterEach = router.afterEach(() => void sayScreen());
  // Turning speech on, or changing the language, says the screen again.
  watch([() => speech.on, locale], ([on]) => {
    if (on) void sayScreen();
  });

  onBeforeUnmount(() => {
    observer.disconnect();
    removeAfterEach();
    document.removeEventListener('pointerdown', onPointerDown, true);
    document.removeEventListener('keydown', onKeyDown, true);
    document.removeEventListener('focusin', onFocusIn, true);
    document.removeEventListener('click', onClick, true);
    document.removeEventListener('input', onInput, true);
  });
}
