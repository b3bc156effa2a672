// What the engine made of the document: the listing, the diagnostics and the line table.
// Replaced whole by each reply; never edited in place.

import { create } from "zustand";
import type { Assembled, Diagnostic, ListingRow } from "../../protocol/index.ts";

export type BuildStatus = "idle" | "building" | "ready" | "failed";

interface BuildState {
  readonly status: BuildStatus;
  readonly listing: readonly ListingRow[];
  readonly diagnostics: readonly Diagnostic[];
  /** Source line (1-based) of each slot. */
  readonly lines: readonly number[];
  readonly slots: number;
  /** Why the engine could not answer (a worker failure, not a problem in the text). */
  readonly failure?: string;
  building(): void;
  assembled(reply: Assembled): void;
  failed(message: string): void;
}

export const useBuild = create<BuildState>()((set) => ({
  status: "idle",
  listing: [],
  diagnostics: [],
  lines: [],
  slots: 0,
  building: () => set({ status: "building" }),
  assembled: (r) =>
    set({ status: "ready", listing: r.listing, diagnostics: r.diagnostics, lines: r.lines, slots: r.slots, failure: undefined }),
  failed: (failure) => set({ status: "failed", failure }),
}));

export const errorCount = (ds: readonly Diagnostic[]): number => ds.filter((d) => d.severity === "error").length;
export const warningCount = (ds: readonly Diagnostic[]): number => ds.filter((d) => d.severity === "warning").length;
