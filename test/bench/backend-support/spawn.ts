import { Worker } from 'node:worker_threads';

export interface WorkerServer { url: string; close(): Promise<void> }

export function serverInWorker(mode: 'sandbox' | 'bare', body?: unknown): Promise<WorkerServer> {
  const worker = new Worker(new URL('./server-worker.ts', import.meta.url), { workerData: { mode, body }, execArgv: ['--import', 'tsx'] });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', ({ url }: { url: string }) => resolve({
      url,
      close: () => new Promise((done) => {
        worker.once('exit', () => done());
        worker.postMessage('close');
      }),
    }));
  });
}
