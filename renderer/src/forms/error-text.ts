// An error code (shared/domain's or the back end's) in the visitor's words: errors.<code> of the messages, or the
// general "Une erreur est survenue" when no message says more.
import { useI18n } from 'vue-i18n';

export function useErrorText() {
  const { t, te } = useI18n();
  return (code: string | undefined | null): string | undefined => {
    if (!code) return undefined;
    return te(`errors.${code}`) ? t(`errors.${code}`) : t('errors.unknown');
  };
}
