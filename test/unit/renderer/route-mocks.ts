// The back end as the store tests see it: request() (renderer/src/api/request.ts) replaced by one mock a route, so a
// test says what a route answers and checks what was sent to it, by the route's name in shared/api/routes.ts. A test
// file mocks the module with `vi.mock('@renderer/api/request', () => import('<this file>'))`; vi.resetAllMocks()
// empties every route's mock.
import { vi, type Mock } from 'vitest';
import type { ReplyBody, RouteName } from '@shared/api/routes';
import type { RequestParts } from '@renderer/api/request';

type RouteMock<R extends RouteName> = Mock<(parts?: RequestParts<R>) => Promise<ReplyBody<R>>>;
const mocks = new Map<RouteName, Mock>();

/** The mock that answers `name`: `route('login').mockResolvedValue(session)`, `expect(route('logout')).toHaveBeenCalled()`. */
export function route<R extends RouteName>(name: R): RouteMock<R> {
  let mock = mocks.get(name);
  if (!mock) {
    mock = vi.fn();
    mocks.set(name, mock);
  }
  return mock as RouteMock<R>;
}

export function request<R extends RouteName>(name: R, parts?: RequestParts<R>): Promise<ReplyBody<R>> {
  return route(name)(parts);
}
