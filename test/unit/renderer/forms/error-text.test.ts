// The error texts in easy-read mode (forms/error-text.ts): a field's error and a refusal of the back end show the
// easy-read version of their code (i18n/errors.easy-read.<code>.ts), not the ordinary text it would fall back to.
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import ContactFields from '@renderer/forms/account-steps/ContactFields.vue';
import type { StepOutcome } from '@renderer/forms/account-steps/use-code-step';
import { useContactStep, type ContactStep } from '@renderer/forms/account-steps/use-contact-step';
import { useErrorText } from '@renderer/forms/error-text';
import { createKioskI18n } from '@renderer/i18n';

type Locale = 'fr' | 'en' | 'fr-x-facile' | 'en-x-facile';

/** Mounts what `setup` renders, in a kiosk i18n showing `locale`. */
const Host = defineComponent({
  props: { setup: { type: Function, required: true } },
  setup: (props) => props.setup() as () => ReturnType<typeof h>,
});

function mountIn(locale: Locale, setup: () => () => ReturnType<typeof h>) {
  const i18n = createKioskI18n();
  i18n.global.locale.value = locale;
  return mount(Host, { props: { setup }, global: { plugins: [i18n] } });
}

function mountContact(locale: Locale, send: () => Promise<StepOutcome> = async () => ({ ok: true })) {
  let step!: ContactStep;
  const wrapper = mountIn(locale, () => {
    step = useContactStep({ initialValues: { channel: 'email', value: '', confirmation: '' }, onValues: () => {}, send });
    return () => h(ContactFields, { step });
  });
  return { wrapper, step: () => step };
}

/** The words of an error code as a screen of `locale` shows them, read in a journey's `scope` first. */
function errorTextIn(locale: Locale, code: string, scope?: string): string | undefined {
  let text: string | undefined;
  mountIn(locale, () => {
    text = useErrorText(scope)(code);
    return () => h('p');
  });
  return text;
}

describe('the error texts in easy-read mode', () => {
  it('show a field’s error in easy-read words at the field, and in the ordinary words otherwise', async () => {
    const shown: Record<string, string> = {};
    for (const locale of ['fr', 'fr-x-facile', 'en-x-facile'] as const) {
      const { wrapper, step } = mountContact(locale);
      await step().submit();
      await flushPromises();
      expect(wrapper.find('#value').attributes('aria-invalid')).toBe('true');
      shown[locale] = wrapper.find('#value-error').text();
    }
    expect(shown).toEqual({
      fr: '⚠ Saisissez votre adresse mail',
      'fr-x-facile': '⚠ J’écris mon adresse mail.',
      'en-x-facile': '⚠ I write my e-mail address.',
    });
  });

  it('show a refusal of the back end at its field in easy-read words', async () => {
    const refusal: StepOutcome = { ok: false, failure: { kind: 'api', status: 400, code: 'email.format', field: 'value', retryAfterSeconds: null } };
    const { wrapper, step } = mountContact('fr-x-facile', async () => refusal);
    await wrapper.find('#value').setValue('nom@exemple');
    await wrapper.find('#confirmation').setValue('nom@exemple');
    await step().submit();
    await flushPromises();
    expect(wrapper.find('#value-error').text()).toBe('⚠ Mon adresse mail n’est pas bonne. Par exemple : prenom.nom@exemple.fr.');
  });

  it('read the easy-read words of every kind of code: the domain’s, the back end’s, the household’s, a journey’s own', () => {
    expect(errorTextIn('fr-x-facile', 'nir.key')).toBe('Mon numéro de sécurité sociale n’est pas bon. Je regarde ma carte Vitale. Je vérifie chaque chiffre.');
    expect(errorTextIn('en-x-facile', 'rateLimited')).toBe('I made too many requests in a short time. I wait a minute. Then I try again.');
    expect(errorTextIn('fr-x-facile', 'postalCode.format')).toBe('Le code postal a 5 chiffres. Par exemple : 75001.');
    // A journey's own words for a code come first, in their easy-read version too.
    expect(errorTextIn('fr-x-facile', 'date.required', 'aideLogement.errors')).toBe('J’écris la date.');
    // A code with no text of its own says the general easy-read words.
    expect(errorTextIn('fr-x-facile', 'no.suchCode')).toBe('Il y a un problème. Je vérifie ce que j’ai écrit. J’essaie encore.');
  });

  it('differ from the ordinary words in both easy-read languages', () => {
    expect(errorTextIn('fr-x-facile', 'code.expired')).toBe('Le code marche pendant 10 minutes. Ce code ne marche plus. Je demande un nouveau code.');
    expect(errorTextIn('fr', 'code.expired')).toBe('Ce code n’est plus valable (10 minutes). Demandez un nouveau code');
    expect(errorTextIn('en-x-facile', 'code.expired')).toBe('The code works for 10 minutes. This code does not work any more. I ask for a new code.');
  });
});
