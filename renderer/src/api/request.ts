// The one typed call of the renderer, from the back end's route table (shared/api/routes.ts): the method and path come
// from the table, the params, query and body are typed by the route's schemas, and so is the reply. A change of the
// contract breaks the type check here, not at the kiosk. Failures are axios errors, read by toApiFailure (errors.ts).
import type { TSchema } from 'typebox';
import {
  path,
  routes,
  type ReplyBody,
  type RequestBody,
  type RequestParams,
  type RequestQuery,
  type RouteName,
} from '@shared/api/routes';
import { api } from '.';

type Spec<R extends RouteName> = (typeof routes)[R];
/** A route's parts: required where its schema has one, absent where it has none. */
export type RequestParts<R extends RouteName> = (Spec<R> extends { params: TSchema } ? { params: RequestParams<R> } : { params?: never }) &
  (Spec<R> extends { querystring: TSchema } ? { query: RequestQuery<R> } : { query?: never }) &
  (Spec<R> extends { body: TSchema } ? { body: RequestBody<R> } : { body?: never });

/** request('attestation', { params: { id } }) → GET /v1/attestations/:id, typed Attestation. */
export async function request<R extends RouteName>(
  name: R,
  ...[parts]: object extends RequestParts<R> ? [parts?: RequestParts<R>] : [parts: RequestParts<R>]
): Promise<ReplyBody<R>> {
  const spec: Spec<RouteName> = routes[name];
  const given = (parts ?? {}) as { params?: Record<string, string>; query?: Record<string, unknown>; body?: unknown };
  const response = await api.http.request<ReplyBody<R>>({
    method: spec.method,
    url: path(name, given.params),
    ...(given.query !== undefined ? { params: given.query } : {}),
    ...(given.body !== undefined ? { data: given.body } : {}),
  });
  return response.data;
}
