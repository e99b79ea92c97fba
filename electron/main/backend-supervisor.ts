// The embedded sandbox back end, for kiosks configured without a back-end URL: run in Electron's utilityProcess
// (RunAsNode is fused off, so no child_process.fork of the Electron binary) and restarted with exponential back-off
// when it dies. The process factory is injected; tests pass a fake.

export interface ChildLike {
  on(event: 'exit', listener: (code: number) => void): void;
  kill(): boolean;
}

export interface SupervisorDeps {
  modulePath: string;
  exists(path: string): boolean;
  fork(modulePath: string, env: Record<string, string>): ChildLike;
  env: Record<string, string>;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
  log: { info(m: string): void; warn(m: string): void; error(m: string): void };
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A run longer than this resets the back-off. */
  healthyAfterMs?: number;
}

export type SupervisorStatus = 'stopped' | 'running' | 'waiting-restart' | 'missing';

export function restartDelayMs(failures: number, base = 1000, max = 60_000): number {
  return Math.min(max, base * 2 ** Math.max(0, failures - 1));
}

export function createBackendSupervisor(deps: SupervisorDeps) {
  let child: ChildLike | null = null;
  let status: SupervisorStatus = 'stopped';
  let failures = 0;
  let startedAt = 0;
  let timer: unknown = null;
  let stopping = false;

  function launch(): void {
    timer = null;
    if (!deps.exists(deps.modulePath)) {
      status = 'missing';
      deps.log.error(`embedded back end not found at ${deps.modulePath}: build it (npm run build) or set backendUrl in the configuration`);
      return;
    }
    startedAt = deps.now();
    const current = deps.fork(deps.modulePath, deps.env);
    child = current;
    status = 'running';
    deps.log.info('embedded back end started');
    current.on('exit', (code) => {
      if (child !== current) return;
      child = null;
      if (stopping) {
        status = 'stopped';
        return;
      }
      if (deps.now() - startedAt >= (deps.healthyAfterMs ?? 60_000)) failures = 0;
      failures += 1;
      const delay = restartDelayMs(failures, deps.baseDelayMs, deps.maxDelayMs);
      status = 'waiting-restart';
      deps.log.warn(`embedded back end exited (${code}); restart in ${delay} ms`);
      timer = deps.setTimeout(launch, delay);
    });
  }

  return {
    start(): void {
      stopping = false;
      if (child === null && timer === null) launch();
    },
    stop(): void {
      stopping = true;
      if (timer !== null) deps.clearTimeout(timer);
      timer = null;
      child?.kill();
    },
    status: () => status,
    failures: () => failures,
  };
}
