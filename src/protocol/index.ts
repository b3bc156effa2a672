// The UI ⇄ worker seam. Both ends are checked by the compiler against these unions; the
// version travels in every message so a stale cached worker cannot be misread.
//
// Requests carry an id; the reply echoes it. A build reply whose id is older than the
// newest build request is ignored (the user has typed since). The engine builds the text
// once (compiles C, assembles assembly); the Program it answers with is what the verifier
// and the debugger are then given, never the text again. Debug requests get no
// paired reply: the worker's one session answers with debug states (debug.ts). Verifying
// goes to a worker of its own (verify.ts), which the UI restarts when a newer text comes.

import type { Dialect, ListingLine } from "../core/asm/types.ts";
import type { Diagnostic } from "../core/diag.ts";
import type { Program } from "../core/program.ts";
import type { DebugReply, DebugRequest } from "./debug.ts";
import type { LaidOut, LayoutRequest } from "./layout.ts";
import type { Verified, VerifyRequest } from "./verify.ts";
import { PROTOCOL_VERSION } from "./version.ts";

export { PROTOCOL_VERSION };
export { CFG_METRICS } from "./verify.ts";
export { MAX_LAYOUT_BLOCKS, tooMany } from "./layout.ts";
export type { Dialect, Diagnostic, ListingLine, Program };
export type * from "./debug.ts";
export type * from "./verify.ts";
export type * from "./layout.ts";
export type * from "./stream.ts";

/** One instruction of the listing, with where it came from and what it is. */
export interface ListingRow extends ListingLine {
  /** Source line (1-based) of the instruction's first slot; 0 where there is none. */
  readonly line: number;
  /** One-line description of the instruction form, for hovers. */
  readonly description?: string;
}

/**
 * The document's language: restricted C (compiled), eBPF assembly (assembled), an ELF object
 * (`text` is its bytes in base64, read) or a kernel verifier log (`text` is the log, parsed).
 */
export type Language = "c" | "asm" | "object" | "log";

export interface BuildRequest {
  readonly type: "build";
  readonly v: typeof PROTOCOL_VERSION;
  readonly id: number;
  readonly text: string;
  readonly language: Language;
  /** Assembly's dialect; also the dialect the listing is printed in. */
  readonly dialect: Dialect;
  /** Of several SEC() programs, the one to verify and run (its function name); the first when absent or gone. */
  readonly entry?: string;
  /** An object's kernel verifier log, when one was dropped with it. */
  readonly log?: string;
}

/** The document's C compiled whole into an ELF object (the Export menu's `.o`). */
export interface ObjectRequest {
  readonly type: "object";
  readonly v: typeof PROTOCOL_VERSION;
  readonly id: number;
  readonly text: string;
}

export interface ObjectWritten {
  readonly type: "object-written";
  readonly v: typeof PROTOCOL_VERSION;
  readonly id: number;
  readonly bytes?: Uint8Array;
  /** Why there is no object. */
  readonly error?: string;
}

export type ToWorker = BuildRequest | DebugRequest | ObjectRequest;

/** One program of the object: a SEC() function, and the program type its section means. */
export interface ProgramChoice {
  readonly name: string;
  readonly section: string;
  /** Kernel program type name, when the section names one bpfplay knows. */
  readonly progType?: string;
}

/** What the editor offers as completion and hover, taken from the compiled unit. */
export interface EditorSymbols {
  readonly maps: readonly { readonly name: string; readonly type: string; readonly keySize: number; readonly valueSize: number; readonly maxEntries: number }[];
  /** Structs and unions by tag, with their members' names and C types. */
  readonly records: readonly { readonly name: string; readonly size: number; readonly fields: readonly { readonly name: string; readonly type: string; readonly offset: number }[] }[];
  /** Functions the unit defines or declares (helpers excluded), with their C prototype. */
  readonly functions: readonly { readonly name: string; readonly proto: string }[];
}

export interface Built {
  readonly type: "built";
  readonly v: typeof PROTOCOL_VERSION;
  readonly id: number;
  readonly language: Language;
  readonly listing: readonly ListingRow[];
  readonly diagnostics: readonly Diagnostic[];
  /** Source line of each slot in the edited file (Program.lines); 0 for none or another file. */
  readonly lines: readonly number[];
  /** Number of 8-byte slots (ld_imm64 takes two). */
  readonly slots: number;
  /** Every program the text defines (one for assembly). */
  readonly programs: readonly ProgramChoice[];
  /** Index into programs of the one built for verifying and running; -1 when there is none. */
  readonly entry: number;
  /** The program to verify and run; absent when the text has errors or no instructions. */
  readonly program?: Program;
  /** Why there is no program. */
  readonly problem?: string;
  /** The program type the source names (SEC or .section), if it names one. */
  readonly progType?: string;
  readonly symbols: EditorSymbols;
  /** Objects and logs: the text the Source pane shows (read-only) in place of the document's, and where it came from. */
  readonly shown?: { readonly text: string; readonly language: "c" | "asm"; readonly note: string };
  /** A kernel log to show (a log document) or to compare with bpfplay's verdict (an object with its log). */
  readonly kernelLog?: string;
  /** Time the engine took, in milliseconds. */
  readonly ms: number;
}

/** The worker itself went wrong (a bug, or a version mismatch); the text is never at fault. */
export interface WorkerFailure {
  readonly type: "failure";
  readonly v: typeof PROTOCOL_VERSION;
  readonly id: number;
  readonly message: string;
}

export type FromWorker = Built | WorkerFailure | DebugReply | ObjectWritten;

/** The verifier's worker takes only verify requests. */
export type ToVerifier = VerifyRequest;
export type FromVerifier = Verified | WorkerFailure;

/** The CFG layout's worker takes only layout requests (layout.ts). */
export type ToLayout = LayoutRequest;
export type FromLayout = LaidOut | WorkerFailure;

/** Replies paired with the request type that asks for them. */
export interface ReplyTo {
  readonly build: Built;
  readonly object: ObjectWritten;
}
