// The kiosk's own speech synthesiser: eSpeak NG compiled to WebAssembly (the espeak-ng package, GPL-3.0-or-later: see
// docs/speech.md for the licence decision). It is bundled with the app, so speech works offline and sounds the same on
// every kiosk, in Electron and in web mode; no system voice is used. Its data (voices, dictionaries) is inside the
// .wasm file. The program is a command line run once per utterance: the text goes in through a file of its own
// virtual file system (never as an argument, so no text can be read as an option) and a WAV file comes out.
import createESpeakNg from 'espeak-ng';

export type SpeechLanguage = 'fr' | 'en' | 'ar';

/** eSpeak NG's voice for each screen language. */
export const espeakVoices: Record<SpeechLanguage, string> = { fr: 'fr', en: 'en-gb', ar: 'ar' };

/** eSpeak NG's own default pace, in words per minute; the visitor's rate multiplies it. */
export const defaultWordsPerMinute = 165;

/**
 * A stretch of an utterance in a language of its own: a name marked with its own `lang` (« العربية », « English » on a
 * French screen), read by that language's voice where the screen's would spell it letter by letter.
 */
export interface SpokenRun {
  text: string;
  language: SpeechLanguage;
}

export interface Utterance {
  /** The text, or its runs when a part of it is in another language than `language`. */
  text: string | readonly SpokenRun[];
  /** The screen's language: its voice reads the text, and every run in no other language. */
  language: SpeechLanguage;
  /** 1 = the default pace. */
  rate: number;
}

export interface SpeechEngine {
  /** The WAV file eSpeak NG writes for the utterance. */
  synthesize(utterance: Utterance): Promise<Uint8Array>;
}

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => xmlEscapes[c]!);

/**
 * What eSpeak NG reads: the text as it is, or, where a run is in another language, SSML whose <voice xml:lang> switches
 * the voice for that run (`ssml`: read with -m). Every character of the text is escaped, so no text is read as markup.
 */
export function engineInput(text: Utterance['text'], language: SpeechLanguage): { input: string; ssml: boolean } {
  if (typeof text === 'string') return { input: text, ssml: false };
  if (text.every((run) => run.language === language)) return { input: text.map((run) => run.text).join(' '), ssml: false };
  const runs = text.map((run) =>
    run.language === language ? escapeXml(run.text) : `<voice xml:lang="${espeakVoices[run.language]}">${escapeXml(run.text)}</voice>`,
  );
  return { input: `<speak>${runs.join(' ')}</speak>`, ssml: true };
}

/**
 * `loadWasm` gives the bytes of espeak-ng.wasm (fetched from the app's own files in the renderer, read from disk in
 * the tests). It is compiled once; each utterance instantiates it afresh, because the program ends after one run.
 */
export function createSpeechEngine(loadWasm: () => Promise<ArrayBuffer>): SpeechEngine {
  let compiled: Promise<WebAssembly.Module> | null = null;
  const compile = () => {
    compiled ??= loadWasm()
      .then((bytes) => WebAssembly.compile(bytes))
      .catch((error: unknown) => {
        compiled = null; // a failed load is tried again at the next utterance
        throw error;
      });
    return compiled;
  };

  return {
    async synthesize({ text, language, rate }) {
      const wasm = await compile();
      const wordsPerMinute = String(Math.round(defaultWordsPerMinute * rate));
      const { input, ssml } = engineInput(text, language);
      const program = await createESpeakNg({
        arguments: ['-b', '1', ...(ssml ? ['-m'] : []), '-v', espeakVoices[language], '-s', wordsPerMinute, '-w', '/utterance.wav', '-f', '/utterance.txt'],
        preRun: [(module) => module.FS.writeFile('/utterance.txt', input)],
        instantiateWasm(imports, receive) {
          void WebAssembly.instantiate(wasm, imports).then(receive);
          return {};
        },
        print: () => {},
        printErr: () => {},
      });
      return program.FS.readFile('/utterance.wav');
    },
  };
}
