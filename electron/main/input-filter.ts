// Keyboard shortcuts a visitor (or a physical keyboard left on a laptop) must not use: reload would drop the visit's
// clean state half-way, close/quit would leave the kiosk, devtools/view-source would show a previous page, print would
// print anything, zoom breaks the layout. Swallowed in `before-input-event` (issue 6, "Lockdown").

export interface KeyInput {
  type: string; // 'keyDown' | 'keyUp' | 'rawKeyDown' | 'char'
  key: string;
  code?: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

const alwaysBlockedKeys = new Set(['F1', 'F3', 'F5', 'F6', 'F7', 'F11', 'F12', 'BrowserBack', 'BrowserForward', 'BrowserRefresh',
  'BrowserHome', 'BrowserSearch', 'BrowserFavorites', 'Print', 'Help', 'ContextMenu']);

// With Ctrl (or Cmd): reload, close, quit, new window/tab, open, save, print, find, view source, history, downloads,
// devtools, zoom, select-all is harmless but stays allowed for editing fields.
const modifierBlockedKeys = new Set(['r', 'w', 'q', 'n', 't', 'o', 's', 'p', 'f', 'g', 'u', 'h', 'j', 'd', 'l', 'e', 'k',
  'i', 'm', '+', '=', '-', '_', '0', 'tab', 'pageup', 'pagedown', 'f4', 'f5']);

export function shouldBlockInput(input: KeyInput): boolean {
  if (alwaysBlockedKeys.has(input.key)) return true;
  const key = input.key.toLowerCase();
  const mod = input.control || input.meta;
  if (mod && modifierBlockedKeys.has(key)) return true;
  // Alt+F4 (close), Alt+Left/Right (history), Alt+Home.
  if (input.alt && (key === 'f4' || key === 'arrowleft' || key === 'arrowright' || key === 'home')) return true;
  return false;
}
