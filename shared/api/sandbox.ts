// Sandbox-only routes (answer 404 route.notFound unless the back end runs in sandbox mode).
//
//   GET  /sandbox/outbox?to=ADDRESS   SMS and e-mails "sent", newest first, with the code
//   POST /sandbox/reset               restores the seed data (204)
import { Type, type Static } from 'typebox';
import { Channel, Instant } from './common';

export const OutboxQuery = Type.Object(
  { to: Type.String({ maxLength: 254, description: 'E.164 mobile (+33612345678) or e-mail address' }) },
  { additionalProperties: false },
);
export type OutboxQuery = Static<typeof OutboxQuery>;

export const OutboxMessage = Type.Object({
  id: Type.String(),
  channel: Channel,
  to: Type.String(),
  subject: Type.String(),
  body: Type.String(),
  code: Type.Union([Type.String(), Type.Null()]),
  sentAt: Instant,
});
export type OutboxMessage = Static<typeof OutboxMessage>;

export const Outbox = Type.Object({ messages: Type.Array(OutboxMessage) });
export type Outbox = Static<typeof Outbox>;
