// The account space of one visit (« Comment je fais pour me connecter … sur mon mobile ? », step ⑩, docs/product.md
// J4): who is logged in (GET /v1/me, with the rights the back end grants) and their dashboard. What the person's role
// does not allow is not offered: the view asks `can(right)`; the back end refuses it anyway. Emptied at the end of the
// visit.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Dashboard, Me, Payments, Right } from '../api/account-space';
import type { Demarches } from '../api/demandes';
import { request } from '../api/request';
import { isRefusal } from '../api/refusal';
import { createRemote, type CallResult } from '../api/remote';

export const useAccountSpaceStore = defineStore('accountSpace', () => {
  const me = ref<Me | null>(null);
  const dashboard = ref<Dashboard | null>(null);
  const payments = ref<Payments | null>(null);
  /** "Mes démarches": the requests and the drafts to resume (GET /v1/demarches). */
  const demarches = ref<Demarches | null>(null);
  const remote = createRemote();
  /** The back end refused what the screen offered (rights changed meanwhile): AccountLayout explains it. */
  const refused = ref(false);

  const can = (right: Right) => me.value?.rights.includes(right) ?? false;

  /** Who am I, then the dashboard when the role may read the household's file. */
  async function load() {
    return remote.run(async () => {
      const who = await request('me');
      // Both land together: the screen does not jump when the dashboard arrives after the name.
      const board = who.rights.includes('household.read') ? await request('dashboard') : null;
      me.value = who;
      dashboard.value = board;
      return who;
    });
  }

  /** A call the person's rights may no longer allow: on a refusal, what was shown goes and the rights are re-read. */
  async function guarded<T>(fn: () => Promise<T>): Promise<CallResult<T>> {
    refused.value = false;
    const result = await remote.run(fn);
    if (!result.ok && isRefusal(result.failure)) {
      refused.value = true;
      payments.value = null;
      await load();
    }
    return result;
  }

  const loadPayments = () =>
    guarded(async () => {
      payments.value = await request('payments');
      return payments.value;
    });
  const attestation = (id: string) => guarded(() => request('attestation', { params: { id } }));
  const courrier = (id: string) => guarded(() => request('courrier', { params: { id } }));
  const loadDemarches = () =>
    guarded(async () => {
      demarches.value = await request('demarches');
      return demarches.value;
    });
  const accuseReception = (id: string) => guarded(() => request('accuseReception', { params: { id } }));

  function reset() {
    me.value = null;
    dashboard.value = null;
    payments.value = null;
    demarches.value = null;
    refused.value = false;
    remote.clear();
  }

  return {
    me,
    dashboard,
    payments,
    demarches,
    refused,
    guarded,
    busy: remote.busy,
    trouble: remote.trouble,
    can,
    load,
    loadPayments,
    attestation,
    courrier,
    loadDemarches,
    accuseReception,
    reset,
  };
});
