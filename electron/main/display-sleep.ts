// Keeps the display awake while the kiosk runs (a sleeping screen looks broken to a visitor). Signal Desktop's
// PreventDisplaySleepService shape: Electron's powerSaveBlocker is injected.
export interface PowerSaveBlockerLike {
  start(type: 'prevent-display-sleep'): number;
  stop(id: number): void;
  isStarted(id: number): boolean;
}

export class DisplaySleepService {
  private id: number | null = null;

  constructor(private readonly blocker: PowerSaveBlockerLike) {}

  /** Kiosk and workshop screens stay on; a laptop follows its own power settings. */
  apply(keepAwake: boolean): void {
    if (keepAwake && (this.id === null || !this.blocker.isStarted(this.id))) {
      this.id = this.blocker.start('prevent-display-sleep');
    } else if (!keepAwake && this.id !== null) {
      this.blocker.stop(this.id);
      this.id = null;
    }
  }
}
