// The request's steps answer a draft only: once the back end says the request is sent (« Réessayer » after a lost
// answer finds it so, store.ts), any step leads to « envoyée », and a draft's steps open as they are.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { useSessionStore } from '@renderer/app/session-store';
import { aideLogementRoutes, STEP_ROUTES } from '@renderer/features/aide-logement/routes';
import { useAideLogementStore } from '@renderer/features/aide-logement/store';
import { route } from '../../route-mocks';
import { storeHarness } from '../../store-harness';

vi.mock('@renderer/api/request', () => import('../../route-mocks'));

async function landingOf(status: string, step: string) {
  const harness = storeHarness();
  harness.use(useSessionStore).kind = 'full';
  route('demandeStart').mockResolvedValue({ id: 'd-1', status } as never);
  await harness.use(useAideLogementStore).start();
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', name: 'welcome', component: { render: () => null } }, { path: '/portal', name: 'portal', component: { render: () => null } }, ...aideLogementRoutes],
  });
  await router.push({ name: step });
  return router.currentRoute.value.name;
}

beforeEach(() => vi.resetAllMocks());

describe('the steps of the aide-au-logement request', () => {
  it.each(Object.values(STEP_ROUTES))('%s opens on a draft', async (step) => {
    expect(await landingOf('brouillon', step)).toBe(step);
  });

  it.each(Object.values(STEP_ROUTES))('%s leads to « envoyée » once the request is sent', async (step) => {
    expect(await landingOf('recue', step)).toBe('aide-logement-sent');
  });
});
