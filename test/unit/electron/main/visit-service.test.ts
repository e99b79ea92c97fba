import { describe, expect, it, vi } from 'vitest';
import type { VisitEndReason } from '@shared/ipc';
import { VisitService, type VisitDeps, type VisitWindowLike } from '../../../../electron/main/visit-service';

function setup(overrides: Partial<VisitDeps> = {}) {
  const journal: string[] = [];
  const windows: Array<VisitWindowLike & { partition: string; cleared: VisitEndReason | null }> = [];
  let ids = 0;
  let destroyedIds = new Set<number>();
  const sessionFor = (partition: string) => ({
    clearData: vi.fn(async () => void journal.push(`clearData ${partition}`)),
    clearCache: vi.fn(async () => void journal.push(`clearCache ${partition}`)),
    clearAuthCache: vi.fn(async () => void journal.push(`clearAuthCache ${partition}`)),
    clearHostResolverCache: vi.fn(async () => void journal.push(`clearHostResolverCache ${partition}`)),
    closeAllConnections: vi.fn(async () => void journal.push(`closeAllConnections ${partition}`)),
  });
  const deps: VisitDeps = {
    newId: () => String(++ids),
    openWindow: (partition, { cleared }) => {
      journal.push(`open ${partition}${cleared ? ` cleared (${cleared})` : ''}`);
      const id = 100 + windows.length;
      const win = {
        partition,
        cleared,
        webContentsId: id,
        destroy: () => {
          destroyedIds.add(id);
          journal.push(`destroy ${partition}`);
        },
        isDestroyed: () => destroyedIds.has(id),
      };
      windows.push(win);
      return win;
    },
    session: sessionFor,
    clearClipboard: () => void journal.push('clipboard'),
    cancelPrints: (partition) => void journal.push(`cancelPrints ${partition}`),
    revokeSessions: async (partition) => void journal.push(`revokeSessions ${partition}`),
    relaunch: vi.fn(),
    now: () => new Date(2026, 10, 22, 10),
    log: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
    relaunchPolicy: () => ({ afterVisits: 1000, atHour: null }),
    ...overrides,
  };
  const service = new VisitService(deps);
  return { service, journal, windows, deps, reset: () => (destroyedIds = new Set()) };
}

describe('the visit service', () => {
  it('opens each visit on a new in-memory partition', async () => {
    const { service, windows } = setup();
    service.start();
    service.input();
    await service.end('logout');
    expect(windows.map((w) => w.partition)).toEqual(['visit-1', 'visit-2']);
    expect(windows.every((w) => !w.partition.startsWith('persist:'))).toBe(true);
  });

  it('cancels prints, destroys the old window, revokes its back-end sessions, clears its whole session and the clipboard, then opens the cleared screen', async () => {
    const { service, journal } = setup();
    service.start();
    service.input();
    journal.length = 0;
    await service.end('inactivity');
    expect(journal).toEqual([
      'cancelPrints visit-1',
      'destroy visit-1',
      'revokeSessions visit-1',
      'clearData visit-1',
      'clearCache visit-1',
      'clearAuthCache visit-1',
      'clearHostResolverCache visit-1',
      'closeAllConnections visit-1',
      'clipboard',
      'open visit-2 cleared (inactivity)',
    ]);
  });

  it('ends once when asked twice at the same moment', async () => {
    const { service, windows } = setup();
    service.start();
    service.input();
    await Promise.all([service.end('quit'), service.end('inactivity')]);
    expect(windows).toHaveLength(2);
    expect(service.state.lastReason).toBe('quit');
  });

  it('still opens a clean welcome screen when a clearing step fails, and logs it', async () => {
    const failing = {
      clearData: async () => {
        throw new Error('boom');
      },
      clearCache: async () => undefined,
      clearAuthCache: async () => undefined,
      clearHostResolverCache: async () => undefined,
      closeAllConnections: async () => undefined,
    };
    const { service, windows, deps } = setup({ session: () => failing });
    service.start();
    await service.end('renderer-gone');
    expect(windows).toHaveLength(2);
    expect(deps.log.error).toHaveBeenCalled();
    expect(service.state.phase).toBe('welcome');
  });

  it('knows only the current window as the visit (an old renderer cannot act)', async () => {
    const { service, windows } = setup();
    service.start();
    await service.end('quit');
    expect(service.isCurrent(windows[0]!.webContentsId)).toBe(false);
    expect(service.isCurrent(windows[1]!.webContentsId)).toBe(true);
  });

  it('relaunches instead of opening a new window once the visit count is reached', async () => {
    const { service, windows, deps } = setup({ relaunchPolicy: () => ({ afterVisits: 2, atHour: null }) });
    service.start();
    service.input();
    await service.end('quit');
    expect(deps.relaunch).not.toHaveBeenCalled();
    service.input();
    await service.end('quit');
    expect(deps.relaunch).toHaveBeenCalledTimes(1);
    expect(windows).toHaveLength(2);
  });

  it('reports phases so main can arm and disarm its idle cap', async () => {
    const phases: string[] = [];
    const { service } = setup({ onPhase: (phase) => void phases.push(phase) });
    service.start();
    service.input();
    await service.end('logout');
    expect(phases).toEqual(['in-visit', 'ending', 'cleared', 'welcome']);
  });
});
