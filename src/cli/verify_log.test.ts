// `bpfplay verify` at log level 1 verifies without a log first and builds the log only for a
// rejection: that is the same output only while an accepted program's level-1 log is exactly
// what a verification without a log gives (the statistics line). This holds that.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assemble } from "../core/asm/index.ts";
import { verify } from "../core/verifier/index.ts";

const programs: Record<string, string> = {
  "straight line": "r0 = 1\nr1 = r0\nr0 += r1\nexit",
  "a bounded loop": "r0 = 0\nr1 = 0\nloop:\nr0 += r1\nr1 += 1\nif r1 < 100 goto loop\nexit",
  "a diamond on a packet length": "r2 = *(u32 *)(r1 + 4)\nr3 = *(u32 *)(r1 + 0)\nr0 = 1\nif r2 > r3 goto out\nr0 = 2\nout:\nexit",
  "the bench's ALU loop": readFileSync(new URL("../../test/bench/programs/alu_loop.s", import.meta.url), "utf8"),
};

describe("an accepted program's level-1 log", () => {
  for (const [name, text] of Object.entries(programs)) {
    it(`is the log of a verification without one: ${name}`, () => {
      const { program, diagnostics } = assemble(text);
      expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const quiet = verify(program, { progType: "xdp", logLevel: 0, keepStates: 0 });
      const logged = verify(program, { progType: "xdp", logLevel: 1, keepStates: 0 });
      expect(logged.accepted).toBe(true);
      expect(quiet.accepted).toBe(true);
      expect(quiet.log).toBe(logged.log);
      expect(quiet.log).toMatch(/^processed \d+ insns \(limit 1000000\) max_states_per_insn \d+ total_states \d+ peak_states \d+ mark_read \d+\n$/);
    });
  }
});
