// The communes and countries (≈ 0.9 MB) are loaded only when the état civil step needs them, never with the first
// screen (shared/domain/geo-data.ts keeps them apart for that). Loaded once per renderer; the data holds nothing of
// a visitor.
import type * as Birthplace from '@shared/domain/birthplace';

type PlacesModule = typeof Birthplace;
let loaded: PlacesModule | null = null;
let loading: Promise<PlacesModule> | null = null;

export function loadPlaces(): Promise<PlacesModule> {
  loading ??= import('@shared/domain/birthplace').then((m) => (loaded = m));
  return loading;
}

/** The module if already loaded (synchronous checks use it when they can; the back end checks anyway). */
export function placesIfLoaded(): PlacesModule | null {
  return loaded;
}
