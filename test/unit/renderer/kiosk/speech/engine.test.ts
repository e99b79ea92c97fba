// The bundled eSpeak NG produces real audio for sample sentences in each screen language.
/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createSpeechEngine, engineInput, type SpeechLanguage } from '@renderer/kiosk/speech/engine';

const wasmPath = createRequire(import.meta.url).resolve('espeak-ng/dist/espeak-ng.wasm');
const engine = createSpeechEngine(async () => {
  const bytes = await readFile(wasmPath);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
});

/** The 16-bit samples of a PCM WAV file (eSpeak NG writes mono 22 050 Hz), and its sample rate. */
function pcm(wav: Uint8Array): { rate: number; samples: Int16Array } {
  const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
  expect(String.fromCharCode(...wav.subarray(0, 4))).toBe('RIFF');
  expect(String.fromCharCode(...wav.subarray(8, 12))).toBe('WAVE');
  const rate = view.getUint32(24, true);
  const dataStart = 44;
  return { rate, samples: new Int16Array(wav.buffer.slice(wav.byteOffset + dataStart, wav.byteOffset + wav.byteLength)) };
}

const samples: Record<SpeechLanguage, string> = {
  fr: 'Bienvenue à la Caf. Votre aide au logement de 139 euros 5 centimes est versée le 5 mai 2026.',
  en: 'Welcome to the Caf. Your housing benefit of 139 euros is paid on 5 May 2026.',
  ar: 'مَرْحَبًا بِكُمْ فِي الكاف. اِلْمَسُوا الشَّاشَةَ لِلْبَدْءِ.',
};

describe('the speech engine', () => {
  for (const [language, text] of Object.entries(samples) as [SpeechLanguage, string][]) {
    it(`speaks a sample sentence in ${language}`, async () => {
      const { rate, samples: audio } = pcm(await engine.synthesize({ text, language, rate: 1 }));
      const seconds = audio.length / rate;
      expect(seconds).toBeGreaterThan(1.5);
      const loudest = audio.reduce((max, s) => Math.max(max, Math.abs(s)), 0);
      expect(loudest).toBeGreaterThan(3000); // sound, not silence
    });
  }

  it('speaks faster at a higher rate', async () => {
    const text = samples.fr;
    const normal = pcm(await engine.synthesize({ text, language: 'fr', rate: 1 })).samples.length;
    const fast = pcm(await engine.synthesize({ text, language: 'fr', rate: 1.5 })).samples.length;
    expect(fast).toBeLessThan(normal * 0.8);
  });

  it('reads a text that looks like options as text', async () => {
    const wav = await engine.synthesize({ text: '-w /etc/x --help', language: 'en', rate: 1 });
    expect(pcm(wav).samples.length).toBeGreaterThan(10_000);
  });

  it('reads a run in another language with that language’s voice: « العربية » on a French screen', async () => {
    // The French voice has no Arabic: it spells the word out, letter by letter ("arabic alif, arabic lam…"), where the
    // Arabic voice says one word. Failed before (one voice for the whole utterance): about 3.4 times as long.
    const spelled = pcm(await engine.synthesize({ text: 'العربية. bouton', language: 'fr', rate: 1 })).samples.length;
    const read = pcm(await engine.synthesize({ text: [{ text: 'العربية.', language: 'ar' }, { text: 'bouton', language: 'fr' }], language: 'fr', rate: 1 })).samples.length;
    expect(read).toBeGreaterThan(10_000);
    expect(read).toBeLessThan(spelled * 0.5);
  });

  it('switches voices with SSML only where a run needs it, every character of the text escaped', () => {
    expect(engineInput('Bonjour <b>', 'fr')).toEqual({ input: 'Bonjour <b>', ssml: false });
    expect(engineInput([{ text: 'Bonjour', language: 'fr' }, { text: 'Quitter', language: 'fr' }], 'fr')).toEqual({ input: 'Bonjour Quitter', ssml: false });
    expect(engineInput([{ text: 'English.', language: 'en' }, { text: 'bouton <audio src="x"/> & "c\'est"', language: 'fr' }], 'fr')).toEqual({
      input: '<speak><voice xml:lang="en-gb">English.</voice> bouton &lt;audio src=&quot;x&quot;/&gt; &amp; &quot;c&apos;est&quot;</speak>',
      ssml: true,
    });
  });
});
