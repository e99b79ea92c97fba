// Types of the parts of the espeak-ng package (eSpeak NG compiled by Emscripten, no types of its own) the engine uses.
declare module 'espeak-ng' {
  interface ESpeakNgFileSystem {
    writeFile(path: string, data: string | Uint8Array): void;
    readFile(path: string): Uint8Array;
  }
  interface ESpeakNgModule {
    FS: ESpeakNgFileSystem;
  }
  interface ESpeakNgOptions {
    /** The command line; the program runs once, at instantiation. */
    arguments: string[];
    preRun?: Array<(module: ESpeakNgModule) => void>;
    instantiateWasm?: (
      imports: WebAssembly.Imports,
      receive: (instance: WebAssembly.Instance) => void,
    ) => Record<string, never>;
    print?: (text: string) => void;
    printErr?: (text: string) => void;
  }
  const createESpeakNg: (options: ESpeakNgOptions) => Promise<ESpeakNgModule>;
  export default createESpeakNg;
}
