// npm run hash-pin — asks for an agent PIN (4 to 12 digits) and prints the scrypt hash to put in the kiosk's
// configuration file as "agentPinHash" (docs/deployment.md). Uses main's own hashPin, so the formats cannot drift.
import { createInterface } from 'node:readline/promises';
import { isPin } from '../shared/ipc';
import { hashPin } from '../electron/main/pin';

const rl = createInterface({ input: process.stdin, output: process.stderr });
const pin = (await rl.question('Code agent (4 à 12 chiffres) : ')).trim();
rl.close();
if (!isPin(pin)) {
  console.error('The PIN must be 4 to 12 digits.');
  process.exit(1);
}
console.log(hashPin(pin));
