// What the kiosk says is a pure function of the screen: each screen's words in each language, each kind of control,
// and masked characters never said.
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import HelpButton from '@renderer/layouts/HelpButton.vue';
import WelcomeView from '@renderer/features/welcome/WelcomeView.vue';
import { kioskKey } from '@renderer/kiosk/kiosk-context';
import { createKioskI18n } from '@renderer/i18n';
import { controlParts, controlText, dialogText, inVoices, ownLanguage, printedText, screenParts, screenText, type SpokenWords } from '@renderer/kiosk/speech/spoken';
import { printableHtml } from '@renderer/kiosk/printable';

const words: SpokenWords = {
  button: 'bouton',
  link: 'lien',
  checked: 'coché',
  notChecked: 'non coché',
  selected: 'sélectionné',
  notSelected: 'non sélectionné',
  pressed: 'activé',
  empty: 'vide',
  typedCharacter: 'caractère saisi',
  typedCharacters: (n) => `${n} caractères saisis`,
  invalid: 'à corriger',
};

function screen(component: object, locale: 'fr' | 'en' | 'ar' | 'fr-x-facile' | 'en-x-facile'): string {
  const pinia = createPinia();
  setActivePinia(pinia);
  const i18n = createKioskI18n();
  i18n.global.locale.value = locale;
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', name: 'any', component: { render: () => null } }] });
  const kiosk = { bridge: {}, visit: { onVisitEnd: () => () => {}, endVisit: async () => {} }, config: { value: null } };
  const wrapper = mount(component, {
    global: { plugins: [pinia, i18n, router], provide: { [kioskKey as symbol]: kiosk } },
    attachTo: document.body,
  });
  const text = screenText(wrapper.element.parentElement!);
  wrapper.unmount();
  return text;
}

describe('what a screen says when it opens', () => {
  it('the welcome screen, in each language', () => {
    expect(screen(WelcomeView, 'fr')).toBe('Bienvenue à la Caf. Touchez l’écran pour commencer');
    expect(screen(WelcomeView, 'en')).toBe('Welcome to the Caf. Touch the screen to start');
    expect(screen(WelcomeView, 'ar')).toBe('مرحبًا بكم في الـCaf. المسوا الشاشة للبدء');
  });

  it('the welcome screen in easy-read', () => {
    expect(screen(WelcomeView, 'fr-x-facile')).toBe('Bonjour. Vous êtes à la Caf. Touchez l’écran avec le doigt pour commencer.');
    expect(screen(WelcomeView, 'en-x-facile')).toBe('Hello. You are at the Caf. Touch the screen with your finger to start.');
  });

});

// The rules of screenText on the shapes the screens have; what each screen says in each language is in screens.test.ts.
describe('what a screen says: its heading, then its instructions up to the first control', () => {
  const page = (html: string) => {
    document.body.innerHTML = html;
    return screenText(document.body);
  };

  it('a control above the heading (the account space’s « Déconnexion ») neither ends the instructions nor is said', () => {
    // Failed before: the screen said "Mon Compte. Personne connectée :VERONIQUE F." and nothing of its own words.
    expect(
      page('<main><div><p>Personne connectée : <span>VERONIQUE F.</span></p><button>Déconnexion</button></div><h1>Mes démarches</h1><p>Aucune démarche pour le moment.</p><button>Retour</button></main>'),
    ).toBe('Mes démarches. Personne connectée : VERONIQUE F. Aucune démarche pour le moment.');
  });

  it('a list item or paragraph holding a control is that control: not read as an instruction', () => {
    // Failed before: "… Choisissez le thème qui vous concerne. Le logement" (the first tile's words), and a member's
    // « Retirer » glued to their birth date ("né(e) le 03/09/2015Retirer LINA FONTAINE").
    expect(page('<main><h1>Faire une demande</h1><p>Choisissez le thème.</p><ul><li><button>Le logement</button></li></ul></main>')).toBe(
      'Faire une demande. Choisissez le thème.',
    );
    expect(page('<main><h1>Qui vit ici ?</h1><ul><li>Vous — INES B.</li><li>LINA B.<button>Retirer LINA B.</button></li></ul></main>')).toBe(
      'Qui vit ici ? Vous — INES B.',
    );
  });

  it('a list item is read once, its title and paragraphs as sentences, never glued', () => {
    // Failed before: "Aide personnalisée au logementdepuis le 01/03/2024258,34 € par mois. depuis le 01/03/2024. 258,34 € par mois".
    expect(page('<main><h1>Mes allocations</h1><ul><li><div><h2>Apl</h2><p>depuis le 01/03/2024</p></div><p>258 € par mois</p></li></ul></main>')).toBe(
      'Mes allocations. Apl. depuis le 01/03/2024. 258 € par mois',
    );
  });

  it('section headings, terms and definitions, table rows are read; a text repeating one already said is not', () => {
    // Failed before: "… Voici ce que la Caf a enregistré :" and nothing of what it had recorded.
    expect(page('<main><h1>Récapitulatif</h1><p>Voici ce que la Caf a enregistré :</p><dl><dt>Téléphone</dt><dd>06 12 34 56 78</dd></dl></main>')).toBe(
      'Récapitulatif. Voici ce que la Caf a enregistré : Téléphone. 06 12 34 56 78',
    );
    expect(page('<main><h1>Relevé</h1><table><tr><th>Date</th><th>Montant</th></tr><tr><td>05/11/2026</td><td>58 €</td></tr></table></main>')).toBe(
      'Relevé. Date. Montant. 05/11/2026. 58 €',
    );
    expect(page('<main><h1>Votre séparation est déclarée</h1><div role="status"><p>Votre séparation est déclarée</p></div><h2>Et maintenant ?</h2></main>')).toBe(
      'Votre séparation est déclarée. Et maintenant ?',
    );
  });

  it('says no direction mark: a Latin name or number isolated left to right in Arabic is read as its words', () => {
    // Failed before: the isolates (U+2066 … U+2069) that keep « Caf » and a phone number left to right went to the voice.
    const said = page('<main><h1>\u0631\u0645\u0632 \u0627\u0644\u062a\u062d\u0642\u0642</h1><p>\u0627\u0644\u0640\u2066Caf\u2069 \u2066+33\u00a06\u00a012\u2069 \u200fx</p></main>');
    expect(said).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(said).toContain('Caf +33 6 12 x');
  });
});

