// The speech store: one voice at a time, the newest wins; nothing is said while off; everything resets with the visit.
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Utterance } from '@renderer/kiosk/speech/engine';
import { setSpeechOutput, useSpeechStore } from '@renderer/kiosk/speech/store';

let synthesized: Utterance[];
let played: Array<{ wav: string; volume: number }>;
let stops: number;
let release: (() => void) | null;

beforeEach(() => {
  setActivePinia(createPinia());
  synthesized = [];
  played = [];
  stops = 0;
  release = null;
  setSpeechOutput({
    engine: async () => ({
      async synthesize(u) {
        synthesized.push(u);
        const text = typeof u.text === 'string' ? u.text : JSON.stringify(u.text);
        if (text.startsWith('slow')) await new Promise<void>((r) => (release = r));
        return new TextEncoder().encode(text);
      },
    }),
    player: () => ({
      async play(wav, volume) {
        played.push({ wav: new TextDecoder().decode(wav), volume });
      },
      stop: () => void stops++,
    }),
  });
});

describe('the speech store', () => {
  it('says nothing while off, except what asks to be said even then', async () => {
    const speech = useSpeechStore();
    await speech.say('Bonjour', 'fr');
    expect(synthesized).toEqual([]);
    await speech.say('Le bouton est en bas', 'fr', { evenWhenOff: true });
    expect(played.map((p) => p.wav)).toEqual(['Le bouton est en bas']);
  });

  it('says amounts as words, at the chosen rate and volume', async () => {
    const speech = useSpeechStore();
    speech.setOn(true);
    speech.faster();
    speech.quieter();
    await speech.say('Vous recevez 58 €', 'fr');
    expect(synthesized[0]).toEqual({ text: 'Vous recevez 58 euros', language: 'fr', rate: 1.25 });
    expect(played[0]!.volume).toBe(0.75);
  });

  it('says runs in their own languages, amounts as words in each run’s language, and repeats them', async () => {
    const speech = useSpeechStore();
    speech.setOn(true);
    await speech.say([{ text: ' English. ', language: 'en' }, { text: 'bouton. 58 €', language: 'fr' }, { text: ' ', language: 'ar' }], 'fr');
    await speech.repeat();
    const runs = [{ text: 'English.', language: 'en' }, { text: 'bouton. 58 euros', language: 'fr' }];
    expect(synthesized).toEqual([{ text: runs, language: 'fr', rate: 1 }, { text: runs, language: 'fr', rate: 1 }]);
    // Runs all in the screen's language are one text.
    await speech.say([{ text: 'Quitter', language: 'fr' }], 'fr');
    expect(synthesized[2]).toEqual({ text: 'Quitter', language: 'fr', rate: 1 });
  });

  it('drops what was still being prepared when something newer is said', async () => {
    const speech = useSpeechStore();
    speech.setOn(true);
    const first = speech.say('slow sentence', 'fr');
    await Promise.resolve();
    await speech.say('newer', 'fr');
    release?.();
    await first;
    expect(played.map((p) => p.wav)).toEqual(['newer']);
  });

  it('repeats the last thing said, and resets everything at the visit’s end', async () => {
    const speech = useSpeechStore();
    speech.setOn(true);
    speech.slower();
    speech.louder();
    await speech.say('مرحبًا', 'ar');
    await speech.repeat();
    expect(synthesized.map((u) => [u.text, u.language])).toEqual([['مرحبًا', 'ar'], ['مرحبًا', 'ar']]);
    speech.reset();
    expect({ on: speech.on, rate: speech.rate, volume: speech.volume, last: speech.last }).toEqual({ on: false, rate: 1, volume: 1, last: null });
    expect(stops).toBeGreaterThan(0);
  });
});
