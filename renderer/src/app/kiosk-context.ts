// The kiosk context lives in renderer/src/kiosk/kiosk-context.ts (bridge, configuration, visit lifecycle, waiting for
// a code); journeys import it from here or from there, it is one and the same.
export { kioskKey, useKiosk, useWaitingForCode, type KioskContext } from '../kiosk/kiosk-context';
