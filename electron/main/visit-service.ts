// One visit = one window on one new in-memory partition. This service opens, ends and replaces visit windows; it
// receives Electron's pieces through `VisitDeps` (Signal Desktop's habit) so unit tests drive it with fakes.
// Ending order (issue 6): the renderer has already run its own hooks (logout, stores) before it asked; then main
// cancels the visit's prints, destroys the old window first (so no script can write again), revokes the back-end
// sessions the renderer left live (main's own fallback, session-revoker.ts) while it clears the old partition
// (`clearData()` — `clearStorageData` has known gaps), its HTTP, auth and host-resolver caches and open connections,
// clears the clipboard, and shows the "Vos informations ont été effacées" screen then the welcome screen in a new
// window on a new partition.
import type { VisitEndReason } from '@shared/ipc';
import { initialVisitState, nextVisitState, relaunchDue, type RelaunchPolicy, type VisitEvent, type VisitState } from './visit-machine';

export interface SessionLike {
  clearData(): Promise<void>;
  clearCache(): Promise<void>;
  clearAuthCache(): Promise<void>;
  clearHostResolverCache(): Promise<void>;
  closeAllConnections(): Promise<void>;
}

export interface VisitWindowLike {
  readonly webContentsId: number;
  destroy(): void;
  isDestroyed(): boolean;
}

export interface LogLike {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface VisitDeps {
  newId(): string;
  /** Creates the window of a visit on `partition` and loads the app; `cleared` (why the last visit ended) shows the cleared screen first. */
  openWindow(partition: string, options: { cleared: VisitEndReason | null }): VisitWindowLike;
  session(partition: string): SessionLike;
  clearClipboard(): void;
  /** Cancels (destroys) the print jobs of the visit's partition still pending. */
  cancelPrints(partition: string): void;
  /** Revokes the visit's back-end sessions the renderer did not revoke itself (session-revoker.ts); never rejects. */
  revokeSessions(partition: string): Promise<void>;
  relaunch(): void;
  now(): Date;
  log: LogLike;
  relaunchPolicy(): RelaunchPolicy;
  /** Called when a visit starts or ends: arms or disarms main's idle hard cap. */
  onPhase?(phase: VisitState['phase']): void;
}

export class VisitService {
  private current: VisitState = initialVisitState;
  private window: VisitWindowLike | null = null;
  private currentPartition = '';
  readonly startedAt: Date;

  constructor(private readonly deps: VisitDeps) {
    this.startedAt = deps.now();
  }

  get state(): VisitState {
    return this.current;
  }

  get partition(): string {
    return this.currentPartition;
  }

  isCurrent(webContentsId: number): boolean {
    return this.window !== null && !this.window.isDestroyed() && this.window.webContentsId === webContentsId;
  }

  /** Opens the first welcome screen. */
  start(): void {
    this.open(null);
  }

  /** An input reached the current window: the first one on the welcome screen starts a visit. */
  input(): void {
    this.dispatch({ type: 'input' });
  }

  /** Ends the current visit (idempotent while ending). Resolves once the new welcome window is open. */
  async end(reason: VisitEndReason): Promise<void> {
    if (!this.dispatch({ type: 'end', reason })) return;
    this.deps.log.info(`visit ended: ${reason} (visits since start: ${this.current.visitsSinceStart})`);
    const oldWindow = this.window;
    const oldPartition = this.currentPartition;
    this.window = null;
    try {
      this.deps.cancelPrints(oldPartition);
      if (oldWindow && !oldWindow.isDestroyed()) oldWindow.destroy();
      const ses = this.deps.session(oldPartition);
      const steps = await Promise.allSettled([
        this.deps.revokeSessions(oldPartition),
        ses.clearData(),
        ses.clearCache(),
        ses.clearAuthCache(),
        ses.clearHostResolverCache(),
        ses.closeAllConnections(),
      ]);
      for (const step of steps) if (step.status === 'rejected') this.deps.log.error(`session clearing step failed: ${String(step.reason)}`);
      this.deps.clearClipboard();
    } finally {
      this.dispatch({ type: 'cleared' });
    }
    if (relaunchDue({ ...this.current, phase: 'welcome' }, this.startedAt, this.deps.now(), this.deps.relaunchPolicy())) {
      this.deps.log.info('relaunching: visit count or daily hour reached');
      this.deps.relaunch();
      return;
    }
    this.open(reason);
  }

  /** Called periodically while idle on the welcome screen: the relaunch happens only then. */
  checkRelaunch(): boolean {
    if (!relaunchDue(this.current, this.startedAt, this.deps.now(), this.deps.relaunchPolicy())) return false;
    this.deps.log.info('relaunching: visit count or daily hour reached');
    this.deps.relaunch();
    return true;
  }

  private open(cleared: VisitEndReason | null): void {
    this.currentPartition = `visit-${this.deps.newId()}`;
    this.window = this.deps.openWindow(this.currentPartition, { cleared });
    this.dispatch({ type: 'welcome-shown' });
  }

  private dispatch(event: VisitEvent): boolean {
    const next = nextVisitState(this.current, event);
    if (next === this.current) return false;
    this.current = next;
    this.deps.onPhase?.(next.phase);
    return true;
  }
}
