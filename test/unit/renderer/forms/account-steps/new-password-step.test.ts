// The new-password step shared by account creation, the forgotten password and the first login
// (forms/account-steps): useNewPasswordStep through NewPasswordFields.
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import NewPasswordFields from '@renderer/forms/account-steps/NewPasswordFields.vue';
import type { StepOutcome } from '@renderer/forms/account-steps/use-code-step';
import { useNewPasswordStep, type NewPasswordStep } from '@renderer/forms/account-steps/use-new-password-step';
import { createKioskI18n } from '@renderer/i18n';

function mountStep() {
  const submit = vi.fn(async (): Promise<StepOutcome> => ({ ok: true }));
  let step!: NewPasswordStep;
  const Host = defineComponent({
    setup() {
      step = useNewPasswordStep({ submit });
      return () => h(NewPasswordFields, { step });
    },
  });
  const wrapper = mount(Host, { global: { plugins: [createKioskI18n()] } });
  return { wrapper, step, submit };
}

const ticked = (step: NewPasswordStep) => step.rules.value.filter((r) => r.ok).map((r) => r.key);

describe('the shared new-password step', () => {
  it('ticks each rule of the checklist as the password is typed, in the order of « Créer mon espace Mon Compte »', async () => {
    const { wrapper, step } = mountStep();
    expect(step.rules.value.map((r) => r.label)).toEqual([
      '8 à 24 caractères', '1 chiffre', '1 lettre minuscule', '1 lettre majuscule', 'seulement des lettres sans accent et des chiffres',
    ]);
    await wrapper.find('#password').setValue('abc');
    expect(ticked(step)).toEqual(['lowercase', 'lettersAndDigitsOnly']);
    await wrapper.find('#password').setValue('Abcdéfgh1');
    expect(ticked(step)).toEqual(['length', 'digit', 'lowercase', 'uppercase']);
  });

  it('refuses a confirmation that differs at its field, without calling the back end', async () => {
    const { wrapper, step, submit } = mountStep();
    await wrapper.find('#password').setValue('Kiosque2026Caf');
    await wrapper.find('#confirmation').setValue('Kiosque2026Cag');
    await step.submit();
    await flushPromises();
    expect(submit).not.toHaveBeenCalled();
    expect(wrapper.find('#confirmation').attributes('aria-invalid')).toBe('true');
    expect(step.summary.value.map((e) => e.field)).toEqual(['confirmation']);
  });

  it('sends both fields, and puts a refusal of the back end at the password keeping what was typed', async () => {
    const { wrapper, step, submit } = mountStep();
    submit.mockResolvedValueOnce({ ok: false, failure: { kind: 'api', status: 400, code: 'password.common', field: 'password', retryAfterSeconds: null } });
    await wrapper.find('#password').setValue('Kiosque2026Caf');
    await wrapper.find('#confirmation').setValue('Kiosque2026Caf');
    await step.submit();
    await flushPromises();
    expect(submit).toHaveBeenCalledWith({ password: 'Kiosque2026Caf', confirmation: 'Kiosque2026Caf' });
    expect(wrapper.find('#password').attributes('aria-invalid')).toBe('true');
    expect(step.summary.value.map((e) => e.field)).toEqual(['password']);
    expect((wrapper.find('#password').element as HTMLInputElement).value).toBe('Kiosque2026Caf');
    expect((wrapper.find('#confirmation').element as HTMLInputElement).value).toBe('Kiosque2026Caf');
  });
});
