// The request for the aide au logement during one visit: the draft as the back end last answered it (every answer is
// kept there, never here beyond the visit), and the calls that save a step, send the request and fetch its accusé
// de réception. Emptied at the end of the visit; the next visit finds the draft again on the back end.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Demande, StepBodies } from '../../api/demandes';
import { request } from '../../api/request';
import { createRemote, type CallResult } from '../../api/remote';

/** Each step's own route, typed by its body (TypeScript cannot tie a generic step to its route otherwise). */
const saveStep: { [S in keyof StepBodies]: (id: string, body: StepBodies[S]) => Promise<Demande> } = {
  foyer: (id, body) => request('demandeFoyer', { params: { id }, body }),
  logement: (id, body) => request('demandeLogement', { params: { id }, body }),
  loyer: (id, body) => request('demandeLoyer', { params: { id }, body }),
  ressources: (id, body) => request('demandeRessources', { params: { id }, body }),
  banque: (id, body) => request('demandeBanque', { params: { id }, body }),
};

export const useAideLogementStore = defineStore('aideLogement', () => {
  const demande = ref<Demande | null>(null);
  const remote = createRemote();

  /** The household's draft (or a new one): "Faire la demande" and "Reprendre la demande en cours" alike. */
  async function start() {
    return remote.run(async () => {
      demande.value = await request('demandeStart', { body: { prestation: 'aide-logement' } });
      return demande.value;
    });
  }

  /**
   * The draft's id: the steps are reached only after « Faire la demande » opened it (routes.ts), so its absence is a
   * bug, thrown outside the call so that it is not shown as the back end not answering.
   */
  function requireDemande(): string {
    const id = demande.value?.id;
    if (!id) throw new Error('The request has not started');
    return id;
  }

  /**
   * Saves one step. On « Réessayer » after a call that got no answer, where the request stands is read first
   * (`GET /v1/demandes/:id`): sent meanwhile (the lost call may have been « Envoyer ma demande », or another kiosk of
   * the household sent it), the screen follows the back end to « envoyée » (`sent`) and nothing is saved over it;
   * still a draft, the same PUT of the step's answers is sent again, which leaves the same draft.
   */
  async function save<S extends keyof StepBodies>(step: S, body: StepBodies[S]): Promise<CallResult<Demande>> {
    const id = requireDemande();
    if (remote.trouble.value) {
      const where = await remote.resume(async () => {
        demande.value = await request('demandeGet', { params: { id } });
        return demande.value.status === 'brouillon' ? 'brouillon' : 'sent';
      }, ['brouillon']);
      // Still no answer: the calm message stays, nothing is sent.
      if ('unreachable' in where) return { ok: false, failure: { kind: remote.trouble.value === 'slow' ? 'slow' : 'unreachable' } };
      if ('moved' in where && demande.value) return { ok: true, value: demande.value };
    }
    return remote.run(async () => {
      demande.value = await saveStep[step](id, body);
      return demande.value;
    });
  }

  /** The request is no longer a draft: the screens go to « envoyée » rather than to the next step. */
  const sent = () => demande.value !== null && demande.value.status !== 'brouillon';

  async function send() {
    const id = requireDemande();
    return remote.run(async () => {
      demande.value = await request('demandeEnvoi', { params: { id }, body: { declarationHonneur: true } });
      return demande.value;
    });
  }

  const accuse = () => {
    const id = requireDemande();
    return remote.run(() => request('accuseReception', { params: { id } }));
  };

  function reset() {
    demande.value = null;
    remote.clear();
  }

  return { demande, busy: remote.busy, trouble: remote.trouble, start, save, sent, send, accuse, reset };
});
