// The workshop's code hint (issue 14): in workshop mode only, the code the sandbox "sent" to the step's destination,
// read from its outbox again at each new code; nothing, and no call, anywhere else.
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import type { KioskConfigView } from '@shared/ipc';
import WorkshopCode from '@renderer/forms/account-steps/WorkshopCode.vue';
import { request } from '@renderer/api/request';
import { kioskKey, type KioskContext } from '@renderer/kiosk/kiosk-context';
import { createKioskI18n } from '@renderer/i18n';

vi.mock('@renderer/api/request', () => ({ request: vi.fn() }));
const calls = vi.mocked(request);

function mountHint(mode: KioskConfigView['mode'], destination: string | null, sentKey = 'a') {
  const kiosk = { config: ref({ mode } as KioskConfigView) } as unknown as KioskContext;
  return mount(WorkshopCode, {
    props: { destination, sentKey },
    global: { plugins: [createKioskI18n()], provide: { [kioskKey as symbol]: kiosk } },
  });
}

const outbox = (...codes: Array<string | null>) => ({
  messages: codes.map((code, i) => ({ id: String(i), channel: 'email', to: 'x@y.fr', subject: '', body: '', code, sentAt: '2026-01-01T00:00:00.000Z' })),
});

afterEach(() => vi.resetAllMocks());

describe('the workshop code hint', () => {
  it('shows the newest code sent to the destination, and reads it again for a new code', async () => {
    calls.mockResolvedValueOnce(outbox(null, '424415', '111111') as never);
    const wrapper = mountHint('workshop', 'amina@example.fr');
    await flushPromises();
    expect(calls).toHaveBeenCalledWith('outbox', { query: { to: 'amina@example.fr' } });
    expect(wrapper.get('[data-testid="workshop-code"]').text()).toBe('MODE ATELIER : le code envoyé est 424415');
    calls.mockResolvedValueOnce(outbox('999999') as never);
    await wrapper.setProps({ sentKey: 'b' });
    await flushPromises();
    expect(wrapper.get('[data-testid="workshop-code"]').text()).toContain('999999');
  });

  it('asks nothing and shows nothing outside workshop mode', async () => {
    const wrapper = mountHint('kiosk', 'amina@example.fr');
    await flushPromises();
    expect(calls).not.toHaveBeenCalled();
    expect(wrapper.find('[data-testid="workshop-code"]').exists()).toBe(false);
  });

  it('shows nothing when the back end is not the sandbox (404)', async () => {
    calls.mockRejectedValueOnce(new Error('404 route.notFound'));
    const wrapper = mountHint('workshop', '+33612345699');
    await flushPromises();
    expect(wrapper.find('[data-testid="workshop-code"]').exists()).toBe(false);
  });
});
