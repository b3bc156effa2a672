// The only code in the UI that talks to the engine worker. An assemble request resolves
// with its reply, or with `undefined` when a newer assemble request went out before the
// reply came back: the user has typed since, and the old answer would only flicker.
// Debug requests are sent and forgotten; the session's states come back to the listeners.

import type { DebugReply, DebugRequest, FromWorker, ReplyTo, ToWorker } from "../protocol/index.ts";
import { PROTOCOL_VERSION } from "../protocol/index.ts";

type Kind = keyof ReplyTo;
type DebugKind = DebugRequest["type"];
type Body<K extends ToWorker["type"]> = Omit<Extract<ToWorker, { type: K }>, "type" | "v" | "id">;

export interface WorkerClient {
  /** Rejects only when the worker itself fails; problems in the text come back as diagnostics. */
  request<K extends Kind>(type: K, body: Body<K>): Promise<ReplyTo[K] | undefined>;
  /** Sends a debug request and returns its id; what it leads to arrives through onDebug. */
  debug<K extends DebugKind>(type: K, body: Body<K>): number;
  /** Listens to debug states and errors; returns the function that stops listening. */
  onDebug(listener: (reply: DebugReply) => void): () => void;
  terminate(): void;
}

interface Pending {
  readonly kind: Kind;
  readonly resolve: (reply: FromWorker | undefined) => void;
  readonly reject: (err: Error) => void;
}

const isDebugReply = (r: FromWorker): r is DebugReply => r.type === "debug-state" || r.type === "debug-error";

export function createWorkerClient(): WorkerClient {
  const worker = new Worker(new URL("../worker/worker.ts", import.meta.url), { type: "module", name: "bpfplay-engine" });
  const pending = new Map<number, Pending>();
  const newest = new Map<Kind, number>();
  const listeners = new Set<(reply: DebugReply) => void>();
  let nextId = 1;

  const failAll = (err: Error) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
    for (const l of listeners) l({ type: "debug-error", v: PROTOCOL_VERSION, id: 0, field: "engine", message: err.message });
  };

  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    const reply = e.data;
    if (isDebugReply(reply)) {
      for (const l of listeners) l(reply);
      return;
    }
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (newest.get(p.kind) !== reply.id) p.resolve(undefined);
    else if (reply.type === "failure") p.reject(new Error(reply.message));
    else p.resolve(reply);
  };
  worker.onerror = (e: ErrorEvent) => failAll(new Error(e.message || "the engine worker failed to start"));

  const send = (type: ToWorker["type"], body: object): number => {
    const id = nextId++;
    worker.postMessage({ ...body, type, v: PROTOCOL_VERSION, id } as ToWorker);
    return id;
  };

  return {
    request<K extends Kind>(type: K, body: Body<K>): Promise<ReplyTo[K] | undefined> {
      return new Promise<ReplyTo[K] | undefined>((resolve, reject) => {
        const id = send(type, body);
        newest.set(type, id);
        pending.set(id, { kind: type, resolve: resolve as (r: FromWorker | undefined) => void, reject });
      });
    },
    debug: (type, body) => send(type, body),
    onDebug(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    terminate() {
      worker.terminate();
      failAll(new Error("the engine worker was stopped"));
    },
  };
}
