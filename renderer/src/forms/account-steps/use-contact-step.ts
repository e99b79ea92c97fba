// The state of "where to send the code" (« Créer mon espace Mon Compte », step ①–④: SMS or mail, the mobile or address
// typed twice), the same for account creation and for the household's contact change: the wizard's contact schema
// (shared/domain checkMobile,
// checkEmail, confirmationMatches), and what was typed for one channel emptied when the visitor picks the other.
import { computed, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { contactSchema, type Channel, type ContactValues } from '../schemas';
import { useStepForm } from '../use-step-form';
import type { StepOutcome } from './use-code-step';

export function useContactStep(options: {
  initialValues: ContactValues;
  /** Copies what is typed as it is typed (the wizard keeps it when the visitor goes back). */
  onValues?: (values: ContactValues) => void;
  send: (values: ContactValues) => Promise<StepOutcome>;
  /** True when the refusal is already shown elsewhere (household: the rights changed), so it stays off the fields. */
  shownElsewhere?: () => boolean;
}) {
  const { t } = useI18n();
  const { field, errorOf, summary, attempt, onContinue, showFailure, generalError, message } = useStepForm<ContactValues>({
    schema: contactSchema,
    initialValues: options.initialValues,
    fieldOrder: ['channel', 'value', 'confirmation'],
    onValues: options.onValues,
    serverField: (path) => (path === 'channel' ? 'channel' : path === 'confirmation' ? 'confirmation' : 'value'),
  });
  const [channel] = field('channel');
  const [value] = field('value');
  const [confirmation] = field('confirmation');

  // Another channel: what was typed for the other one means nothing here.
  watch(channel, (next, previous) => {
    if (previous && next !== previous) {
      value.value = '';
      confirmation.value = '';
    }
  });

  const channels = computed(() => [
    { value: 'sms' as Channel, label: t('createAccount.contact.sms'), pictogram: 'sms' as const },
    { value: 'email' as Channel, label: t('createAccount.contact.email'), pictogram: 'email' as const },
  ]);

  async function submit(): Promise<void> {
    await onContinue(async (values) => {
      const result = await options.send(values);
      if (!result.ok && !options.shownElsewhere?.()) showFailure(result.failure);
    });
  }

  return {
    channel,
    value,
    confirmation,
    channels,
    errorOf,
    summary,
    attempt,
    generalError: computed(() => message(generalError.value) ?? null),
    submit,
  };
}

export type ContactStep = ReturnType<typeof useContactStep>;
