export declare function electronBinary(): { found: true; path: string } | { found: false; reason: string };
