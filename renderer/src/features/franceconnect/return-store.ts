// The FranceConnect return read at start (return.ts), until the return screen takes it (ReturnView.vue). Kept apart
// from the exchange's store (store.ts) so that the start of every visit loads nothing of the API. A return read but
// never shown (the visitor walked away) goes with the visit's end, as every store's content does.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { FranceConnectReturn } from './return';

export const useFranceConnectReturnStore = defineStore('franceConnectReturn', () => {
  const pending = ref<FranceConnectReturn | null>(null);

  /** Handed over once: a second call gets null (the code is single use anyway). */
  function take(): FranceConnectReturn | null {
    const taken = pending.value;
    pending.value = null;
    return taken;
  }

  function reset() {
    pending.value = null;
  }

  return { pending, take, reset };
});
