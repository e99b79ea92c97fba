// The login screen's state for one visit (« Me connecter à Mon Compte »): which identifier the visitor uses (the NIR's
// 13 digits, or "J'ai un identifiant provisoire"), the identifier typed (kept when the back end does not answer, so
// "Réessayer"
// loses nothing; the password is never stored), the last refusal, and the confirmation shown after a new password.
import { defineStore, storeToRefs } from 'pinia';
import { ref, watch } from 'vue';
import { request } from '../../api/request';
import { createRemote } from '../../api/remote';
import { useHandoffStore } from '../../app/handoff-store';
import { useSessionStore, type SessionKind } from '../../app/session-store';

/**
 * What the screen says after a refused login. The back end answers the same for an unknown identifier and a wrong
 * password (shared/api/sessions.ts), and so does the kiosk: one calm message that never says which part was wrong.
 */
export type LoginRefusal = { kind: 'invalid' } | { kind: 'locked'; retryAfterSeconds: number | null } | { kind: 'other'; code: string };

export const useLoginStore = defineStore('login', () => {
  // Shared with the forgotten-password journey through the handoff store (it starts with the identifier typed here,
  // and sets passwordChanged when it ends: "Votre mot de passe a été modifié").
  const { identifier, provisional, passwordChanged } = storeToRefs(useHandoffStore());
  const refusal = ref<LoginRefusal | null>(null);
  // A refusal shown before the password was changed no longer applies.
  watch(passwordChanged, (changed) => {
    if (changed) refusal.value = null;
  }, { flush: 'sync' });
  const remote = createRemote();
  const session = useSessionStore();

  async function login(typedIdentifier: string, password: string): Promise<SessionKind | null> {
    identifier.value = typedIdentifier;
    refusal.value = null;
    const result = await remote.run(() => request('login', { body: { identifier: typedIdentifier.replace(/\s+/g, ''), password } }));
    if (result.ok) {
      session.open(result.value);
      passwordChanged.value = false;
      return result.value.kind;
    }
    const failure = result.failure;
    if (failure.kind === 'api') {
      if (failure.code === 'auth.invalidCredentials') refusal.value = { kind: 'invalid' };
      else if (failure.code === 'auth.locked') refusal.value = { kind: 'locked', retryAfterSeconds: failure.retryAfterSeconds };
      else refusal.value = { kind: 'other', code: failure.code };
    }
    return null;
  }

  function reset() {
    provisional.value = false;
    identifier.value = '';
    refusal.value = null;
    passwordChanged.value = false;
    remote.clear();
  }

  return {
    provisional,
    identifier,
    refusal,
    passwordChanged,
    busy: remote.busy,
    trouble: remote.trouble,
    login,
    reset,
  };
});
