import type { ElectronBinary } from './electron-binary.mjs';

type Env = Record<string, string | undefined>;
export declare function ensureElectron(deps: {
  locate(): ElectronBinary;
  install(): Promise<string | null>;
  say(line: string): void;
  env?: Env;
}): Promise<ElectronBinary>;
export declare function fallbackLine(reason: string): string;
export declare function lastErrorLine(output: string): string;
export declare function hasDisplay(env?: Env, platform?: string): boolean;
export declare const chromiumCandidates: string[];
export declare function findChromium(env?: Env, exists?: (path: string) => boolean): string | null;
export declare function chromiumKioskArgs(url: string, profileDir: string): string[];
export declare function browserPlan(options?: {
  env?: Env;
  platform?: string;
  exists?: (path: string) => boolean;
}): { open: true; path: string } | { open: false; why: string };
export declare const KIOSK_PROFILE_PREFERENCES: {
  credentials_enable_service: false;
  profile: { password_manager_enabled: false };
  autofill: { profile_enabled: false; credit_card_enabled: false };
};
export declare function prepareKioskProfile(profileDir: string): void;
