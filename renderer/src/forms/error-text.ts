// An error code (shared/domain's or the back end's) in the visitor's words: errors.<code> of the messages, or the
// general "Une erreur est survenue" when no message says more.
import { useI18n } from 'vue-i18n';

/** `scope` (e.g. "aideLogement.errors") holds a journey's own words for a code, read before the shared ones. */
export function useErrorText(scope?: string) {
  const { t, te } = useI18n();
  return (code: string | undefined | null): string | undefined => {
    if (!code) return undefined;
    if (scope && te(`${scope}.${code}`)) return t(`${scope}.${code}`);
    return te(`errors.${code}`) ? t(`errors.${code}`) : t('errors.unknown');
  };
}
