// Easy-read pictograms (ui/UiPictogram.vue): the picture matches what the field or the choice is, and screen readers
// skip it (the label says the same).
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import ContactFields from '@renderer/forms/account-steps/ContactFields.vue';
import { useContactStep, type ContactStep } from '@renderer/forms/account-steps/use-contact-step';
import { createKioskI18n } from '@renderer/i18n';
import UiPasswordField from '@renderer/ui/UiPasswordField.vue';
import UiTextField from '@renderer/ui/UiTextField.vue';

function mountContact() {
  let step!: ContactStep;
  const Host = defineComponent({
    setup() {
      step = useContactStep({ initialValues: { channel: null, value: '', confirmation: '' }, onValues: () => {}, send: async () => ({ ok: true }) });
      return () => h(ContactFields, { step });
    },
  });
  return { wrapper: mount(Host, { global: { plugins: [createKioskI18n()] } }), step: () => step };
}

describe('the easy-read pictograms', () => {
  it('put a speech bubble beside « SMS » and an envelope beside « mail », then on the chosen field', async () => {
    const { wrapper, step } = mountContact();
    const pictogramOf = (selector: string) => wrapper.find(`${selector} [data-pictogram]`).attributes('data-pictogram');
    expect(pictogramOf('#channel-sms')).toBe('sms');
    expect(pictogramOf('#channel-email')).toBe('email');
    step().channel.value = 'sms';
    await flushPromises();
    expect(pictogramOf('label[for="value"]')).toBe('mobile');
    step().channel.value = 'email';
    await flushPromises();
    expect(pictogramOf('label[for="value"]')).toBe('email');
  });

  it('are hidden from screen readers, and leave the label’s words as they are', async () => {
    const { wrapper, step } = mountContact();
    step().channel.value = 'email';
    await flushPromises();
    const pictograms = wrapper.findAll('[data-pictogram]');
    expect(pictograms.length).toBeGreaterThan(0);
    for (const p of pictograms) expect(p.attributes('aria-hidden')).toBe('true');
    expect(wrapper.find('label[for="value"]').text()).toBe('Adresse mail');
  });

  it('say what a field is by its kind: a key for a password, a card for the NIR, none for a name', () => {
    const field = (props: Record<string, unknown>) => mount(UiTextField, { props: { id: 'f', label: 'L', modelValue: '', ...props } });
    expect(field({ keyboard: 'nir' }).find('[data-pictogram]').attributes('data-pictogram')).toBe('identity');
    expect(field({ keyboard: 'amount' }).find('[data-pictogram]').attributes('data-pictogram')).toBe('money');
    expect(field({ keyboard: 'digits', pictogram: 'date' }).find('[data-pictogram]').attributes('data-pictogram')).toBe('date');
    expect(field({ keyboard: 'azerty' }).find('[data-pictogram]').exists()).toBe(false);
    const password = mount(UiPasswordField, { props: { id: 'p', label: 'Mot de passe', modelValue: '', showLabel: 'Afficher', hideLabel: 'Masquer' } });
    expect(password.find('[data-pictogram]').attributes('data-pictogram')).toBe('password');
  });
});
