import { describe, expect, it, vi } from 'vitest';
import type { KioskMode } from '@shared/ipc';
import { agentGatePolicy } from '@shared/agent-gate';
import { createAgentService, type AgentDeps } from '../../../../electron/main/agent';

function setup(mode: KioskMode = 'kiosk') {
  const now = { t: 1_000_000 };
  const deps: AgentDeps = {
    storedHash: () => 'stored',
    verify: (pin) => pin === '2468',
    now: () => now.t,
    version: '1.2.3',
    terminalId: () => 'caf75-02',
    siteName: () => 'Paris',
    mode: () => mode,
    backendEmbedded: () => true,
    backendReachable: async () => true,
    startedAt: now.t - 3_600_000,
    visitsSinceStart: () => 12,
    resetVisit: vi.fn(async () => undefined),
    setMode: vi.fn(async () => true),
    resetWorkshop: vi.fn(async () => true),
    quit: vi.fn(),
    log: { info: vi.fn(), warn: vi.fn() },
  };
  return { agent: createAgentService(deps), deps, now };
}

describe('the agent service', () => {
  it('shows the status only to the window that unlocked it', async () => {
    const { agent } = setup();
    expect(await agent.status(1)).toBeNull();
    expect(agent.unlock('2468', 1)).toEqual({ ok: true });
    expect(await agent.status(2)).toBeNull();
    expect(await agent.status(1)).toEqual({
      version: '1.2.3',
      terminalId: 'caf75-02',
      siteName: 'Paris',
      mode: 'kiosk',
      backend: { embedded: true, reachable: true },
      uptimeSeconds: 3600,
      visitsSinceStart: 12,
      lastCall: null,
    });
  });

  it('records « Appeler un agent » with the terminal and the time, once per visit, and shows it in the status', async () => {
    const { agent, deps, now } = setup();
    const first = agent.call();
    expect(first).toEqual({ terminalId: 'caf75-02', siteName: 'Paris', at: new Date(1_000_000).toISOString() });
    now.t += 60_000;
    expect(agent.call()).toEqual(first); // asking again: help is already on its way
    expect(deps.log.info).toHaveBeenCalledTimes(1);
    expect(deps.log.info).toHaveBeenCalledWith(expect.stringContaining(`terminal caf75-02 (Paris) at ${first.at}`));
    agent.unlock('2468', 1);
    expect(await agent.status(1)).toMatchObject({ lastCall: first });
    // The visit ends: the status keeps the last call for the agent on the way; the next visitor's call is a new one.
    agent.lock();
    agent.unlock('2468', 1);
    expect(await agent.status(1)).toMatchObject({ lastCall: first });
    const next = agent.call();
    expect(next.at).toBe(new Date(1_060_000).toISOString());
    expect(await agent.status(1)).toMatchObject({ lastCall: next });
  });

  it('refuses actions before the PIN and after the unlock expired', async () => {
    const { agent, deps, now } = setup();
    expect(await agent.action('quit', 1)).toEqual({ ok: false, reason: 'locked' });
    agent.unlock('2468', 1);
    now.t += agentGatePolicy.unlockMs;
    expect(await agent.action('quit', 1)).toEqual({ ok: false, reason: 'locked' });
    expect(deps.quit).not.toHaveBeenCalled();
  });

  it('switches to workshop mode and back', async () => {
    const { agent, deps } = setup();
    agent.unlock('2468', 1);
    await agent.action('workshop-on', 1);
    expect(deps.setMode).toHaveBeenCalledWith('workshop');
    agent.unlock('2468', 1);
    await agent.action('workshop-off', 1);
    expect(deps.setMode).toHaveBeenLastCalledWith('kiosk');
  });

  it('says a mode switch is unavailable when that mode cannot run here', async () => {
    const { agent, deps } = setup();
    vi.mocked(deps.setMode).mockResolvedValueOnce(false);
    agent.unlock('2468', 1);
    expect(await agent.action('workshop-off', 1)).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('resets the workshop\'s sandbox in workshop mode only, and says when it could not', async () => {
    const kiosk = setup('kiosk');
    kiosk.agent.unlock('2468', 1);
    expect(await kiosk.agent.action('workshop-reset', 1)).toEqual({ ok: false, reason: 'unavailable' });
    expect(kiosk.deps.resetWorkshop).not.toHaveBeenCalled();

    const workshop = setup('workshop');
    expect(await workshop.agent.action('workshop-reset', 1)).toEqual({ ok: false, reason: 'locked' });
    workshop.agent.unlock('2468', 1);
    expect(await workshop.agent.action('workshop-reset', 1)).toEqual({ ok: true });
    expect(workshop.deps.resetWorkshop).toHaveBeenCalledTimes(1);
    vi.mocked(workshop.deps.resetWorkshop).mockResolvedValueOnce(false);
    workshop.agent.unlock('2468', 1);
    expect(await workshop.agent.action('workshop-reset', 1)).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('needs the PIN again after each action and after a visit end', async () => {
    const { agent, deps } = setup();
    agent.unlock('2468', 1);
    await agent.action('reset-visit', 1);
    expect(deps.resetVisit).toHaveBeenCalledTimes(1);
    expect(await agent.action('reset-visit', 1)).toEqual({ ok: false, reason: 'locked' });
    agent.unlock('2468', 1);
    agent.lock();
    expect(await agent.status(1)).toBeNull();
  });

  it('locks the PIN after too many wrong attempts', () => {
    const { agent } = setup();
    for (let i = 1; i < agentGatePolicy.maxAttempts; i++) expect(agent.unlock('0000', 1)).toMatchObject({ reason: 'wrong-pin' });
    expect(agent.unlock('0000', 1)).toMatchObject({ reason: 'locked' });
    expect(agent.unlock('2468', 1)).toMatchObject({ reason: 'locked' });
  });
});
