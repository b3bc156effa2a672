// The UI ⇄ worker seam. Both ends are checked by the compiler against these unions; the
// version travels in every message so a stale cached worker cannot be misread.
//
// Requests carry an id; the reply echoes it. An assemble reply whose id is older than the
// newest assemble request is ignored (the user has typed since). Debug requests get no
// paired reply: the worker's one session answers with debug states (debug.ts). Verifying
// goes to a worker of its own (verify.ts), which the UI restarts when a newer text comes.

import type { Dialect, ListingLine } from "../core/asm/types.ts";
import type { Diagnostic } from "../core/diag.ts";
import type { DebugReply, DebugRequest } from "./debug.ts";
import type { Verified, VerifyRequest } from "./verify.ts";
import { PROTOCOL_VERSION } from "./version.ts";

export { PROTOCOL_VERSION };
export { CFG_METRICS } from "./verify.ts";
export type { Dialect, Diagnostic, ListingLine };
export type * from "./debug.ts";
export type * from "./verify.ts";

/** One instruction of the listing, with where it came from and what it is. */
export interface ListingRow extends ListingLine {
  /** Source line (1-based) of the instruction's first slot; 0 where there is none. */
  readonly line: number;
  /** One-line description of the instruction form, for hovers. */
  readonly description?: string;
}

export interface AssembleRequest {
  readonly type: "assemble";
  readonly v: typeof PROTOCOL_VERSION;
  readonly id: number;
  readonly text: string;
  readonly dialect: Dialect;
}

export type ToWorker = AssembleRequest | DebugRequest;

export interface Assembled {
  readonly type: "assembled";
  readonly v: typeof PROTOCOL_VERSION;
  readonly id: number;
  readonly listing: readonly ListingRow[];
  readonly diagnostics: readonly Diagnostic[];
  /** Source line of each slot (Program.lines). */
  readonly lines: readonly number[];
  /** Number of 8-byte slots (ld_imm64 takes two). */
  readonly slots: number;
}

/** The worker itself went wrong (a bug, or a version mismatch); the text is never at fault. */
export interface WorkerFailure {
  readonly type: "failure";
  readonly v: typeof PROTOCOL_VERSION;
  readonly id: number;
  readonly message: string;
}

export type FromWorker = Assembled | WorkerFailure | DebugReply;

/** The verifier's worker takes only verify requests. */
export type ToVerifier = VerifyRequest;
export type FromVerifier = Verified | WorkerFailure;

/** Replies paired with the request type that asks for them. */
export interface ReplyTo {
  readonly assemble: Assembled;
}
