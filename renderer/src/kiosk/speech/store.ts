// Speech output's state for one visit: on or off, the rate and volume the visitor chose, the last thing said (for
// "Répéter"). Everything returns to its default at the visit's end (reset(), registered in main.ts). Saying something
// cuts what was being said: one voice at a time, the newest wins.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { SpeechEngine, SpeechLanguage, SpokenRun, Utterance } from './engine';
import { createWebAudioPlayer, type SpeechPlayer } from './player';
import { speakable } from './speakable';

export const rates = [0.7, 0.85, 1, 1.25, 1.5] as const;
export const volumes = [0.25, 0.5, 0.75, 1] as const;
export const defaultRate = 1;
export const defaultVolume = 1;

interface SpeechOutput {
  engine: () => Promise<SpeechEngine>;
  player: () => SpeechPlayer;
}

let output: SpeechOutput = {
  engine: () => import('./browser-engine').then((m) => m.browserSpeechEngine),
  player: (() => {
    let player: SpeechPlayer | null = null;
    return () => (player ??= createWebAudioPlayer());
  })(),
};

/** The tests replace the engine and the player (no WebAssembly, no audio device). */
export function setSpeechOutput(replacement: SpeechOutput): void {
  output = replacement;
}

const step = <T extends number>(list: readonly T[], value: number, by: 1 | -1): T => {
  const index = list.findIndex((v) => v === value);
  return list[Math.min(list.length - 1, Math.max(0, (index < 0 ? list.indexOf(list[0]!) : index) + by))]!;
};

export const useSpeechStore = defineStore('speech', () => {
  const on = ref(false);
  const rate = ref<number>(defaultRate);
  const volume = ref<number>(defaultVolume);
  const last = ref<{ text: Utterance['text']; language: SpeechLanguage } | null>(null);
  /** Bumped by every say() and stop(): a synthesis that finishes after something newer is dropped. */
  let generation = 0;

  /** `text` in the screen's `language`, or in runs when a part of it has a language of its own (engine.ts). */
  async function say(text: Utterance['text'], language: SpeechLanguage, options: { evenWhenOff?: boolean } = {}): Promise<void> {
    const runs: SpokenRun[] = (typeof text === 'string' ? [{ text, language }] : text)
      .map((run) => ({ text: run.text.trim(), language: run.language }))
      .filter((run) => run.text !== '');
    if (runs.length === 0 || (!on.value && !options.evenWhenOff)) return;
    const mine = ++generation;
    output.player().stop();
    const clean = runs.length === 1 && runs[0]!.language === language ? runs[0]!.text : runs;
    last.value = { text: clean, language };
    try {
      const engine = await output.engine();
      const heard = typeof clean === 'string' ? speakable(clean, language) : clean.map((run) => ({ ...run, text: speakable(run.text, run.language) }));
      const wav = await engine.synthesize({ text: heard, language, rate: rate.value });
      if (mine !== generation) return;
      await output.player().play(wav, volume.value);
    } catch (error) {
      // Speech is an aid: a failure must never break the screen. It is logged for the agents' diagnosis.
      console.warn('[speech] could not speak', error);
    }
  }

  function stop(): void {
    generation++;
    output.player().stop();
  }

  function repeat(): Promise<void> {
    return last.value ? say(last.value.text, last.value.language) : Promise.resolve();
  }

  function setOn(value: boolean): void {
    if (!value) stop();
    on.value = value;
  }

  const faster = () => (rate.value = step(rates, rate.value, 1));
  const slower = () => (rate.value = step(rates, rate.value, -1));
  const louder = () => (volume.value = step(volumes, volume.value, 1));
  const quieter = () => (volume.value = step(volumes, volume.value, -1));

  function reset(): void {
    stop();
    on.value = false;
    rate.value = defaultRate;
    volume.value = defaultVolume;
    last.value = null;
  }

  return { on, rate, volume, last, say, stop, repeat, setOn, faster, slower, louder, quieter, reset };
});
