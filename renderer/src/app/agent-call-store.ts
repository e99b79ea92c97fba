// « Appeler un agent »: the visitor asks, main records which terminal asked and when (the agent panel's status and
// main's log show it), and every screen then says help is on its way. One call per visit; emptied at the visit's end
// (reset(), run by app/visit-reset.ts).
import { defineStore } from 'pinia';
import { inject, ref } from 'vue';
import { kioskKey } from '../kiosk/kiosk-context';

export const useAgentCallStore = defineStore('agent-call', () => {
  const kiosk = inject(kioskKey, null);
  /** When the call was made (ISO time), null before. */
  const calledAt = ref<string | null>(null);
  const busy = ref(false);
  /** The call could not reach main: the screen says so and offers to ask at the desk. */
  const failed = ref(false);

  async function call(): Promise<void> {
    if (calledAt.value || busy.value || !kiosk) return;
    busy.value = true;
    failed.value = false;
    try {
      calledAt.value = (await kiosk.bridge.callAgent()).at;
    } catch {
      failed.value = true;
    } finally {
      busy.value = false;
    }
  }
  function reset(): void {
    calledAt.value = null;
    busy.value = false;
    failed.value = false;
  }

  return { calledAt, busy, failed, call, reset };
});
