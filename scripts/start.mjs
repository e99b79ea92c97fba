// npm start: the kiosk in Electron on its embedded sandbox back end (asked for with --embedded-sandbox; a kiosk
// configured without a back end is otherwise out of service). Where Electron's binary is missing, it is fetched first
// with electron's own install script; where that cannot be done (no network), one line says so and the browser kiosk
// starts instead (scripts/web-kiosk.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { electronBinary } from './electron-binary.mjs';
import { ensureElectron, fallbackLine, lastErrorLine } from './kiosk-launch.mjs';
import { run } from './processes.mjs';
import { startWebKiosk } from './web-kiosk.mjs';

function installElectron() {
  const script = createRequire(import.meta.url).resolve('electron/install.js');
  const result = spawnSync(process.execPath, [script], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  return Promise.resolve(result.status === 0 ? null : lastErrorLine(result.stderr ?? ''));
}

const binary = await ensureElectron({ locate: () => electronBinary(), install: installElectron, say: (line) => console.log(line) });
if (!binary.found) {
  console.log(fallbackLine(binary.reason));
  await startWebKiosk();
} else {
  await run('npm', ['run', 'build']);
  const kiosk = spawn(binary.path, ['.', '--embedded-sandbox'], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => kiosk.kill('SIGTERM'));
  kiosk.on('exit', (code) => process.exit(code ?? 0));
}
