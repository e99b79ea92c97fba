// A journey store's calls to the back end: `busy` while a call runs, `trouble` when the back end could not be reached
// or was too slow (the screen then shows a calm "Réessayer" and keeps what was typed), and the failure as
// the screens need it (toApiFailure). Shared by the login, password-reset, migration, FranceConnect and account-space
// stores so that they behave alike.
import { ref } from 'vue';
import { toApiFailure, type ApiFailure } from './errors';

export type CallResult<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

/**
 * Where « Réessayer » leads after a lost answer (`resume`): the step the back end says the flow has reached when it
 * is past the one on screen (the lost call took effect), the same call again when it is not, or nothing when the
 * back end still does not answer (the calm message stays).
 */
export type Resumption<S> = { moved: S } | { replay: true } | { unreachable: true };

/** « Réessayer »: follows the back end to the step it names, or sends the same call again. */
export async function followOrReplay<S>(resumption: Resumption<S>, go: (step: S) => unknown, replay: () => unknown): Promise<void> {
  if ('moved' in resumption) await go(resumption.moved);
  else if ('replay' in resumption) await replay();
}

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

  /**
   * « Réessayer » after the back end did not answer: the lost call may have taken effect, so the flow's state is
   * read first (`read` keeps it in the store and gives its step), and the screen follows the back end rather than
   * its own guess. Past the steps of `here` (the screen's) → that step, nothing sent twice; still at `here`, or the flow cannot be read (expired:
   * the replay says so at the field) → the same call again, which the back end answers idempotently.
   */
  async function resume<S>(read: () => Promise<S>, here: readonly S[]): Promise<Resumption<S>> {
    const result = await run(read);
    if (!result.ok) return result.failure.kind === 'api' ? { replay: true } : { unreachable: true };
    return here.includes(result.value) ? { replay: true } : { moved: result.value };
  }

  function clear() {
    busy.value = false;
    trouble.value = null;
  }

  return { busy, trouble, run, resume, clear };
}
