// "S'identifier avec FranceConnect" (« Me connecter à Mon Compte »; shared/api/franceconnect.ts): the exchange of the
// one-time code for a session (the person has a Mon Compte account) or the état civil that prefills account creation
// (they have none).
// The prefill goes to the wizard through the handoff store; nothing else is kept. Emptied at the end of the visit.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '../../api/request';
import { createRemote } from '../../api/remote';
import { useHandoffStore } from '../../app/handoff-store';
import { useSessionStore, type SessionKind } from '../../app/session-store';

export type ExchangeOutcome = { kind: 'session'; session: SessionKind } | { kind: 'create-account' } | { kind: 'failed'; code: string };

export const useFranceConnectStore = defineStore('franceConnect', () => {
  const error = ref<string | null>(null);
  const remote = createRemote();
  const session = useSessionStore();

  /** `verifier`: the kiosk's proof (kiosk-proof.ts); without it the back end would refuse the code, so it is not sent. */
  async function exchange(code: string, verifier: string | null): Promise<ExchangeOutcome | null> {
    error.value = null;
    if (verifier === null) {
      error.value = 'franceconnect.code';
      return { kind: 'failed', code: 'franceconnect.code' };
    }
    const result = await remote.run(() => request('franceConnectExchange', { body: { code, verifier } }));
    if (!result.ok) {
      if (result.failure.kind !== 'api') return null;
      error.value = result.failure.code;
      return { kind: 'failed', code: result.failure.code };
    }
    const answer = result.value;
    if (answer.kind === 'session') {
      session.open(answer.session, { franceConnect: true });
      return { kind: 'session', session: answer.session.kind };
    }
    // The wizard takes it from the handoff store (features/create-account/store.ts).
    useHandoffStore().franceConnectPrefill = answer.prefill;
    return { kind: 'create-account' };
  }

  function fail(code: string) {
    error.value = code;
  }

  function reset() {
    error.value = null;
    remote.clear();
  }

  return { error, busy: remote.busy, trouble: remote.trouble, exchange, fail, reset };
});
