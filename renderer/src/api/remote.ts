// A journey store's calls to the back end: `busy` while a call runs, `trouble` when the back end could not be reached
// or was too slow (the screen then shows a calm "Réessayer" and keeps what was typed), and the failure as
// the screens need it (toApiFailure). Shared by the login, password-reset, migration, FranceConnect and account-space
// stores so that they behave alike.
import { ref } from 'vue';
import { toApiFailure, type ApiFailure } from './errors';

export type CallResult<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

export function createRemote() {
  const busy = ref(false);
  const trouble = ref<'unreachable' | 'slow' | null>(null);

  async function run<T>(fn: () => Promise<T>): Promise<CallResult<T>> {
    busy.value = true;
    trouble.value = null;
    try {
      return { ok: true, value: await fn() };
    } catch (error) {
      const failure = toApiFailure(error);
      if (failure.kind !== 'api') trouble.value = failure.kind;
      return { ok: false, failure };
    } finally {
      busy.value = false;
    }
  }

  function clear() {
    busy.value = false;
    trouble.value = null;
  }

  return { busy, trouble, run, clear };
}
