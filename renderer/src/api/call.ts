// One typed call on the renderer's axios instance, shared by the journeys' API modules (paths and bodies come from
// the wire contract, shared/api/routes.ts, so a change of contract breaks the type check here).
import { api } from '.';

export async function call<T>(method: 'get' | 'post' | 'put' | 'delete', url: string, body?: unknown): Promise<T> {
  const response = await api.http.request<T>({ method, url, data: body });
  return response.data;
}
