import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseKernelLog } from "./parse.ts";

const SAMPLE = `func#0 @0
Live regs before insn:
      0: .1........ (62) *(u32 *)(r10 -4) = 0
      1: .1........ (bf) r2 = r10
0: R1=ctx() R10=fp0
0: (62) *(u32 *)(r10 -4) = 0          ; R10=fp0 fp-8=0000????
1: (bf) r2 = r10                      ; R2_w=fp0 R10=fp0
2: (15) if r0 == 0x0 goto pc+1 4: R0=0 R10=fp0
3: (85) call bpf_map_lookup_elem#1
R1 type=ctx expected=map_ptr
processed 4 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0`;

describe("parseKernelLog", () => {
  it("reads instructions, states after and at jump targets, the error and the statistics", () => {
    const r = parseKernelLog(SAMPLE);
    expect(r.level).toBe(2);
    expect(r.unread).toEqual([]);
    expect(r.instructions.map((i) => [i.pc, i.text])).toEqual([[0, "*(u32 *)(r10 -4) = 0"], [1, "r2 = r10"], [2, "if r0 == 0x0 goto pc+1"], [3, "call bpf_map_lookup_elem#1"]]);
    expect(r.instructions[2].insns).toEqual([{ code: 0x15, dst: 0, src: 0, off: 1, imm: 0 }]);
    expect(r.states.find((s) => s.pc === 1 && s.after)?.written).toEqual(["R2"]);
    expect(r.states.find((s) => s.from === 2)).toMatchObject({ pc: 4, values: { R0: "0", R10: "fp0" } });
    expect(r.error).toEqual({ pc: 3, message: "R1 type=ctx expected=map_ptr", lines: ["R1 type=ctx expected=map_ptr"] });
    expect(r.processed).toBe(4);
  });

  it("reads the state of a path pushed to run an instruction again, printed on that instruction's line (level 1)", () => {
    // (6.18's maybe_fork_scalars: `r3 |= 8` with r3 -1 or 0 pushes a path that runs it with r3 0)
    const r = parseKernelLog(["3: (c7) r3 s>>= 63", "4: (47) r3 |= 8 4: R0=scalar(id=1) R3=0 R10=fp0", "4: (47) r3 |= 8", "5: (95) exit"].join("\n"));
    expect(r.unread).toEqual([]);
    expect(r.instructions.map((i) => [i.pc, i.text])).toEqual([[3, "r3 s>>= 63"], [4, "r3 |= 8"], [5, "exit"]]);
    expect(r.states.find((s) => s.from === 4)).toMatchObject({ pc: 4, values: { R3: "0", R10: "fp0" } });
  });

  it("never throws on any text or on a damaged log, and keeps what it cannot read", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (t) => void parseKernelLog(t)), { numRuns: 500 });
    const lines = SAMPLE.split("\n");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: lines.length - 1 }), fc.integer({ min: 0, max: 60 }), fc.string({ maxLength: 4 }), (n, at, ins) => {
        const copy = [...lines];
        copy[n] = copy[n].slice(0, at) + ins + copy[n].slice(at);
        const r = parseKernelLog(copy.join("\n"));
        expect(r.instructions.length + r.unread.length + (r.error?.lines.length ?? 0)).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
