// The request for the aide au logement during one visit: the draft as the back end last answered it (every answer is
// kept there, never here beyond the visit), and the calls that save a step, send the request and fetch its accusé
// de réception. Emptied at the end of the visit; the next visit finds the draft again on the back end.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { demandesApi, type Demande, type StepBodies } from '../../api/demandes';
import { createRemote } from '../../api/remote';

export const useAideLogementStore = defineStore('aideLogement', () => {
  const demande = ref<Demande | null>(null);
  const remote = createRemote();

  /** The household's draft (or a new one): "Faire la demande" and "Reprendre la demande en cours" alike. */
  async function start() {
    return remote.run(async () => {
      demande.value = await demandesApi.start();
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

  async function save<S extends keyof StepBodies>(step: S, body: StepBodies[S]) {
    const id = requireDemande();
    return remote.run(async () => {
      demande.value = await demandesApi.save(id, step, body);
      return demande.value;
    });
  }

  async function send() {
    const id = requireDemande();
    return remote.run(async () => {
      demande.value = await demandesApi.send(id);
      return demande.value;
    });
  }

  const accuse = () => {
    const id = requireDemande();
    return remote.run(() => demandesApi.accuse(id));
  };

  function reset() {
    demande.value = null;
    remote.clear();
  }

  return { demande, busy: remote.busy, trouble: remote.trouble, start, save, send, accuse, reset };
});
