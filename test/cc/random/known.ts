// Inputs kept in test/cc/random/found/ that show a bug in bpfplay's compiler, with what is wrong.
// The tests expect each to keep failing and FAIL when one starts to behave: then delete its entry
// (and keep the file: it becomes a regression test). Never add an entry without a failure seen.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Features } from "./expr.ts";

export const FOUND_DIR = join(dirname(fileURLToPath(import.meta.url)), "found");

export interface KnownFound {
  /** "robustness": compile() throws, hangs or misplaces a diagnostic (fuzz.test.ts checks it);
   *  "differential" (files named diff_*.c): its output disagrees with clang's (random_vs_clang.test.ts checks it). */
  readonly kind: "robustness" | "differential";
  readonly what: string;
  /** Generator features (expr.ts) the random test leaves out while this entry stands. */
  readonly avoid?: readonly (keyof Features)[];
}

export const KNOWN_FOUND: Readonly<Record<string, KnownFound>> = {
};
