// The verification-code step shared by the journeys (forms/account-steps): useCodeStep's state through the
// VerificationCode component, as a visitor meets it.
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import type { ApiFailure } from '@renderer/api/errors';
import VerificationCode from '@renderer/forms/account-steps/VerificationCode.vue';
import { shownDestination, useCodeStep, type CodeStep, type CodeStepOptions, type StepOutcome } from '@renderer/forms/account-steps/use-code-step';
import { createKioskI18n } from '@renderer/i18n';

const refusal = (code: string): StepOutcome => ({ ok: false, failure: { kind: 'api', status: 400, code, field: 'code', retryAfterSeconds: null } });
const unreachable: StepOutcome = { ok: false, failure: { kind: 'unreachable' } as ApiFailure };
const NOW = Date.parse('2026-03-02T10:00:00Z');

function mountStep(options: Partial<CodeStepOptions> & { compact?: boolean } = {}) {
  const challenge = ref<{ resendAvailableAt: string | null; attemptsLeft: number | null } | null>({ resendAvailableAt: null, attemptsLeft: 4 });
  const verify = vi.fn(async (): Promise<StepOutcome> => ({ ok: true }));
  const resend = vi.fn(async (): Promise<StepOutcome> => ({ ok: true }));
  let step!: CodeStep;
  const Host = defineComponent({
    setup() {
      step = useCodeStep({ challenge: () => challenge.value, verify, resend, ...options });
      return () =>
        h('div', [
          h('p', { 'data-test': 'general' }, step.generalError.value ?? ''),
          h(VerificationCode, { step, label: 'Code reçu par SMS', busy: false, sent: 'Envoyé au 06 12 34 56 78', compact: options.compact }, {
            change: () => h('button', { type: 'button' }, 'Modifier vos coordonnées de contact'),
          }),
        ]);
    },
  });
  const wrapper = mount(Host, { global: { plugins: [createKioskI18n()] } });
  return { wrapper, step, verify, resend, challenge };
}

const resendButton = (wrapper: ReturnType<typeof mountStep>['wrapper']) =>
  wrapper.findAll('button').find((b) => b.text() === 'Demander l’envoi d’un nouveau code');

describe('the shared verification-code step', () => {
  afterEach(() => vi.useRealTimers());

  it('refuses a code of fewer than six digits at the field, without calling the back end', async () => {
    const { wrapper, step, verify } = mountStep();
    step.code.value = '123';
    await step.verify();
    await flushPromises();
    expect(verify).not.toHaveBeenCalled();
    expect(wrapper.text()).toContain('Le code est composé de 6 chiffres');
    expect(wrapper.find('#code').attributes('aria-invalid')).toBe('true');
  });

  it('puts a refused code at the field with the attempts left, and keeps the digits typed', async () => {
    const { wrapper, step, verify } = mountStep();
    verify.mockResolvedValueOnce(refusal('code.invalid'));
    step.code.value = '123456';
    await step.verify();
    await flushPromises();
    expect(verify).toHaveBeenCalledWith('123456');
    expect(wrapper.text()).toContain('Ce code n’est pas le bon');
    expect(wrapper.text()).toContain('Il vous reste 4 essai(s).');
    expect(step.code.value).toBe('123456');
    expect(step.summary.value).toEqual([{ field: 'code', message: expect.stringContaining('Ce code n’est pas le bon') }]);
  });

  it('keeps "Demander l’envoi d’un nouveau code" off during the cooldown, counting the seconds down', async () => {
    // Only the clock and the one-second tick are faked (vee-validate's validation needs real timers).
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(NOW);
    const { wrapper, challenge } = mountStep();
    challenge.value = { resendAvailableAt: new Date(NOW + 30_000).toISOString(), attemptsLeft: 5 };
    await flushPromises();
    expect(resendButton(wrapper)?.attributes('disabled')).toBeDefined();
    expect(wrapper.text()).toContain('Nouveau code possible dans 30 s');
    await vi.advanceTimersByTimeAsync(12_000);
    expect(wrapper.text()).toContain('Nouveau code possible dans 18 s');
    await vi.advanceTimersByTimeAsync(18_000);
    expect(resendButton(wrapper)?.attributes('disabled')).toBeUndefined();
    expect(wrapper.text()).not.toContain('Nouveau code possible');
  });

  it('says a new code was sent and empties the boxes of the old one', async () => {
    const { wrapper, step, resend } = mountStep();
    step.code.value = '12';
    await resendButton(wrapper)!.trigger('click');
    await flushPromises();
    expect(resend).toHaveBeenCalledOnce();
    expect(wrapper.text()).toContain('Un nouveau code vient de vous être envoyé.');
    expect(step.code.value).toBe('');
  });

  it('replays the last action on "Réessayer" when the back end did not answer', async () => {
    const { step, verify, resend } = mountStep();
    resend.mockResolvedValueOnce(unreachable);
    await step.resend();
    await step.retry();
    expect(resend).toHaveBeenCalledTimes(2);
    expect(verify).not.toHaveBeenCalled();

    verify.mockResolvedValueOnce(unreachable);
    step.code.value = '654321';
    await step.verify();
    await step.retry();
    expect(verify).toHaveBeenCalledTimes(2);
    expect(verify).toHaveBeenLastCalledWith('654321');
    expect(resend).toHaveBeenCalledTimes(2);
  });

  it('shows a refusal that names no field at the top, and none that the screen shows elsewhere', async () => {
    const shown = mountStep();
    shown.resend.mockResolvedValueOnce({ ok: false, failure: { kind: 'api', status: 429, code: 'code.cooldown', field: null, retryAfterSeconds: 30 } });
    await shown.step.resend();
    await flushPromises();
    expect(shown.wrapper.find('[data-test="general"]').text()).toContain('Patientez quelques secondes');

    const elsewhere = mountStep({ shownElsewhere: () => true });
    elsewhere.verify.mockResolvedValueOnce(refusal('rights.forbidden'));
    elsewhere.step.code.value = '123456';
    await elsewhere.step.verify();
    await flushPromises();
    expect(elsewhere.wrapper.find('#code').attributes('aria-invalid')).toBeUndefined();
    expect(elsewhere.step.generalError.value).toBeNull();
  });

  it('gives the help bubble and the "Vous n’avez rien reçu ?" card, except in its compact form', () => {
    const full = mountStep();
    expect(full.wrapper.text()).toContain('Vous n’avez rien reçu ?');
    expect(full.wrapper.find('button[aria-label="Aide : Code reçu par SMS"]').exists()).toBe(true);
    expect(full.wrapper.text()).toContain('Modifier vos coordonnées de contact');

    const compact = mountStep({ compact: true });
    expect(compact.wrapper.text()).not.toContain('Vous n’avez rien reçu ?');
    expect(compact.wrapper.find('button[aria-label="Aide : Code reçu par SMS"]').exists()).toBe(false);
    expect(compact.wrapper.text()).toContain('Envoyé au 06 12 34 56 78');
  });

  it('shows a mobile in the national format and a mail address as typed', () => {
    // No-break spaces: the number never splits over two lines.
    expect(shownDestination({ channel: 'sms', destination: '+33612345678' })).toBe('06\u00a012\u00a034\u00a056\u00a078');
    expect(shownDestination({ channel: 'email', destination: 'Karim@Example.org' })).toBe('Karim@Example.org');
    expect(shownDestination(null)).toBe('');
  });
});
