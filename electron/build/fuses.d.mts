import type { FuseV1Config } from '@electron/fuses';

export declare const fuseConfig: FuseV1Config;
