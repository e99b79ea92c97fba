// npm run hash-pin — asks for an agent PIN (4 to 12 digits) and prints the scrypt hash to put in the kiosk's
// configuration file as "agentPinHash" (docs/deployment.md). Same format and parameters as electron/main/pin.ts.
import { randomBytes, scryptSync } from 'node:crypto';
import { createInterface } from 'node:readline/promises';

const rl = createInterface({ input: process.stdin, output: process.stderr });
const pin = (await rl.question('Code agent (4 à 12 chiffres) : ')).trim();
rl.close();
if (!/^\d{4,12}$/.test(pin)) {
  console.error('The PIN must be 4 to 12 digits.');
  process.exit(1);
}
const [N, r, p] = [16384, 8, 1];
const salt = randomBytes(16);
const hash = scryptSync(pin, salt, 32, { N, r, p });
console.log(['scrypt', N, r, p, salt.toString('base64'), hash.toString('base64')].join('$'));
