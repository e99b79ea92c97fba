// Every store forgets the visit when it ends, by construction: this Pinia plugin registers each store's reset() as a
// visit-end hook the moment the store is created, so no store has to remember to do it (nine stores did it by hand,
// each with its own inject). A store without reset() is refused at creation: what it held would outlive the visit.
// test/unit/renderer/app/visit-reset.test.ts checks that after endVisit every store equals its initial state.
import type { PiniaPluginContext } from 'pinia';
import type { VisitLifecycle } from '../kiosk/visit';

export function resetStoresAtVisitEnd(visit: Pick<VisitLifecycle, 'onVisitEnd'>) {
  return ({ store }: PiniaPluginContext): void => {
    const { reset } = store as { reset?: unknown };
    if (typeof reset !== 'function') {
      throw new Error(`The store "${store.$id}" has no reset(): what it holds would outlive the visit`);
    }
    visit.onVisitEnd(() => (reset as () => void | Promise<void>)());
  };
}
