// What the engine made of the document: the listing, the diagnostics, the line table, the
// programs the text defines and the one Program the verifier and the debugger are given.
// Replaced whole by each reply; never edited in place.

import { create } from "zustand";
import type { Built, Diagnostic, EditorSymbols, Language } from "../../protocol/index.ts";

export type BuildStatus = "idle" | "building" | "ready" | "failed";

/** The reply's fields the store keeps as they came (described on Built, in the protocol). */
type FromReply = Pick<Built, "listing" | "diagnostics" | "lines" | "slots" | "programs" | "entry" | "program" | "problem" | "progType" | "symbols" | "shown" | "kernelLog"> &
  Partial<Pick<Built, "ms">>; // (none before the first build)

interface BuildState extends FromReply {
  readonly status: BuildStatus;
  /** The language of the build shown: an object's or a log's is C when it shows C lines. */
  readonly language?: Language;
  /** Why the engine could not answer (a worker failure, not a problem in the text). */
  readonly failure?: string;
  /**
   * The document changed after the build shown here was asked for: a newer build is on its
   * way, and a debug command given now waits for it (its breakpoints are on the new lines).
   */
  readonly behind: boolean;
  /** The document changed; a build of it will follow. */
  outdated(): void;
  building(): void;
  /** `current`: the reply is for the document as it is now. */
  built(reply: Built, current?: boolean): void;
  failed(message: string): void;
}

/**
 * While the text does not compile, what the editor offers falls back on the last build that
 * knew more: a half-typed line must not make the maps and structs vanish from completion.
 */
function keptSymbols(prev: EditorSymbols, r: Built): EditorSymbols {
  if (r.program) return r.symbols;
  const s = r.symbols;
  return { maps: s.maps.length ? s.maps : prev.maps, records: s.records.length ? s.records : prev.records, functions: s.functions.length ? s.functions : prev.functions };
}

export const useBuild = create<BuildState>()((set) => ({
  status: "idle",
  listing: [],
  diagnostics: [],
  lines: [],
  slots: 0,
  programs: [],
  entry: -1,
  symbols: { maps: [], records: [], functions: [] },
  behind: false,
  outdated: () => set({ behind: true }),
  building: () => set({ status: "building" }),
  built: (r, current = true) =>
    set((prev) => ({
      status: "ready",
      // an object's or a log's build is C (stepping by line, locals) when it shows C lines, else assembly
      language: r.shown ? r.shown.language : r.language,
      listing: r.listing,
      diagnostics: r.diagnostics,
      lines: r.lines,
      slots: r.slots,
      programs: r.programs,
      entry: r.entry,
      program: r.program,
      problem: r.problem,
      progType: r.progType,
      symbols: keptSymbols(prev.symbols, r),
      shown: r.shown,
      kernelLog: r.kernelLog,
      ms: r.ms,
      failure: undefined,
      behind: !current,
    })),
  failed: (failure) => set({ status: "failed", failure, program: undefined, behind: false }),
}));

export const errorCount = (ds: readonly Diagnostic[]): number => ds.filter((d) => d.severity === "error").length;
export const warningCount = (ds: readonly Diagnostic[]): number => ds.filter((d) => d.severity === "warning").length;
