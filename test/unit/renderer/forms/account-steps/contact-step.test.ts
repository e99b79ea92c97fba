// The contact step shared by account creation and the household's contact change (forms/account-steps):
// useContactStep through ContactFields.
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import ContactFields from '@renderer/forms/account-steps/ContactFields.vue';
import type { StepOutcome } from '@renderer/forms/account-steps/use-code-step';
import { useContactStep, type ContactStep } from '@renderer/forms/account-steps/use-contact-step';
import type { ContactValues } from '@renderer/forms/schemas';
import { createKioskI18n } from '@renderer/i18n';

function mountStep(options: { initial?: ContactValues; fieldHelp?: boolean; shownElsewhere?: () => boolean } = {}) {
  const send = vi.fn(async (): Promise<StepOutcome> => ({ ok: true }));
  const onValues = vi.fn();
  let step!: ContactStep;
  const Host = defineComponent({
    setup() {
      step = useContactStep({
        initialValues: options.initial ?? { channel: null, value: '', confirmation: '' },
        onValues,
        send,
        shownElsewhere: options.shownElsewhere,
      });
      return () => h(ContactFields, { step, fieldHelp: options.fieldHelp });
    },
  });
  const wrapper = mount(Host, { global: { plugins: [createKioskI18n()] } });
  return { wrapper, step, send, onValues };
}

describe('the shared contact step', () => {
  it('shows the fields of a channel once it is chosen, with the keyboard of its kind', async () => {
    const { wrapper, step } = mountStep();
    expect(wrapper.find('#value').exists()).toBe(false);
    step.channel.value = 'sms';
    await flushPromises();
    expect(wrapper.find('#value').attributes('data-keyboard-layout')).toBe('digits');
    expect(wrapper.find('#value').attributes('type')).toBe('tel');
    expect(wrapper.text()).toContain('Confirmer le numéro de téléphone portable');
    step.channel.value = 'email';
    await flushPromises();
    expect(wrapper.find('#confirmation').attributes('data-keyboard-layout')).toBe('email');
    expect(wrapper.text()).toContain('Confirmer l’adresse mail');
  });

  it('empties what was typed for one channel when the visitor picks the other, and copies what is typed', async () => {
    const { wrapper, step, onValues } = mountStep({ initial: { channel: 'sms', value: '0612345678', confirmation: '0612345678' } });
    expect((wrapper.find('#value').element as HTMLInputElement).value).toBe('0612345678');
    step.channel.value = 'email';
    await flushPromises();
    expect(step.value.value).toBe('');
    expect(step.confirmation.value).toBe('');
    expect(onValues).toHaveBeenLastCalledWith({ channel: 'email', value: '', confirmation: '' });
  });

  it('refuses a confirmation that differs at its field without calling the back end, then sends matching values', async () => {
    const { wrapper, step, send } = mountStep({ initial: { channel: 'email', value: 'karim@example.org', confirmation: 'karim@exemple.org' } });
    await step.submit();
    await flushPromises();
    expect(send).not.toHaveBeenCalled();
    expect(wrapper.find('#confirmation').attributes('aria-invalid')).toBe('true');
    expect(step.summary.value.map((e) => e.field)).toEqual(['confirmation']);

    await wrapper.find('#confirmation').setValue('karim@example.org');
    await step.submit();
    expect(send).toHaveBeenCalledWith({ channel: 'email', value: 'karim@example.org', confirmation: 'karim@example.org' });
  });

  it('puts a refusal of the back end on its field, unless the screen shows it elsewhere', async () => {
    const values: ContactValues = { channel: 'sms', value: '0612345678', confirmation: '0612345678' };
    const failure: StepOutcome = { ok: false, failure: { kind: 'api', status: 400, code: 'mobile.notMobile', field: 'value', retryAfterSeconds: null } };
    const shown = mountStep({ initial: values });
    shown.send.mockResolvedValueOnce(failure);
    await shown.step.submit();
    await flushPromises();
    expect(shown.wrapper.find('#value').attributes('aria-invalid')).toBe('true');

    const elsewhere = mountStep({ initial: values, shownElsewhere: () => true });
    elsewhere.send.mockResolvedValueOnce(failure);
    await elsewhere.step.submit();
    await flushPromises();
    expect(elsewhere.wrapper.find('#value').attributes('aria-invalid')).toBeUndefined();
  });

  it('gives the two text fields help bubbles, unless told not to', async () => {
    const values: ContactValues = { channel: 'sms', value: '', confirmation: '' };
    const withHelp = mountStep({ initial: values });
    expect(withHelp.wrapper.find('button[aria-label="Aide : Numéro de téléphone portable"]').exists()).toBe(true);
    const without = mountStep({ initial: values, fieldHelp: false });
    expect(without.wrapper.find('button[aria-label="Aide : Numéro de téléphone portable"]').exists()).toBe(false);
    expect(without.wrapper.find('button[aria-label="Aide : Veuillez indiquer votre choix de réception :"]').exists()).toBe(true);
  });
});
