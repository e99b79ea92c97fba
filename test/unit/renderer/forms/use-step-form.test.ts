// A step's form (forms/use-step-form.ts): its action runs on what the visitor had typed when they pressed the button.
// vee-validate checks the schema a moment later, on the values as they are then: a field changed in between was sent
// unseen (household.spec's separation, once in a while on CI: the date corrected just after the press went out).
import { mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import * as yup from 'yup';
import { useStepForm } from '@renderer/forms/use-step-form';
import { createKioskI18n } from '@renderer/i18n';

const schema = yup.object({ date: yup.string().default('').test('date', (v, ctx) => (v?.startsWith('01/') ? true : ctx.createError({ message: 'date.invalid' }))) });

function stepForm() {
  let form!: ReturnType<typeof useStepForm<{ date: string }>>;
  mount(defineComponent({ setup: () => ((form = useStepForm({ schema, initialValues: { date: '' }, fieldOrder: ['date'] })), () => h('div')) }), { global: { plugins: [createKioskI18n()] } });
  return form;
}

describe('a step’s form', () => {
  it('runs its action on the values of the press', async () => {
    const form = stepForm();
    const action = vi.fn(async () => undefined);
    form.form.setFieldValue('date', '01/10/2026');
    await form.onContinue(action);
    expect(action).toHaveBeenCalledWith({ date: '01/10/2026' });
  });

  it('sends nothing when a field changed while the press was being checked; the next press sends what is on screen', async () => {
    const form = stepForm();
    const action = vi.fn(async () => undefined);
    form.form.setFieldValue('date', '31/10/2099');
    const pressed = form.onContinue(action);
    form.form.setFieldValue('date', '01/10/2026'); // typed before vee-validate ran the schema
    await pressed;
    expect(action).not.toHaveBeenCalled();
    await form.onContinue(action);
    expect(action).toHaveBeenCalledWith({ date: '01/10/2026' });
  });

  it('does not run its action on a wrong value, and counts the attempt', async () => {
    const form = stepForm();
    const action = vi.fn(async () => undefined);
    form.form.setFieldValue('date', '31/10/2099');
    await form.onContinue(action);
    expect(action).not.toHaveBeenCalled();
    expect(form.attempt.value).toBe(1);
  });
});
