// Fuzzing compile(): random token streams, mutated realistic programs and very deep nesting never
// make it throw, overflow the stack or run past a time bound, and every diagnostic it gives has a
// file, line and column inside the input. Fixed seeds, bounded runs: the same inputs every time.
// Inputs that showed a bug are kept, minimised, in test/cc/random/found/ and listed in
// test/cc/random/known.ts; an entry that starts to behave fails the test until it is removed.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FOUND_DIR, KNOWN_FOUND } from "../../../test/cc/random/known.ts";
import { robustness } from "../../../test/cc/random/robust.ts";
import { NESTINGS } from "../../../test/cc/random/nesting.ts";
import { mutated, tokenStream } from "../../../test/cc/random/tokens.ts";

const PROGRAMS = join(import.meta.dirname, "../../../test/cc/programs");
/** Realistic programs to mutate: XDP with packet parsing and maps, a socket filter, a kprobe, bitfields. */
const SEEDS = ["real_xdp_port_blocklist.c", "type_socket_filter.c", "trace_kprobe_args.c", "struct_bitfields.c"].map((f) => ({
  file: f,
  source: readFileSync(join(PROGRAMS, f), "utf8"),
}));

const show = (s: string) => (s.length > 600 ? `${s.slice(0, 300)} ... ${s.slice(-300)}` : s);

describe("compile() on random token streams", () => {
  it("returns diagnostics with places inside the input, without a throw, in bounded time", () => {
    let compiled = 0;
    let withErrors = 0;
    fc.assert(
      fc.property(tokenStream(), (src) => {
        const r = robustness(src);
        compiled++;
        if (r.errors) withErrors++;
        if (r.problems.length) throw new Error(`${r.problems.join("\n")}\n--- input ---\n${show(src)}`);
      }),
      { seed: 0x5eed, numRuns: 400, endOnFailure: true },
    );
    // the generator is not so wild that nothing compiles nor so tame that nothing fails
    expect(withErrors).toBeGreaterThan(compiled / 2);
  });
});

describe("compile() on mutated realistic programs", () => {
  it("the unmutated programs compile without an error", () => {
    for (const s of SEEDS) expect(robustness(s.source, s.file).errors, s.file).toBe(0);
  });

  it("deleted, doubled, swapped and replaced tokens give diagnostics with places, without a throw", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS).chain((seed) => fc.tuple(fc.constant(seed), mutated(seed.source))), ([seed, src]) => {
        const r = robustness(src, seed.file);
        if (r.problems.length) throw new Error(`${r.problems.join("\n")}\n--- ${seed.file} mutated ---\n${show(src)}`);
      }),
      { seed: 0xb9f, numRuns: 120, endOnFailure: true },
    );
  });
});

describe("compile() on deep nesting (clang stops at 256 brackets with an error)", () => {
  for (const n of NESTINGS) {
    const known = n.found ? KNOWN_FOUND[n.found] : undefined;
    it(known ? `${n.name} at depth ${n.depth} (known failure: ${n.found})` : `${n.name} at depth ${n.depth}`, () => {
      const r = robustness(n.source(n.depth));
      if (known) expect(r.problems.length, `${n.name} now behaves: remove ${n.found} from KNOWN_FOUND`).toBeGreaterThan(0);
      else expect(r.problems).toEqual([]);
    });
  }
});

describe("the inputs kept in test/cc/random/found/", () => {
  const files = readdirSync(FOUND_DIR).filter((f) => f.endsWith(".c"));
  it("every kept input of the fuzz kind is listed, and every listed one exists", () => {
    for (const name of Object.keys(KNOWN_FOUND)) expect(files, name).toContain(name);
  });
  for (const f of files.filter((x) => KNOWN_FOUND[x]?.kind !== "differential")) {
    const known = KNOWN_FOUND[f];
    it(known ? `${f} (known failure: ${known.what})` : f, () => {
      const r = robustness(readFileSync(join(FOUND_DIR, f), "utf8"), f);
      if (known) expect(r.problems.length, `${f} now behaves: remove it from KNOWN_FOUND`).toBeGreaterThan(0);
      else expect(r.problems).toEqual([]);
    });
  }
});
