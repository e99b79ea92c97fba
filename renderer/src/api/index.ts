// The renderer's one API client, on the renderer's one connection (connection.ts): its back end is the configured
// one (set by kiosk-app.ts once the bridge answers; in web mode the page's own origin, which proxies the back end).
import { createApiClient } from './client';
import { connection } from './connection';

export const api = createApiClient(connection);