describe('what « Besoin d’aide ? » says when it opens', () => {
  async function helpOf(routeName: string, locale: 'fr' | 'en' | 'ar'): Promise<string> {
    const pinia = createPinia();
    setActivePinia(pinia);
    const i18n = createKioskI18n();
    i18n.global.locale.value = locale;
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/', name: routeName, component: { render: () => null } }, { path: '/a', name: 'accessibility', component: { render: () => null } }],
    });
    await router.push('/');
    const kiosk = { bridge: {}, visit: { onVisitEnd: () => () => {}, endVisit: async () => {} }, config: { value: null } };
    const wrapper = mount(HelpButton, { global: { plugins: [pinia, i18n, router], provide: { [kioskKey as symbol]: kiosk } }, attachTo: document.body });
    await wrapper.find('button').trigger('click');
    // The dialog is loaded on the first touch (HelpButton), then opens.
    await vi.waitFor(() => expect(document.querySelector('.help-dialog')).not.toBeNull(), { timeout: 10_000 });
    const dialog = document.querySelector('.help-dialog');
    const text = dialog ? dialogText(dialog) : '';
    wrapper.unmount();
    return text;
  }

  it('the login screen: the title, the topic, each question and its answer, never the buttons', async () => {
    const fr = await helpOf('login', 'fr');
    expect(fr.startsWith('Besoin d’aide ? Me connecter — Les questions que l’on se pose souvent à cette étape. Quel numéro dois-je écrire ?')).toBe(true);
    expect(fr).toContain('J’ai oublié mon mot de passe. Touchez « Mot de passe oublié ? ».');
    expect(fr).toContain('Vous ne trouvez pas la réponse ?');
    expect(fr).not.toContain('Appeler un agent');
    expect(fr).not.toContain('Fermer');
    expect((await helpOf('login', 'en')).startsWith('Need help? Logging in — The questions people often ask at this step. Which number do I type?')).toBe(true);
    expect((await helpOf('login', 'ar')).startsWith('هل تحتاجون إلى مساعدة؟ تسجيل الدخول — الأسئلة التي تُطرح كثيرًا في هذه الخطوة. أيّ رقم أكتب؟')).toBe(true);
  });

  it('a step of the request: its own questions', async () => {
    expect(await helpOf('aide-logement-banque', 'fr')).toContain('Où trouver mon IBAN ?');
  });
});

