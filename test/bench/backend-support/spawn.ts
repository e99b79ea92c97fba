import { Worker } from 'node:worker_threads';

export interface WorkerServer {
  url: string;
  /** CPU time the server's thread has used so far, in µs. */
  cpu(): Promise<number>;
  close(): Promise<void>;
}

export function serverInWorker(mode: 'sandbox' | 'bare' | 'guarded', options: { body?: unknown; databaseUrl?: string } = {}): Promise<WorkerServer> {
  const worker = new Worker(new URL('./server-worker.ts', import.meta.url), { workerData: { mode, ...options }, execArgv: ['--import', 'tsx'] });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', ({ url }: { url: string }) => resolve({
      url,
      cpu: () => new Promise((done) => {
        worker.once('message', ({ cpu }: { cpu: number }) => done(cpu));
        worker.postMessage('cpu');
      }),
      close: () => new Promise((done) => {
        worker.once('exit', () => done());
        worker.postMessage('close');
      }),
    }));
  });
}
