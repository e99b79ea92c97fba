// Every IPC handler goes through here (VS Code's validated ipcMain habit): the message must come from the top frame
// of a visit window showing the app's own origin, and its payload must pass the channel's guard from shared/ipc.ts.
// Anything else is dropped and logged (channel only, never the payload: it may hold a PIN).
import type { IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { ipcChannels, ipcPayloadGuards, type KioskBridge } from '@shared/ipc';
import { appOrigin, originOf } from './navigation';

export interface SenderFrameLike {
  url: string;
  /** null for a top-level frame. */
  parent: unknown;
}

export function isTrustedSender(frame: SenderFrameLike | null | undefined): boolean {
  if (!frame) return false; // the frame navigated away or was destroyed
  if (frame.parent !== null) return false; // sub-frames never talk to main
  return originOf(frame.url) === appOrigin;
}

export class IpcRefused extends Error {}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: IpcMainEvent, ...args: unknown[]) => void): void;
}

export interface GuardContext {
  log: { warn(message: string): void };
  /** Whether the sender belongs to the current visit window (an old window must not act on the new visit). */
  isCurrentVisit(webContentsId: number): boolean;
}

type Verb = keyof KioskBridge;
/** What a verb's argument is, and what main answers it: both from KioskBridge, so main cannot answer off-contract. */
export type BridgeArgument<V extends Verb> = Parameters<KioskBridge[V]>[0];
export type BridgeReply<V extends Verb> = Awaited<ReturnType<KioskBridge[V]>>;
/** The verbs the renderer awaits (invoke) and the one-way ones (send). */
type InvokeVerb = { [V in Verb]: ReturnType<KioskBridge[V]> extends Promise<unknown> ? V : never }[Verb];
type SendVerb = Exclude<Verb, InvokeVerb>;

function accepted(verb: Verb, event: IpcMainEvent | IpcMainInvokeEvent, args: unknown[], ctx: GuardContext): boolean {
  const frame = event.senderFrame as SenderFrameLike | null;
  if (!isTrustedSender(frame)) {
    ctx.log.warn(`IPC ${ipcChannels[verb]} refused: untrusted sender frame`);
    return false;
  }
  if (!ctx.isCurrentVisit(event.sender.id)) {
    ctx.log.warn(`IPC ${ipcChannels[verb]} refused: sender is not the current visit window`);
    return false;
  }
  if (args.length > 1 || !ipcPayloadGuards[verb](args[0])) {
    ctx.log.warn(`IPC ${ipcChannels[verb]} refused: invalid payload`);
    return false;
  }
  return true;
}

/** Registers an invoke handler; a refused call rejects (the renderer sees an error, main stays unchanged). */
export function handleInvoke<V extends InvokeVerb>(
  ipcMain: IpcMainLike,
  verb: V,
  ctx: GuardContext,
  handler: (arg: BridgeArgument<V>, senderId: number) => BridgeReply<V> | Promise<BridgeReply<V>>,
): void {
  ipcMain.handle(ipcChannels[verb], (event, ...args) => {
    if (!accepted(verb, event, args, ctx)) throw new IpcRefused(`refused ${ipcChannels[verb]}`);
    return handler(args[0] as BridgeArgument<V>, event.sender.id);
  });
}

/** Registers a one-way handler; a refused message is dropped. */
export function handleSend<V extends SendVerb>(
  ipcMain: IpcMainLike,
  verb: V,
  ctx: GuardContext,
  handler: (arg: BridgeArgument<V>, senderId: number) => void,
): void {
  ipcMain.on(ipcChannels[verb], (event, ...args) => {
    if (accepted(verb, event, args, ctx)) handler(args[0] as BridgeArgument<V>, event.sender.id);
  });
}
