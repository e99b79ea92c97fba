// The prestation a visitor chose before having an account (issue 4: "remembered for after the account exists"); the
// login journey reads it to offer the request once logged in. Emptied at the end of the visit.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { PrestationId, ThemeId } from '@shared/domain/prestations';

export const useDemandeStore = defineStore('demande', () => {
  const chosen = ref<{ theme: ThemeId; prestation: PrestationId } | null>(null);

  function choose(theme: ThemeId, prestation: PrestationId) {
    chosen.value = { theme, prestation };
  }
  function reset() {
    chosen.value = null;
  }

  return { chosen, choose, reset };
});
