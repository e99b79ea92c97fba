// Main's own inactivity limit, counted from the last input main itself saw (webContents 'input-event': real touches,
// clicks and keys routed by the browser process, which a script in the page cannot fake). The renderer's idle dialog
// is the polite path; this cap is the one a hung or hostile renderer cannot hold open (issue 6, "Inactivity").
import type { KioskConfigView } from '@shared/ipc';

/** Slack after the renderer's own warning would have ended the visit, so the polite path normally wins. */
export const capGraceSeconds = 15;

export function hardCapSeconds(timeouts: KioskConfigView['timeouts'], waitingForCode: boolean): number {
  const idle = waitingForCode ? timeouts.idleSecondsWaitingForCode : timeouts.idleSeconds;
  // WCAG 2.2.1 lets a visitor extend ten times; each extension is an input, which restarts this cap anyway.
  return idle + timeouts.warningSeconds + capGraceSeconds;
}

export interface Timers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export class IdleCap {
  private handle: unknown = null;
  private lastInput = 0;
  private waitingForCode = false;
  private armed = false;

  constructor(
    private readonly timers: Timers,
    private readonly timeouts: () => KioskConfigView['timeouts'],
    private readonly onExpired: () => void,
  ) {}

  /** Starts counting (a visit began). */
  arm(): void {
    this.armed = true;
    this.waitingForCode = false;
    this.input();
  }

  /** Stops counting (the visit is ending or the welcome screen shows). */
  disarm(): void {
    this.armed = false;
    this.clear();
  }

  input(): void {
    this.lastInput = this.timers.now();
    this.schedule();
  }

  setWaitingForCode(waiting: boolean): void {
    this.waitingForCode = waiting;
    this.schedule();
  }

  /** Seconds left before the cap ends the visit (for the log and tests). */
  remainingSeconds(): number {
    const limitMs = hardCapSeconds(this.timeouts(), this.waitingForCode) * 1000;
    return Math.max(0, (this.lastInput + limitMs - this.timers.now()) / 1000);
  }

  private clear(): void {
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    this.handle = null;
  }

  private schedule(): void {
    this.clear();
    if (!this.armed) return;
    this.handle = this.timers.setTimeout(() => {
      this.handle = null;
      if (!this.armed) return;
      this.armed = false;
      this.onExpired();
    }, this.remainingSeconds() * 1000);
  }
}

// Input events main counts as a visitor's presence ('input-event' types). A mouse merely moving is not presence: on a
// touch kiosk nothing moves it, and a cursor drifting must not keep a visit open.
const presenceInputTypes = new Set(['mouseDown', 'mouseUp', 'mouseWheel', 'rawKeyDown', 'keyDown', 'keyUp', 'char',
  'touchStart', 'touchMove', 'touchEnd', 'gestureTap', 'gestureTapDown', 'gestureScrollBegin', 'gestureScrollUpdate']);

export function isPresenceInput(type: string): boolean {
  return presenceInputTypes.has(type);
}
