// The state of a verification-code step, the same in every journey that sends a code (« Créer mon espace Mon Compte »,
// step ⑤–⑥; « Comment je fais pour me connecter … sur mon mobile ? », step ⑨: six digits, valid 10 minutes; "Vous
// n'avez rien reçu ?" with a new code after its cooldown): the code field over the wizard's code schema (shared/domain
// checkVerificationCode), the cooldown counted down each second, "a new code was sent", the attempts left, and
// "Réessayer" replaying the last action after a network failure. Each journey gives its own calls (and moves on itself
// when the code is right); its words and frame stay in its view.
import { computed, ref } from 'vue';
import { useIntervalFn } from '@vueuse/core';
import { formatPhone } from '../phone';
import type { ApiFailure } from '../../api/errors';
import { useWaitingForCode } from '../../kiosk/waiting-for-code';
import { codeSchema } from '../schemas';
import { useStepForm } from '../use-step-form';

export const CODE_LENGTH = 6;

/** What a journey's call answers: a refusal lands on the code field (or at the top when it names no field). */
export type StepOutcome = { ok: true } | { ok: false; failure: ApiFailure };

export interface CodeStepOptions {
  /** Where the last code went: when a new one may be asked for and, where the screen shows it, the attempts left. */
  challenge: () => { resendAvailableAt: string | null; attemptsLeft: number | null; destination?: string } | null | undefined;
  verify: (code: string) => Promise<StepOutcome>;
  resend: () => Promise<StepOutcome>;
  /** True when the refusal is already shown elsewhere (household: the rights changed), so it stays off the field. */
  shownElsewhere?: () => boolean;
}

/** Where the code went, as the visitor typed it: a mobile in the national format (`formatPhone`), a mail as is. */
export function shownDestination(challenge: { channel: 'sms' | 'email'; destination: string } | null | undefined): string {
  const d = challenge?.destination ?? '';
  return challenge?.channel === 'sms' ? formatPhone(d) : d;
}

export function useCodeStep(options: CodeStepOptions) {
  // The visitor waits for an SMS or a mail here: the longer idle allowance applies (shell, issue 6).
  useWaitingForCode();
  const now = ref(Date.now());
  useIntervalFn(() => (now.value = Date.now()), 1000);

  const { field, errorOf, summary, attempt, onContinue, showFailure, generalError, message, form } = useStepForm<{ code: string }>({
    schema: codeSchema,
    initialValues: { code: '' },
    fieldOrder: ['code'],
    serverField: () => 'code',
  });
  const [code] = field('code');

  const resendWait = computed(() => {
    const at = options.challenge()?.resendAvailableAt;
    return at ? Math.max(0, Math.ceil((Date.parse(at) - now.value) / 1000)) : 0;
  });
  const attemptsLeft = computed(() => options.challenge()?.attemptsLeft ?? null);
  /** Where the last code went, and when (a new code moves resendAvailableAt): the workshop's code hint reads it. */
  const destination = computed(() => options.challenge()?.destination ?? null);
  const sentKey = computed(() => `${options.challenge()?.destination ?? ''} ${options.challenge()?.resendAvailableAt ?? ''}`);
  /** "Un nouveau code vient de vous être envoyé", until the next action. */
  const resent = ref(false);
  const lastAction = ref<'verify' | 'resend'>('verify');

  function refused(failure: ApiFailure) {
    if (!options.shownElsewhere?.()) showFailure(failure);
  }

  async function verify(): Promise<void> {
    lastAction.value = 'verify';
    resent.value = false;
    await onContinue(async (values) => {
      const result = await options.verify(values.code);
      if (!result.ok) refused(result.failure);
    });
  }

  async function resend(): Promise<void> {
    lastAction.value = 'resend';
    resent.value = false;
    const result = await options.resend();
    if (result.ok) {
      resent.value = true;
      // The old code no longer works: its digits go.
      form.resetForm({ values: { code: '' } });
    } else {
      refused(result.failure);
    }
  }

  /** "Réessayer" after the back end did not answer: the same action again, with what was typed. */
  const retry = (): Promise<void> => (lastAction.value === 'resend' ? resend() : verify());

  return {
    code,
    errorOf,
    summary,
    attempt,
    generalError: computed(() => message(generalError.value) ?? null),
    resendWait,
    attemptsLeft,
    destination,
    sentKey,
    resent,
    verify,
    resend,
    retry,
  };
}

export type CodeStep = ReturnType<typeof useCodeStep>;
