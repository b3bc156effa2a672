// The stream worker's messages. A stream (a list of events, or N events a template makes from
// a seed) runs in a worker of its own, in chunks: it posts progress about every 100 ms, takes a
// cancel between chunks, and keeps the finished run so the UI can page through its events, ask
// for the maps after any event, or for what the debugger needs to replay one event with the maps
// as they were before it. The per-event verdict ids and instruction counts come back as typed
// arrays (transferred, not copied): a million events are 6 MB.

import type { StreamEvent, StreamSummary, TemplateError } from "../core/events/stream/index.ts";
import type { KernelEvent } from "../core/events/kernel/index.ts";
import type { Program } from "../core/program.ts";
import type { PROTOCOL_VERSION } from "./version.ts";

export type { StreamEvent, StreamSummary, TemplateError };

export type StreamSource =
  | { readonly kind: "list"; readonly events: readonly StreamEvent[] }
  /** The template in its JSON form (README, "Streams of events"), as text so mistakes have a line and column. */
  | { readonly kind: "generate"; readonly template: string; readonly count: number; readonly seed: number };

/** A map entry to put in before the first event, as hex. */
export interface StreamMapSeed {
  readonly map: string;
  readonly key: string;
  readonly value: string;
}

interface Base {
  readonly v: typeof PROTOCOL_VERSION;
  readonly id: number;
}

export interface StreamRun extends Base {
  readonly type: "stream-run";
  readonly program: Program;
  readonly progType: string;
  readonly source: StreamSource;
  readonly seeds?: readonly StreamMapSeed[];
  readonly budget?: number;
}

/** Stops the run under way between two chunks; what ran so far is kept and summed up. */
export interface StreamCancel extends Base {
  readonly type: "stream-cancel";
}

/** Rows of the last run's event list, from `from`. */
export interface StreamRowsRequest extends Base {
  readonly type: "stream-rows";
  readonly from: number;
  readonly count: number;
}

/** The maps after event `after` of the last run (-1: before the first), replayed. */
export interface StreamMapsRequest extends Base {
  readonly type: "stream-maps";
  readonly after: number;
}

export type ToStream = StreamRun | StreamCancel | StreamRowsRequest | StreamMapsRequest;

export interface StreamProgress extends Base {
  readonly type: "stream-progress";
  readonly done: number;
  readonly total: number;
}

export interface StreamDone extends Base {
  readonly type: "stream-done";
  readonly summary: StreamSummary;
  /** Verdict names by id, in order of first appearance. */
  readonly names: readonly string[];
  readonly verdictOf: Uint16Array;
  readonly insnsOf: Uint32Array;
  readonly cancelled: boolean;
  /** Events in the stream (summary.events ran of them). */
  readonly total: number;
}

export interface StreamRowView {
  readonly index: number;
  readonly description: string;
  readonly verdict: string;
  readonly insns: number;
  readonly fault?: string;
  readonly output: readonly string[];
}

export interface StreamRows extends Base {
  readonly type: "stream-rows";
  readonly rows: readonly StreamRowView[];
}

export interface StreamMapView {
  readonly name: string;
  readonly type: string;
  readonly keySize: number;
  readonly valueSize: number;
  readonly entries: readonly { readonly key: string; readonly value: string }[];
}

export interface StreamMaps extends Base {
  readonly type: "stream-maps";
  readonly after: number;
  readonly maps: readonly StreamMapView[];
  /** Event `after + 1` as the debugger takes it. */
  readonly next?: NextEvent;
}

/**
 * An event as the debugger takes it: the packet or context as hex; a kernel event whole (its
 * process and memory, so helpers and probe reads answer as in the stream); and the world's random
 * state before it, so bpf_get_prandom_u32 gives what the stream's run got.
 */
export interface NextEvent {
  readonly index: number;
  readonly packetHex: string;
  readonly ctxHex: string;
  readonly event?: KernelEvent;
  readonly randomState: number;
}

/** The run could not start (a template mistake has a place), or a request came before any run. */
export interface StreamError extends Base {
  readonly type: "stream-error";
  readonly message: string;
  readonly template?: TemplateError;
}

export type FromStream = StreamProgress | StreamDone | StreamRows | StreamMaps | StreamError;
