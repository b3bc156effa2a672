// The only code in the UI that talks to the engine worker. An assemble request resolves
// with its reply, or with `undefined` when a newer assemble request went out before the
// reply came back: the user has typed since, and the old answer would only flicker.
// Debug requests are sent and forgotten; the session's states come back to the listeners.
// Verify requests go to a second worker: one that is still busy when a newer request
// comes is terminated (its answer would be stale) and a fresh one takes the new request.

import type { DebugReply, DebugRequest, FromLayout, FromStream, FromVerifier, FromWorker, LaidOut, ReplyTo, ToLayout, ToStream, ToVerifier, ToWorker, Verified } from "../protocol/index.ts";
import { PROTOCOL_VERSION } from "../protocol/index.ts";

type Kind = keyof ReplyTo;
type DebugKind = DebugRequest["type"];
type Body<K extends ToWorker["type"]> = Omit<Extract<ToWorker, { type: K }>, "type" | "v" | "id">;
export type VerifyBody = Omit<ToVerifier, "type" | "v" | "id">;

export interface WorkerClient {
  /** Rejects only when the worker itself fails; problems in the text come back as diagnostics. */
  request<K extends Kind>(type: K, body: Body<K>): Promise<ReplyTo[K] | undefined>;
  /** Sends a debug request and returns its id; what it leads to arrives through onDebug. */
  debug<K extends DebugKind>(type: K, body: Body<K>): number;
  /** Listens to debug states and errors; returns the function that stops listening. */
  onDebug(listener: (reply: DebugReply) => void): () => void;
  /**
   * Verifies in the verifier's worker. Resolves with `undefined` when a newer verify request
   * superseded this one (the worker verifying it was stopped); rejects when the worker fails.
   */
  verify(body: VerifyBody): Promise<Verified | undefined>;
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

  // The verifier's worker starts with the first request, and again after one was stopped.
  let verifier: Worker | undefined;
  let verifying: { readonly id: number; readonly resolve: (r: Verified | undefined) => void; readonly reject: (err: Error) => void } | undefined;
  const stopVerifier = () => {
    verifier?.terminate();
    verifier = undefined;
    verifying?.resolve(undefined);
    verifying = undefined;
  };
  const startVerifier = (): Worker => {
    const w = new Worker(new URL("../worker/verifier.ts", import.meta.url), { type: "module", name: "bpfplay-verifier" });
    w.onmessage = (e: MessageEvent<FromVerifier>) => {
      const reply = e.data;
      const v = verifying;
      if (!v || v.id !== reply.id) return;
      verifying = undefined;
      if (reply.type === "failure") v.reject(new Error(reply.message));
      else v.resolve(reply);
    };
    w.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      const v = verifying;
      verifying = undefined;
      stopVerifier();
      v?.reject(new Error(e.message || "the verifier's worker failed"));
    };
    return w;
  };

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
    verify(body) {
      if (verifying) stopVerifier();
      verifier ??= startVerifier();
      const id = nextId++;
      const w = verifier;
      return new Promise<Verified | undefined>((resolve, reject) => {
        verifying = { id, resolve, reject };
        w.postMessage({ ...body, type: "verify", v: PROTOCOL_VERSION, id } satisfies ToVerifier);
      });
    },
    terminate() {
      stopVerifier();
      worker.terminate();
      failAll(new Error("the engine worker was stopped"));
    },
  };
}

export type LayoutBody = Omit<ToLayout, "type" | "v" | "id">;

export interface LayoutClient {
  /**
   * Lays a graph out in the layout's worker. Resolves with `undefined` when a newer request
   * (or cancel) superseded this one (the worker laying it out was stopped); rejects when the
   * worker fails.
   */
  layout(body: LayoutBody): Promise<LaidOut | undefined>;
  /** Stops the layout under way, if any: its graph is no longer wanted. */
  cancel(): void;
}

/**
 * The CFG layout's worker, started with the first request and again after one was stopped:
 * dagre cannot be interrupted, so a layout a newer graph supersedes ends with its worker.
 */
export function createLayoutClient(): LayoutClient {
  let worker: Worker | undefined;
  let nextId = 1;
  let busy: { readonly id: number; readonly resolve: (r: LaidOut | undefined) => void; readonly reject: (err: Error) => void } | undefined;
  const stop = () => {
    worker?.terminate();
    worker = undefined;
    busy?.resolve(undefined);
    busy = undefined;
  };
  const start = (): Worker => {
    const w = new Worker(new URL("../worker/layout.ts", import.meta.url), { type: "module", name: "bpfplay-layout" });
    w.onmessage = (e: MessageEvent<FromLayout>) => {
      const reply = e.data;
      const b = busy;
      if (!b || b.id !== reply.id) return;
      busy = undefined;
      if (reply.type === "failure") b.reject(new Error(reply.message));
      else b.resolve(reply);
    };
    w.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      const b = busy;
      busy = undefined;
      stop();
      b?.reject(new Error(e.message || "the layout's worker failed"));
    };
    return w;
  };
  return {
    layout(body) {
      if (busy) stop();
      worker ??= start();
      const w = worker;
      const id = nextId++;
      return new Promise<LaidOut | undefined>((resolve, reject) => {
        busy = { id, resolve, reject };
        w.postMessage({ ...body, type: "layout", v: PROTOCOL_VERSION, id } satisfies ToLayout);
      });
    },
    cancel() {
      if (busy) stop();
    },
  };
}

export type StreamBody<K extends ToStream["type"]> = Omit<Extract<ToStream, { type: K }>, "type" | "v" | "id">;

export interface StreamClient {
  /** Sends a request to the stream worker (started with the first); returns its id. */
  send<K extends ToStream["type"]>(type: K, body: StreamBody<K>): number;
  /** Listens to progress, results and errors; returns the function that stops listening. */
  onMessage(listener: (msg: FromStream) => void): () => void;
}

/** The stream worker (worker/stream.ts): streams run there, apart from the engine and its debugger. */
export function createStreamClient(): StreamClient {
  let worker: Worker | undefined;
  const listeners = new Set<(msg: FromStream) => void>();
  let nextId = 1;
  const start = () => {
    const w = new Worker(new URL("../worker/stream.ts", import.meta.url), { type: "module", name: "bpfplay-stream" });
    w.onmessage = (e: MessageEvent<FromStream>) => listeners.forEach((l) => l(e.data));
    w.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      worker = undefined;
      listeners.forEach((l) => l({ type: "stream-error", v: PROTOCOL_VERSION, id: 0, message: e.message || "the stream worker failed" }));
    };
    return w;
  };
  return {
    send(type, body) {
      worker ??= start();
      const id = nextId++;
      worker.postMessage({ ...body, type, v: PROTOCOL_VERSION, id } as ToStream);
      return id;
    },
    onMessage(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
