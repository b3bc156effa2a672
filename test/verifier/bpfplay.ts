// bpfplay's verifier as the differential tests see it: the contract of
// src/core/verifier/index.ts, loaded at run time so that these tests type-check, and their
// reference-only parts run, whatever state the verifier is in.
import type { Program } from "../../src/core/program.ts";

export interface Verdict {
  readonly accepted: boolean;
  /** The first error first, in the kernel's wording. */
  readonly diagnostics: readonly { readonly pc: number; readonly message: string; readonly code: string }[];
  readonly insnsProcessed: number;
  readonly log: string;
}

export type Verify = (program: Program, opts: { progType: string; logLevel?: 0 | 1 | 2; strictAlign?: boolean }) => Verdict;

export async function loadVerifier(): Promise<{ verify: Verify } | { error: string }> {
  const url = new URL("../../src/core/verifier/index.ts", import.meta.url).href;
  try {
    const mod = (await import(/* @vite-ignore */ url)) as { verify?: Verify };
    return typeof mod.verify === "function" ? { verify: mod.verify } : { error: "it exports no verify()" };
  } catch (e) {
    return { error: (e as Error).message };
  }
}
