// Silent printing of a document the renderer composed (the récapitulatif with the identifier — never the password —
// or an attestation) on the configured printer, in a hidden window without script on a throwaway partition.
// Pending jobs are remembered per visit partition so the end of a visit cancels them (nothing left in the queue).
import type { PrintJob, PrintResult } from '@shared/ipc';

export interface PrintWindowLike {
  load(html: string): Promise<void>;
  print(options: { silent: true; deviceName?: string; printBackground: true }, done: (success: boolean, failure: string) => void): void;
  destroy(): void;
  isDestroyed(): boolean;
  /** Called once when the window goes away (a visit ending cancels its prints by destroying their windows). */
  onClosed(listener: () => void): void;
}

export interface PrinterDeps {
  createWindow(): PrintWindowLike;
  printerName(): string;
  log: { info(m: string): void; warn(m: string): void };
}

export function createPrinter(deps: PrinterDeps) {
  const pending = new Map<string, Set<PrintWindowLike>>();

  async function print(visitPartition: string, job: PrintJob): Promise<PrintResult> {
    const win = deps.createWindow();
    const jobs = pending.get(visitPartition) ?? new Set();
    pending.set(visitPartition, jobs.add(win));
    try {
      await win.load(job.html);
      const name = deps.printerName();
      const outcome = await new Promise<PrintResult>((resolve) => {
        win.onClosed(() => resolve({ ok: false, reason: 'cancelled' }));
        win.print({ silent: true, printBackground: true, ...(name ? { deviceName: name } : {}) }, (success, failure) => {
          if (success) resolve({ ok: true });
          else if (/cancel/i.test(failure)) resolve({ ok: false, reason: 'cancelled' });
          else if (/no.*(printer|device)|invalid.*device/i.test(failure)) resolve({ ok: false, reason: 'no-printer' });
          else resolve({ ok: false, reason: 'failed' });
        });
      });
      // The document's kind only: its content is the visitor's.
      if (outcome.ok) deps.log.info(`printed a ${job.kind}`);
      else deps.log.warn(`print of a ${job.kind} failed: ${outcome.reason}`);
      return outcome;
    } catch {
      deps.log.warn(`print of a ${job.kind} failed: the document could not be loaded`);
      return win.isDestroyed() ? { ok: false, reason: 'cancelled' } : { ok: false, reason: 'failed' };
    } finally {
      jobs.delete(win);
      if (!win.isDestroyed()) win.destroy();
    }
  }

  function cancel(visitPartition: string): number {
    const jobs = pending.get(visitPartition);
    pending.delete(visitPartition);
    if (!jobs) return 0;
    for (const win of jobs) if (!win.isDestroyed()) win.destroy();
    return jobs.size;
  }

  return { print, cancel, pendingCount: (partition: string) => pending.get(partition)?.size ?? 0 };
}
