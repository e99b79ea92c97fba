// Store tests of the renderer (Directus habit): a real Pinia installed on an app that provides the kiosk context, with
// the visit-reset plugin of kiosk-app.ts, so each store is reset at the visit's end as in the kiosk; request() is mocked by
// each test file (route-mocks.ts: one mock a route).
import { AxiosError, AxiosHeaders } from 'axios';
import { createPinia, setActivePinia } from 'pinia';
import { createApp, ref } from 'vue';
import { resetStoresAtVisitEnd } from '@renderer/app/visit-reset';
import { kioskKey } from '@renderer/kiosk/kiosk-context';
import { createVisitLifecycle } from '@renderer/kiosk/visit';

export function storeHarness() {
  const visit = createVisitLifecycle({ endVisit: async () => undefined });
  const app = createApp({ render: () => null });
  app.provide(kioskKey, { bridge: {} as never, visit, config: ref(null) });
  const pinia = createPinia();
  pinia.use(resetStoresAtVisitEnd(visit));
  app.use(pinia);
  setActivePinia(pinia);
  return { visit, use: <T>(factory: () => T): T => app.runWithContext(factory) };
}

/** The back end's refusal as axios throws it (shared/api/errors.ts shape). */
export function refusal(status: number, code: string, headers: Record<string, string> = {}, field?: string) {
  const config = { headers: new AxiosHeaders() };
  return new AxiosError('failed', 'ERR_BAD_REQUEST', config, null, {
    status, statusText: '', data: { code, message: 'x', ...(field ? { field } : {}) }, headers, config,
  });
}

export const networkDown = () => new AxiosError('Network Error', 'ERR_NETWORK');
