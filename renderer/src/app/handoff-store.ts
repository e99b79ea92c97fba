// What one journey hands to the next within a visit, so that journeys never import each other: each field says who
// writes it and who reads it. Emptied at the end of the visit, like every store.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { FranceConnectPrefill } from '../api/franceconnect';

export const useHandoffStore = defineStore('handoff', () => {
  /** The identifier typed on the login screen; the forgotten-password screen starts with it, and the other way round. */
  const identifier = ref('');
  /** Whether that identifier is a provisional one ("J'ai un identifiant provisoire" on the login screen). */
  const provisional = ref(false);
  /** Set by the forgotten-password journey when it ends; the login screen says "Votre mot de passe a été modifié". */
  const passwordChanged = ref(false);
  /** FranceConnect's état civil for a person without Mon Compte; the account-creation wizard takes it (once). */
  const franceConnectPrefill = ref<FranceConnectPrefill | null>(null);

  /** The forgotten password was changed for `changedFor`: the login screen starts with it and says so. */
  function passwordChangedFor(changedFor: string) {
    identifier.value = changedFor;
    provisional.value = changedFor.replace(/\s+/g, '').startsWith('9');
    passwordChanged.value = true;
  }

  function reset() {
    identifier.value = '';
    provisional.value = false;
    passwordChanged.value = false;
    franceConnectPrefill.value = null;
  }

  return { identifier, provisional, passwordChanged, franceConnectPrefill, passwordChangedFor, reset };
});
