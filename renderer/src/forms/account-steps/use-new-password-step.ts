// The state of "choose a new password" (« Créer mon espace Mon Compte » Étape 3, « Comment je fais pour me connecter …
// sur mon mobile ? » "MON MOT DE PASSE"; docs/product.md: 8 à 24 caractères, 1 chiffre, 1 minuscule, 1 majuscule,
// lettres et chiffres seulement), the same for account creation, the forgotten password and the first login: password +
// confirmation over the wizard's schema (shared/domain checkPassword), the live checklist of shared/domain
// passwordRules, and the journey's call. The password is never copied to a store.
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { passwordRules, type PasswordRule } from '@shared/domain/password';
import { passwordSchema, type PasswordValues } from '../schemas';
import { useStepForm } from '../use-step-form';
import type { StepOutcome } from './use-code-step';

/** The checklist's order (« Créer mon espace Mon Compte »'s screen). */
const ruleOrder: PasswordRule[] = ['length', 'digit', 'lowercase', 'uppercase', 'lettersAndDigitsOnly'];

export function useNewPasswordStep(options: { submit: (values: PasswordValues) => Promise<StepOutcome> }) {
  const { t } = useI18n();
  // No onValues: the password stays in the form only.
  const { field, errorOf, summary, attempt, onContinue, showFailure, generalError, message } = useStepForm<PasswordValues>({
    schema: passwordSchema,
    initialValues: { password: '', confirmation: '' },
    fieldOrder: ['password', 'confirmation'],
    serverField: (path) => (path === 'confirmation' ? 'confirmation' : 'password'),
  });
  const [password] = field('password');
  const [confirmation] = field('confirmation');

  const rules = computed(() => {
    const result = passwordRules(password.value ?? '');
    return ruleOrder.map((key) => ({ key, label: t(`createAccount.password.rules.${key}`), ok: result[key] }));
  });

  async function submit(): Promise<void> {
    await onContinue(async (values) => {
      const result = await options.submit(values);
      if (!result.ok) showFailure(result.failure);
    });
  }

  return {
    password,
    confirmation,
    rules,
    errorOf,
    summary,
    attempt,
    generalError: computed(() => message(generalError.value) ?? null),
    submit,
  };
}

export type NewPasswordStep = ReturnType<typeof useNewPasswordStep>;
