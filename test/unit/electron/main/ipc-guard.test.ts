import { describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '@shared/ipc';
import { handleInvoke, handleSend, isTrustedSender, type IpcMainLike } from '../../../../electron/main/ipc-guard';

type Listener = (event: unknown, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener as Listener),
    on: (channel, listener) => void handlers.set(channel, listener as Listener),
  };
  return { ipcMain, handlers };
}

const event = (url: string, parent: unknown = null, id = 7) => ({ senderFrame: { url, parent }, sender: { id } });
const ctx = () => ({ log: { warn: vi.fn() }, isCurrentVisit: (id: number) => id === 7 });

describe('the IPC guard', () => {
  it('trusts only the top frame of the app origin', () => {
    expect(isTrustedSender({ url: 'app://kiosk/', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://kiosk/', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://fcp.integ01.dev-franceconnect.fr/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///app/index.html', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it("runs the handler for a valid message from the current visit window", () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const handler = vi.fn(() => ({ ok: false as const, reason: 'no-printer' as const }));
    handleInvoke(ipcMain, 'print', ctx(), handler);
    const job = { kind: 'recapitulatif', html: '<p>x</p>' };
    expect(handlers.get(ipcChannels.print)!(event('app://kiosk/'), job)).toEqual({ ok: false, reason: 'no-printer' });
    expect(handler).toHaveBeenCalledWith(job, 7);
  });


  it.each([
    ['a foreign origin', event('https://evil.example/'), ['logout']],
    ['a sub-frame', event('app://kiosk/', { url: 'app://kiosk/' }), ['logout']],
    ['an old visit window', event('app://kiosk/', null, 3), ['logout']],
    ['an unknown reason', event('app://kiosk/'), ['reload']],
    ['extra arguments', event('app://kiosk/'), ['logout', 'more']],
  ])('refuses %s and never calls the handler', (_name, ev, args) => {
    const { ipcMain, handlers } = fakeIpcMain();
    const handler = vi.fn();
    const context = ctx();
    handleInvoke(ipcMain, 'endVisit', context, handler);
    expect(() => handlers.get(ipcChannels.endVisit)!(ev, ...args)).toThrow(/refused/);
    expect(handler).not.toHaveBeenCalled();
    expect(context.log.warn).toHaveBeenCalledWith(expect.stringContaining(ipcChannels.endVisit));
  });

  it('validates print jobs and PINs against shared/ipc.ts, and never logs the payload', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const context = ctx();
    const print = vi.fn();
    const unlock = vi.fn();
    handleInvoke(ipcMain, 'print', context, print);
    handleInvoke(ipcMain, 'agentUnlock', context, unlock);
    expect(() => handlers.get(ipcChannels.print)!(event('app://kiosk/'), { kind: 'recapitulatif', html: 'x', extra: 1 })).toThrow();
    expect(() => handlers.get(ipcChannels.print)!(event('app://kiosk/'), { kind: 'anything', html: 'x' })).toThrow();
    expect(() => handlers.get(ipcChannels.agentUnlock)!(event('app://kiosk/'), '12ab')).toThrow();
    handlers.get(ipcChannels.agentUnlock)!(event('app://kiosk/'), '123456');
    expect(unlock).toHaveBeenCalledWith('123456', 7);
    expect(print).not.toHaveBeenCalled();
    expect(JSON.stringify(context.log.warn.mock.calls)).not.toContain('12ab');
  });

  it('drops a refused one-way message silently', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const handler = vi.fn();
    handleSend(ipcMain, 'setWaitingForCode', ctx(), handler);
    handlers.get(ipcChannels.setWaitingForCode)!(event('app://kiosk/'), 'yes');
    expect(handler).not.toHaveBeenCalled();
    handlers.get(ipcChannels.setWaitingForCode)!(event('app://kiosk/'), true);
    expect(handler).toHaveBeenCalledWith(true, 7);
  });
});

/**
 * Main's replies are typed from KioskBridge: tsc (npm run typecheck) fails on an unused @ts-expect-error, so these
 * lines fail the typecheck if a reply off the contract compiled again. Type-level only: never called.
 */
export function offContractRepliesDoNotCompile(ipcMain: IpcMainLike): void {
  // @ts-expect-error print answers a PrintResult, not a string
  handleInvoke(ipcMain, 'print', ctx(), () => 'printed');
  // @ts-expect-error agentUnlock's failure carries its reason
  handleInvoke(ipcMain, 'agentUnlock', ctx(), () => ({ ok: false }));
  // @ts-expect-error reportActivity is one-way: it has no reply to await
  handleInvoke(ipcMain, 'reportActivity', ctx(), () => undefined);
  handleInvoke(ipcMain, 'agentUnlock', ctx(), async () => ({ ok: false, reason: 'wrong-pin', attemptsLeft: 2 }));
}
