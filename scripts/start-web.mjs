// npm run start:web: the browser kiosk (scripts/web-kiosk.mjs), stopped by Ctrl+C.
import { startWebKiosk } from './web-kiosk.mjs';

await startWebKiosk();
