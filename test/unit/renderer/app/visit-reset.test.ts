// The visit's end, made structural: every store of the renderer, whatever it holds, is back to its initial state after
// endVisit (the Pinia plugin of app/visit-reset.ts), and a store that could not be reset is refused. The stores are
// found by their files, so a new store is covered without this test naming it.
import { createPinia, defineStore, setActivePinia, type StoreDefinition } from 'pinia';
import { createApp, ref } from 'vue';
import { describe, expect, it } from 'vitest';
import { resetStoresAtVisitEnd } from '../../../../renderer/src/app/visit-reset';
import { createVisitLifecycle } from '../../../../renderer/src/kiosk/visit';

const modules = import.meta.glob<Record<string, unknown>>(
  ['../../../../renderer/src/**/store.ts', '../../../../renderer/src/**/*-store.ts', '../../../../renderer/src/app/preferences.ts'],
  { eager: true },
);
const stores = Object.entries(modules).flatMap(([file, exports]) =>
  Object.values(exports)
    .filter((value): value is StoreDefinition => typeof value === 'function' && typeof (value as { $id?: unknown }).$id === 'string')
    .map((useStore) => ({ file, useStore })),
);

/** A value unlike the initial one, of the same kind where it can be. */
const visitorValue = (value: unknown): unknown => {
  if (typeof value === 'boolean') return !value;
  if (typeof value === 'number') return value + 7;
  if (typeof value === 'string') return `${value}VISITOR`;
  if (Array.isArray(value)) return [...value, 'VISITOR'];
  return { visitor: 'VISITOR' };
};

/** What a visit does to a store: every field changed, the fields of a form object changed in place (as a form does). */
function fillIn(state: Record<string, unknown>): void {
  for (const key of Object.keys(state)) {
    const value = state[key];
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) fillIn(value as Record<string, unknown>);
    else state[key] = visitorValue(value);
  }
}

function kiosk() {
  const ended: string[] = [];
  const visit = createVisitLifecycle({ endVisit: async (reason) => void ended.push(reason) });
  const pinia = createPinia();
  pinia.use(resetStoresAtVisitEnd(visit));
  // Pinia applies plugins once it is installed in an app, as kiosk-app.ts does.
  createApp({ render: () => null }).use(pinia);
  setActivePinia(pinia);
  return { visit, pinia, ended };
}

describe('the visit-reset plugin', () => {
  it('finds the renderer’s stores', () => {
    expect(stores.length).toBeGreaterThanOrEqual(13);
  });

  it.each(stores.map((s) => [s.useStore.$id, s] as const))('puts the %s store back to its initial state at the visit’s end', async (_id, { useStore }) => {
    const { visit, pinia, ended } = kiosk();
    const store = useStore(pinia);
    const initial = JSON.parse(JSON.stringify(store.$state)) as Record<string, unknown>;
    expect(Object.keys(initial).length, 'a store that holds nothing').toBeGreaterThan(0);
    store.$patch((state: Record<string, unknown>) => fillIn(state));
    expect(JSON.parse(JSON.stringify(store.$state))).not.toEqual(initial);
    await visit.endVisit('quit');
    expect(JSON.parse(JSON.stringify(store.$state))).toEqual(initial);
    expect(ended).toEqual(['quit']);
  });

  it('refuses a store without reset()', () => {
    const { pinia } = kiosk();
    const useForgetful = defineStore('forgetful', () => ({ nir: ref('') }));
    expect(() => useForgetful(pinia)).toThrow(/no reset\(\)/);
  });
});
