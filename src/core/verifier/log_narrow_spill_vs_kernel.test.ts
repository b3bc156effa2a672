// Narrow spills in the log, against the kernel's (6.18) own logs. A scalar stored into the low
// bytes of a stack slot is kept as a spill of that size (mem.ts keeps the size on the slot);
// the kernel prints the bytes above it, then the value: `fp-8=????3`, `fp-8=mmmm4`. Every
// such item in test/verifier/kernel_logs.json (recorded from the kernel with
// test/verifier/logdiff.ts --record) must be printed the same by bpfplay.
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { assemble } from "../asm/index.ts";
import { caseFiles, loadCase } from "../../../test/verifier/cases.ts";
import { verify } from "./index.ts";

const LOGS = join(dirname(fileURLToPath(import.meta.url)), "../../../test/verifier/kernel_logs.json");
const logs = JSON.parse(readFileSync(LOGS, "utf8")) as Record<string, Record<"1" | "2", string[] | null>>;

/** `fp-8=????3`, `fp-8=mmmm4`, `fp-8=????scalar(id=1,...`: the bytes above a narrow spill, then its value. */
const NARROW = /\bfp-\d+=[?m0]{1,7}(?:P?-?\d|P?scalar\()[^ ;]*/g;

/** (eight bytes of kinds, `fp-8=00000000`, are no spill) */
const narrowItems = (lines: readonly string[]) => [...new Set(lines.flatMap((l) => l.match(NARROW) ?? []))].filter((t) => !/=[?m0r]{8}$/.test(t));

describe("narrow spills print as the kernel prints them", () => {
  const withNarrow = Object.entries(logs).filter(([, l]) => narrowItems(l["2"] ?? []).length > 0);

  it("the kernel's logs have narrow spills to compare (the corpus still covers them)", () => {
    expect(withNarrow.map(([n]) => n).length).toBeGreaterThanOrEqual(4);
  });

  for (const [name, l] of withNarrow) {
    it(name, () => {
      const file = caseFiles().find((f) => basename(f) === name);
      if (!file) throw new Error(`${name}: in kernel_logs.json but not in test/verifier/programs`);
      const c = loadCase(file);
      const ours = verify(c.program, { progType: c.progType, logLevel: 2, strictAlign: c.strictAlign }).log.split("\n");
      expect(narrowItems(ours)).toEqual(expect.arrayContaining(narrowItems(l["2"]!)));
    });
  }

  it("a 4-byte store of a constant at a slot's start (the kernel's line from ok_array_const_key_spilled.s)", () => {
    const a = assemble("w1 = 3\n*(u32 *)(r10 - 8) = r1\nr0 = 0\nexit\n");
    const log = verify(a.program, { progType: "xdp", logLevel: 2 }).log;
    expect(log).toContain("1: (63) *(u32 *)(r10 -8) = r1         ; R1=3 R10=fp0 fp-8=????3");
  });
});
