// What a touched or focused control says (controlText) on the screens themselves, in French and Arabic: a field with
// its hint, then with the error the screen shows; a masked field, which never says its characters; a box and a radio,
// which say their state. One or more screens per journey with a form; the kinds of control alone: spoken.test.ts.
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { controlText } from '@renderer/kiosk/speech/spoken';
import { mountScreen, type Locale, type MountedScreen } from './screens';
import { screenSetups } from './screen-states';

vi.mock('@renderer/api/request', () => import('../../route-mocks'));

/** The screen of `name` in `locale`, and what its control `selector` says once `act` has run. */
async function onScreen<T>(name: string, locale: Locale, act: (screen: MountedScreen, say: (selector: string) => string) => Promise<T>): Promise<T> {
  vi.resetAllMocks();
  const screen = await mountScreen(name, locale, screenSetups[name]);
  const say = (selector: string) => {
    const control = document.querySelector(selector);
    if (!control) throw new Error(`${name}: no ${selector}`);
    return controlText(control, screen.words);
  };
  try {
    return await act(screen, say);
  } finally {
    screen.unmount();
  }
}

/** The field's error once the screen shows it (the form's checks answer after a few turns of the event loop). */
const shownWrong = (selector: string) =>
  vi.waitFor(() => {
    if (document.querySelector(selector)?.getAttribute('aria-invalid') !== 'true') throw new Error(`${selector} not shown wrong yet`);
  });

/** Presses the screen's button named `label`, as the visitor does, and lets the screen answer. */
async function press(screen: MountedScreen, label: string) {
  const button = screen.wrapper.findAll('button').find((b) => b.text().trim() === label);
  if (!button) throw new Error(`no button « ${label} »`);
  // happy-dom does not submit a form from its submit button's click: the form is submitted as the click would.
  const form = button.element.closest('form');
  if (button.attributes('type') === 'submit' && form) form.requestSubmit();
  else await button.trigger('click');
  await flushPromises();
  await flushPromises();
}

/** The same acts on the screen in French and in Arabic. */
async function inFrenchAndArabic<T>(name: string, act: (screen: MountedScreen, say: (selector: string) => string, locale: Locale) => Promise<T>) {
  const said: Partial<Record<Locale, T>> = {};
  for (const locale of ['fr', 'ar'] as const) said[locale] = await onScreen(name, locale, (screen, say) => act(screen, say, locale));
  return said;
}

describe('« Me connecter à Mon Compte »', () => {
  it('the identifier says it is empty and its hint, then its error; the password never its characters', async () => {
    const said = await inFrenchAndArabic('login', async (screen, say) => {
      const empty = say('#identifier');
      await press(screen, screen.t('login.submit'));
      await shownWrong('#identifier');
      const wrong = say('#identifier');
      await screen.wrapper.find('#identifier').setValue('1840575');
      const typed = say('#identifier');
      await screen.wrapper.find('#password').setValue('Secret12');
      return { empty, wrong, typed, password: say('#password') };
    });
    expect(JSON.stringify(said)).not.toContain('Secret');
    expect(said).toMatchInlineSnapshot(`
      {
        "ar": {
          "empty": "رقم الضمان الاجتماعي. فارغ. الأرقام الـ13 الأولى، دون المفتاح (الرقمان الأخيران)",
          "password": "كلمة المرور. عدد الحروف المُدخَلة: 8. يجب تصحيحه. مكوّنة من حروف وأرقام. أدخلوا كلمة المرور",
          "typed": "رقم الضمان الاجتماعي. 1840575. يجب تصحيحه. الأرقام الـ13 الأولى، دون المفتاح (الرقمان الأخيران). أدخلوا رقم الضمان الاجتماعي",
          "wrong": "رقم الضمان الاجتماعي. فارغ. يجب تصحيحه. الأرقام الـ13 الأولى، دون المفتاح (الرقمان الأخيران). أدخلوا رقم الضمان الاجتماعي",
        },
        "fr": {
          "empty": "Numéro de Sécurité sociale. vide. Les 13 premiers chiffres, sans la clé (les 2 derniers chiffres)",
          "password": "Mot de passe. 8 caractères saisis. à corriger. Composé de lettres et de chiffres. Saisissez votre mot de passe",
          "typed": "Numéro de Sécurité sociale. 1840575. à corriger. Les 13 premiers chiffres, sans la clé (les 2 derniers chiffres). Saisissez votre numéro de Sécurité sociale",
          "wrong": "Numéro de Sécurité sociale. vide. à corriger. Les 13 premiers chiffres, sans la clé (les 2 derniers chiffres). Saisissez votre numéro de Sécurité sociale",
        },
      }
    `);
  });
});

