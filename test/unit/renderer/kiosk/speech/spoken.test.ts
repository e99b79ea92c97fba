// What the kiosk says is a pure function of the screen: each screen's words in each language, each kind of control,
// and masked characters never said.
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import PortalView from '@renderer/features/welcome/PortalView.vue';
import HelpButton from '@renderer/layouts/HelpButton.vue';
import WelcomeView from '@renderer/features/welcome/WelcomeView.vue';
import { kioskKey } from '@renderer/kiosk/kiosk-context';
import { createKioskI18n } from '@renderer/i18n';
import { controlText, dialogText, printedText, screenText, type SpokenWords } from '@renderer/kiosk/speech/spoken';
import { printableHtml } from '@renderer/kiosk/printable';

const words: SpokenWords = {
  button: 'bouton',
  link: 'lien',
  checked: 'coché',
  notChecked: 'non coché',
  selected: 'sélectionné',
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

  it('the connection portal, in each language: its heading and what comes before the first control', () => {
    expect(screen(PortalView, 'fr')).toBe(
      'Bienvenue sur le portail de connexion des Allocations Familiales. Je n’ai pas encore d’espace Mon Compte.',
    );
    expect(screen(PortalView, 'en')).toBe('Welcome to the Allocations Familiales login portal. I do not have a Mon Compte account yet.');
    expect(screen(PortalView, 'ar')).toBe('مرحبًا بكم في بوابة الدخول إلى Allocations Familiales. ليس لدي حساب Mon Compte بعد.');
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
    expect(controlText(render('<label><input type="radio" data-target> Oui</label>'), words)).toBe('Oui. non coché');
    expect(controlText(render('<button data-target aria-pressed="true"><span aria-hidden="true">A+</span> Agrandir le texte</button>'), words)).toBe(
      'Agrandir le texte. bouton. activé',
    );
  });
});

describe('what a printed page says', () => {
  it('its title and each line, as printed', () => {
    const html = printableHtml('Mon Compte — votre identifiant', ['Identifiant provisoire', { text: '9123456789012', emphasis: true }]);
    expect(printedText(html)).toBe('Mon Compte — votre identifiant. Identifiant provisoire. 9123456789012');
  });
});
