// The engine as the renderer loads it: espeak-ng.wasm is one of the app's own files (Vite copies it into the build),
// fetched from the page's origin (connect-src 'self') and compiled under script-src 'wasm-unsafe-eval'
// (shared/content-security-policy.ts). Imported lazily, at the first utterance: the welcome screen loads without it.
import wasmUrl from 'espeak-ng/dist/espeak-ng.wasm?url';
import { createSpeechEngine } from './engine';

export const browserSpeechEngine = createSpeechEngine(async () => {
  const response = await fetch(wasmUrl);
  if (!response.ok) throw new Error(`espeak-ng.wasm: HTTP ${response.status}`);
  return response.arrayBuffer();
});
