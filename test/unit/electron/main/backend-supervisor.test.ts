import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackendSupervisor, restartDelayMs, type ChildLike } from '../../../../electron/main/backend-supervisor';

function fakeChild() {
  let onExit: ((code: number) => void) | null = null;
  const child: ChildLike & { exit(code: number): void } = {
    on: (_event, listener) => void (onExit = listener),
    kill: vi.fn(() => {
      onExit?.(0);
      return true;
    }),
    exit: (code) => onExit?.(code),
  };
  return child;
}

describe('the embedded sandbox back end supervisor', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  function setup(exists = true) {
    const children: ReturnType<typeof fakeChild>[] = [];
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const supervisor = createBackendSupervisor({
      modulePath: '/app/out/backend/server.js',
      exists: () => exists,
      fork: vi.fn(() => {
        const child = fakeChild();
        children.push(child);
        return child;
      }),
      env: { PORT: '8787' },
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      now: () => Date.now(),
      log,
    });
    return { supervisor, children, log };
  }

  it('doubles the restart delay up to a ceiling', () => {
    expect([1, 2, 3, 4].map((n) => restartDelayMs(n))).toEqual([1000, 2000, 4000, 8000]);
    expect(restartDelayMs(20)).toBe(60_000);
  });

  it('restarts a dead back end with back-off', () => {
    const { supervisor, children } = setup();
    supervisor.start();
    children[0]!.exit(1);
    expect(supervisor.status()).toBe('waiting-restart');
    vi.advanceTimersByTime(999);
    expect(children).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(children).toHaveLength(2);
    children[1]!.exit(1);
    vi.advanceTimersByTime(1999);
    expect(children).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(children).toHaveLength(3);
    expect(supervisor.status()).toBe('running');
  });

  it('resets the back-off after a long healthy run', () => {
    const { supervisor, children } = setup();
    supervisor.start();
    children[0]!.exit(1);
    vi.advanceTimersByTime(1000);
    vi.advanceTimersByTime(120_000);
    children[1]!.exit(1);
    vi.advanceTimersByTime(1000);
    expect(children).toHaveLength(3);
  });

  it('does not restart what it was asked to stop', () => {
    const { supervisor, children } = setup();
    supervisor.start();
    supervisor.stop();
    vi.advanceTimersByTime(120_000);
    expect(children).toHaveLength(1);
    expect(supervisor.status()).toBe('stopped');
  });

  it('says clearly when the back-end build is missing', () => {
    const { supervisor, children, log } = setup(false);
    supervisor.start();
    expect(children).toHaveLength(0);
    expect(supervisor.status()).toBe('missing');
    expect(log.error).toHaveBeenCalledWith(expect.stringContaining('/app/out/backend/server.js'));
  });
});
