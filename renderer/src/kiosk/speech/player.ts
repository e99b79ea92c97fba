// Plays the engine's WAV files through the Web Audio API: no <audio> element, so the Content-Security-Policy keeps
// media-src 'none'. One utterance at a time; stop() cuts it at once (the visitor acted, or something newer is said).
export interface SpeechPlayer {
  /** Resolves when the utterance ends or is stopped. `volume` is 0..1. */
  play(wav: Uint8Array, volume: number): Promise<void>;
  stop(): void;
}

export function createWebAudioPlayer(): SpeechPlayer {
  let context: AudioContext | null = null;
  let current: { source: AudioBufferSourceNode; done: () => void } | null = null;

  function stop(): void {
    if (!current) return;
    const { source, done } = current;
    current = null;
    try {
      source.stop();
    } catch {
      // not started yet
    }
    done();
  }

  return {
    async play(wav, volume) {
      stop();
      context ??= new AudioContext();
      if (context.state === 'suspended') await context.resume();
      const copy = wav.slice().buffer; // decodeAudioData detaches the buffer it is given
      const buffer = await context.decodeAudioData(copy);
      const gain = context.createGain();
      gain.gain.value = volume;
      const source = context.createBufferSource();
      source.buffer = buffer;
      source.connect(gain).connect(context.destination);
      await new Promise<void>((resolve) => {
        current = { source, done: resolve };
        source.onended = () => {
          if (current?.source === source) current = null;
          resolve();
        };
        source.start();
      });
    },
    stop,
  };
}
