// The Electron fuses flipped into the packaged binary (https://www.electronjs.org/docs/latest/tutorial/fuses).
// Plain data, imported by the afterPack hook and asserted by test/unit/electron/security-invariants.test.ts.
import { FuseV1Options, FuseVersion } from '@electron/fuses';

export const fuseConfig = {
  version: FuseVersion.V1,
  // Fail the packaging if this Electron has a fuse this list does not set (a new fuse must be decided, not ignored).
  strictlyRequireAllFuses: true,
  // ELECTRON_RUN_AS_NODE would turn the kiosk binary into a plain Node: the embedded back end uses utilityProcess.
  [FuseV1Options.RunAsNode]: false,
  // Cookies at rest encrypted with the OS key store (visits use in-memory partitions; this covers anything else).
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS and --inspect would let anyone at the OS level inject code or a debugger into main.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Only the signed-off app.asar runs, checked against the integrity hash electron-builder embeds.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The app never uses file:// (it is served from app://kiosk): file:// gets no extra privilege.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  [FuseV1Options.WasmTrapHandlers]: true,
};
