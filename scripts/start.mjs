// npm start: builds and starts the kiosk in Electron, which starts the embedded sandbox back end when no back-end URL
// is configured. Where no Electron binary exists (these machines cannot download it), says how to run the same UI.
import { spawn } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const binary = electronBinary();
if (!binary.found) {
  console.error(`No Electron binary here (${binary.reason}).`);
  console.error('Run the same kiosk UI in a browser, with the sandbox back end: npm run start:web');
  process.exit(1);
}
const run = (cmd, args) =>
  new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}`))));
  });
await run('npx', ['electron-vite', 'build']);
await run(binary.path, ['.']);
