import { describe, expect, it, vi } from 'vitest';
import { createPrinter, type PrintWindowLike } from '../../../../electron/main/printer';

function fakeWindow(outcome: [boolean, string] | 'never') {
  let destroyed = false;
  let closed: (() => void) | null = null;
  const win: PrintWindowLike & { options?: unknown } = {
    load: vi.fn(async () => undefined),
    print: vi.fn((options, done) => {
      win.options = options;
      if (outcome !== 'never') done(...outcome);
    }),
    destroy: vi.fn(() => {
      if (destroyed) return;
      destroyed = true;
      closed?.();
    }),
    isDestroyed: () => destroyed,
    onClosed: (listener) => void (closed = listener),
  };
  return win;
}

const job = { kind: 'recapitulatif' as const, html: '<p>Votre identifiant : 2 XX</p>' };
const log = { info: vi.fn(), warn: vi.fn() };

describe('the printer', () => {
  it('prints silently on the configured printer and destroys its window', async () => {
    const win = fakeWindow([true, '']);
    const printer = createPrinter({ createWindow: () => win, printerName: () => 'HP_Accueil', log });
    await expect(printer.print('visit-1', job)).resolves.toEqual({ ok: true });
    expect(win.options).toEqual({ silent: true, printBackground: true, deviceName: 'HP_Accueil' });
    expect(win.destroy).toHaveBeenCalled();
  });

  it.each([
    ['cancelled', 'cancelled'],
    ['Invalid deviceName provided', 'no-printer'],
    ['Print job failed', 'failed'],
  ])('reports a failed print (%s → %s)', async (failure, reason) => {
    const printer = createPrinter({ createWindow: () => fakeWindow([false, failure]), printerName: () => '', log });
    await expect(printer.print('visit-1', job)).resolves.toEqual({ ok: false, reason });
  });

  it('cancels the pending prints of a visit that ends', async () => {
    const win = fakeWindow('never');
    const printer = createPrinter({ createWindow: () => win, printerName: () => '', log });
    const pending = printer.print('visit-1', job);
    await vi.waitFor(() => expect(printer.pendingCount('visit-1')).toBe(1));
    expect(printer.cancel('visit-1')).toBe(1);
    await expect(pending).resolves.toEqual({ ok: false, reason: 'cancelled' });
  });

  it('never logs the document', async () => {
    const spy = { info: vi.fn(), warn: vi.fn() };
    const printer = createPrinter({ createWindow: () => fakeWindow([true, '']), printerName: () => '', log: spy });
    await printer.print('visit-1', job);
    expect(JSON.stringify(spy.info.mock.calls)).not.toContain('identifiant');
  });
});