describe('« Créer mon espace Mon Compte »', () => {
  it('a radio says whether it is chosen, before and after the touch', async () => {
    const said = await inFrenchAndArabic('create-account-etat-civil', async (screen, say) => {
      const before = say('#civilite-MADAME');
      await screen.wrapper.find('#civilite-MADAME').trigger('click');
      await flushPromises();
      return { before, chosen: say('#civilite-MADAME'), other: say('#civilite-MONSIEUR') };
    });
    expect(said).toMatchInlineSnapshot(`
      {
        "ar": {
          "before": "Madame (السيدة). غير مُختار",
          "chosen": "Madame (السيدة). مُختار",
          "other": "Monsieur (السيد). غير مُختار",
        },
        "fr": {
          "before": "Madame. non sélectionné",
          "chosen": "Madame. sélectionné",
          "other": "Monsieur. non sélectionné",
        },
      }
    `);
  });
});

describe('« Mot de passe oublié ? »', () => {
  it('a digit of the code is never said, only that one was typed', async () => {
    const said = await inFrenchAndArabic('password-reset-code', async (screen, say) => {
      await screen.wrapper.find('.pin__box').setValue('4');
      await flushPromises();
      return say('.pin__box');
    });
    expect(JSON.stringify(said)).not.toMatch(/4/);
    expect(said).toMatchInlineSnapshot(`
      {
        "ar": "الرقم 1 من 6. حرف واحد مُدخَل",
        "fr": "Chiffre 1 sur 6. 1 caractère saisi",
      }
    `);
  });
});

describe('the first login (migration)', () => {
  it('the CGU’s box says it is not ticked, then ticked', async () => {
    const said = await inFrenchAndArabic('migration-cgu', async (screen, say) => {
      const before = say('#accept');
      await screen.wrapper.find('#accept').trigger('click');
      await flushPromises();
      return { before, ticked: say('#accept') };
    });
    expect(said).toMatchInlineSnapshot(`
      {
        "ar": {
          "before": "اطّلعت على الشروط العامة للاستخدام وأقبلها. غير مُحدَّد",
          "ticked": "اطّلعت على الشروط العامة للاستخدام وأقبلها. مُحدَّد",
        },
        "fr": {
          "before": "J’ai pris connaissance des conditions générales d’utilisation et je les accepte. non coché",
          "ticked": "J’ai pris connaissance des conditions générales d’utilisation et je les accepte. coché",
        },
      }
    `);
  });
});

describe('the household', () => {
  it('the separation’s date says its hint then its error, and the housing radios their state', async () => {
    const said = await inFrenchAndArabic('household-separation', async (screen, say) => {
      await screen.wrapper.find('#date').setValue('31/02/2026');
      await press(screen, screen.t('household.separation.submit'));
      await shownWrong('#date');
      return { date: say('#date'), stays: say('#housing-stays') };
    });
    expect(said).toMatchInlineSnapshot(`
      {
        "ar": {
          "date": "تاريخ الانفصال. 31/02/2026. يجب تصحيحه. يوم/شهر/سنة، مثلًا 01/10/2026. هذا التاريخ غير موجود: تحقّقوا من اليوم والشهر",
          "stays": "أبقى في المسكن. غير مُختار",
        },
        "fr": {
          "date": "Date de la séparation. 31/02/2026. à corriger. JJ/MM/AAAA, par exemple 01/10/2026. Cette date n’existe pas : vérifiez le jour et le mois",
          "stays": "Je reste dans le logement. non sélectionné",
        },
      }
    `);
  });
});

describe('the aide au logement request', () => {
  it('the IBAN says what was typed and its hint, then its error', async () => {
    const said = await inFrenchAndArabic('aide-logement-banque', async (screen, say) => {
      await screen.wrapper.find('#iban').setValue('FR76 3000 6000');
      const typed = say('#iban');
      await press(screen, screen.t('aideLogement.continue'));
      await shownWrong('#iban');
      return { typed, wrong: say('#iban') };
    });
    expect(said).toMatchInlineSnapshot(`
      {
        "ar": {
          "typed": "IBAN. FR76 3000 6000. 27 حرفًا ورقمًا لحساب في فرنسا، يبدأ بـFR",
          "wrong": "IBAN. FR76 3000 6000. يجب تصحيحه. 27 حرفًا ورقمًا لحساب في فرنسا، يبدأ بـFR. هناك حروف ناقصة أو زائدة: الـIBAN الفرنسي يتكوّن من 27 حرفًا ورقمًا",
        },
        "fr": {
          "typed": "IBAN. FR76 3000 6000. 27 caractères pour un compte en France, commençant par FR",
          "wrong": "IBAN. FR76 3000 6000. à corriger. 27 caractères pour un compte en France, commençant par FR. Il manque ou il y a trop de caractères : un IBAN français en compte 27",
        },
      }
    `);
  });
});