describe('what a control says when it is touched or focused', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });
  const render = (html: string) => {
    document.body.innerHTML = html;
    return document.body.querySelector('[data-target]')!;
  };

  it('a field: its label, its value, then its hint', () => {
    const field = render(
      '<label for="n">Numéro de Sécurité sociale</label><p id="h">13 caractères</p><input id="n" data-target aria-describedby="h" value="1840575">',
    );
    expect(controlText(field, words)).toBe('Numéro de Sécurité sociale. 1840575. 13 caractères');
  });

  it('an empty field that is wrong says so, and its error', () => {
    const field = render('<label for="n">Nom</label><p id="e">Saisissez ce nom</p><input id="n" data-target aria-invalid="true" aria-describedby="e">');
    expect(controlText(field, words)).toBe('Nom. vide. à corriger. Saisissez ce nom');
  });

  it('a field with its hint and its error says each as a sentence', () => {
    // Failed before: "… (les 2 derniers chiffres) Saisissez votre numéro" — the description glued the two.
    const field = render(
      '<label for="n">Numéro</label><p id="h">Les 13 premiers chiffres</p><p id="e">Saisissez votre numéro</p><input id="n" data-target aria-invalid="true" aria-describedby="h e">',
    );
    expect(controlText(field, words)).toBe('Numéro. vide. à corriger. Les 13 premiers chiffres. Saisissez votre numéro');
  });

  it('a password never says its characters, only how many were typed', () => {
    const field = render('<label for="p">Mot de passe</label><input id="p" type="password" data-target value="Secret12">');
    const said = controlText(field, words);
    expect(said).toBe('Mot de passe. 8 caractères saisis');
    expect(said).not.toContain('Secret');
  });

  it('a one-time code is masked too', () => {
    const field = render('<label for="c">Code</label><input id="c" autocomplete="one-time-code" data-target value="123456">');
    expect(controlText(field, words)).toBe('Code. 6 caractères saisis');
  });

  it('a checkbox and a radio say their state; a toggle button says it is on', () => {
    expect(controlText(render('<label><input type="checkbox" data-target checked> J’accepte</label>'), words)).toBe('J’accepte. coché');
    expect(controlText(render('<label><input type="radio" data-target> Oui</label>'), words)).toBe('Oui. non sélectionné');
    // The kit's boxes and radios are buttons with a role (reka-ui): their kind is their role, not « bouton ». Failed
    // before: "J’accepte. bouton. coché".
    expect(controlText(render('<button role="checkbox" aria-checked="true" data-target id="b"></button><label for="b">J’accepte</label>'), words)).toBe(
      'J’accepte. coché',
    );
    expect(controlText(render('<button role="radio" aria-checked="false" data-target>Madame</button>'), words)).toBe('Madame. non sélectionné');
    expect(controlText(render('<button data-target aria-pressed="true"><span aria-hidden="true">A+</span> Agrandir le texte</button>'), words)).toBe(
      'Agrandir le texte. bouton. activé',
    );
  });
});

describe('a control named in a language of its own', () => {
  beforeEach(() => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = '';
  });

  it('is marked by its own lang, not the page’s: the language buttons', () => {
    document.body.innerHTML =
      '<div role="group"><button lang="ar" dir="rtl" aria-pressed="false" id="ar">العربية</button><button id="plain">Quitter</button></div>' +
      '<p lang="en"><a href="#" id="inside">Read more</a></p>';
    expect(ownLanguage(document.getElementById('ar')!)).toBe('ar');
    expect(ownLanguage(document.getElementById('inside')!)).toBe('en');
    // The page's own lang (<html lang>) is the screen's language: nothing of its own.
    expect(ownLanguage(document.getElementById('plain')!)).toBeNull();
  });

  it('a screen’s text marked in another language is a run of its own (the CGU, French on an English screen)', () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML =
      '<main><h1>General terms of use</h1><p>Read them to the end.</p><div lang="fr"><h2>Article 1</h2><p>Objet du service.</p></div>' +
      '<p>Then tick the box.</p><button>Continue</button></main>';
    expect(inVoices(screenParts(document), 'en')).toEqual([
      { text: 'General terms of use. Read them to the end.', language: 'en' },
      { text: 'Article 1. Objet du service.', language: 'fr' },
      { text: 'Then tick the box.', language: 'en' },
    ]);
    // All in the screen's language: one text, screenText's.
    document.body.querySelector('[lang]')!.removeAttribute('lang');
    expect(inVoices(screenParts(document), 'en')).toBe(screenText(document));
    expect(screenText(document)).toBe('General terms of use. Read them to the end. Article 1. Objet du service. Then tick the box.');
  });

  it('gives its name apart from the rest, which controlText joins', () => {
    document.body.innerHTML = '<button lang="en" aria-pressed="true" id="en">English</button>';
    const button = document.getElementById('en')!;
    expect(controlParts(button, words)).toEqual({ name: 'English', rest: 'bouton. activé' });
    expect(controlText(button, words)).toBe('English. bouton. activé');
  });
});

describe('what a printed page says', () => {
  it('its title and each line, as printed', () => {
    const html = printableHtml('Mon Compte — votre identifiant', ['Identifiant provisoire', { text: '9123456789012', emphasis: true }]);
    expect(printedText(html)).toBe('Mon Compte — votre identifiant. Identifiant provisoire. 9123456789012');
  });
});
