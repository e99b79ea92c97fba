export type ElectronBinary = { found: true; path: string } | { found: false; installable: boolean; reason: string };
export declare function platformExecutable(platform?: string): string;
export declare function electronBinary(options?: {
  env?: Record<string, string | undefined>;
  packageDir?: string | null;
  platform?: string;
}): ElectronBinary;
