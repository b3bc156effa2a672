// The only code in the UI that talks to the engine worker. A request resolves with its
// reply, or with `undefined` when a newer request of the same type went out before the
// reply came back: the user has typed since, and the old answer would only flicker.

import type { FromWorker, ReplyTo, ToWorker } from "../protocol/index.ts";
import { PROTOCOL_VERSION } from "../protocol/index.ts";

type Kind = ToWorker["type"];
type Body<K extends Kind> = Omit<Extract<ToWorker, { type: K }>, "type" | "v" | "id">;

export interface WorkerClient {
  /** Rejects only when the worker itself fails; problems in the text come back as diagnostics. */
  request<K extends Kind>(type: K, body: Body<K>): Promise<ReplyTo[K] | undefined>;
  terminate(): void;
}

interface Pending {
  readonly kind: Kind;
  readonly resolve: (reply: FromWorker | undefined) => void;
  readonly reject: (err: Error) => void;
}

export function createWorkerClient(): WorkerClient {
  const worker = new Worker(new URL("../worker/worker.ts", import.meta.url), { type: "module", name: "bpfplay-engine" });
  const pending = new Map<number, Pending>();
  const newest = new Map<Kind, number>();
  let nextId = 1;

  const failAll = (err: Error) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };

  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    const reply = e.data;
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (newest.get(p.kind) !== reply.id) p.resolve(undefined);
    else if (reply.type === "failure") p.reject(new Error(reply.message));
    else p.resolve(reply);
  };
  worker.onerror = (e: ErrorEvent) => failAll(new Error(e.message || "the engine worker failed to start"));

  return {
    request<K extends Kind>(type: K, body: Body<K>): Promise<ReplyTo[K] | undefined> {
      const id = nextId++;
      newest.set(type, id);
      const msg = { ...body, type, v: PROTOCOL_VERSION, id } as ToWorker;
      return new Promise<ReplyTo[K] | undefined>((resolve, reject) => {
        pending.set(id, { kind: type, resolve: resolve as (r: FromWorker | undefined) => void, reject });
        worker.postMessage(msg);
      });
    },
    terminate() {
      worker.terminate();
      failAll(new Error("the engine worker was stopped"));
    },
  };
}
