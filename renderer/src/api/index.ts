// The renderer's one API client. Its base URL is the configured back end (set by main.ts once the bridge answers;
// in web mode it is the page's own origin, which proxies the back end).
import { createApiClient } from './client';

export const api = createApiClient('');
