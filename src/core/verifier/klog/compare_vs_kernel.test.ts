// The comparison of a kernel log with bpfplay's verdict, on the logs the kernel wrote for
// test/verifier/programs (recorded in kernel_logs.json): bpfplay's verifier is checked against the
// kernel elsewhere, so here the comparison must find them agreeing where they agree, and must
// find a difference planted in bpfplay's states.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCase, PROGRAMS } from "../../../../test/verifier/cases.ts";
import { verify } from "../index.ts";
import type { FrameView } from "../view.ts";
import { compareWithLog } from "./compare.ts";
import { parseKernelLog } from "./parse.ts";
import { programOfLog } from "./program.ts";
import { walkOfLog } from "./walk.ts";

const LOGS = JSON.parse(readFileSync(fileURLToPath(new URL("../../../../test/verifier/kernel_logs.json", import.meta.url)), "utf8")) as Record<string, Record<string, string[] | null>>;

function ours(name: string) {
  const c = loadCase(join(PROGRAMS, name));
  const v = verify(c.program, { progType: c.progType, logLevel: 2, keepStates: 8, strictAlign: c.strictAlign });
  const states = Array.from({ length: c.program.insns.length }, (_, pc) => (v.states.get(pc) ?? []) as readonly FrameView[]);
  const d = v.diagnostics[0];
  return { accepted: v.accepted, ...(d ? { errorPc: d.pc, message: d.message } : {}), states };
}

describe("compareWithLog", () => {
  it("finds bpfplay and the kernel agreeing on a rejection they agree on", () => {
    const log = parseKernelLog(LOGS["bad_array_unknown_key_no_null_check.s"]["1"]!.join("\n"));
    const c = compareWithLog(log, ours("bad_array_unknown_key_no_null_check.s"));
    expect(c.kernel.accepted).toBe(false);
    expect(c).toMatchObject({ sameVerdict: true, sameErrorPc: true, sameMessage: true });
    expect(c.compared).toBeGreaterThan(0);
    expect(c.matched).toBe(c.compared);
    expect(c.firstDifference).toBeUndefined();
  });

  it("names the first instruction whose state differs, and a different verdict", () => {
    const log = parseKernelLog(LOGS["bad_array_unknown_key_no_null_check.s"]["2"]!.join("\n"));
    const o = ours("bad_array_unknown_key_no_null_check.s");
    // plant a difference: R1 at the first instruction the log printed a state for
    const at = log.states.find((s) => !s.after)!.pc;
    const planted = o.states.map((fs, pc) => (pc === at ? fs.map((f) => ({ ...f, regs: f.regs.map((r) => (r.no === 1 ? { ...r, reg: { ...r.reg, type: "scalar", value: 7n, off: 0 } } : r)) })) : fs));
    const c = compareWithLog(log, { ...o, accepted: true, errorPc: undefined, message: undefined, states: planted });
    expect(c.sameVerdict).toBe(false);
    expect(c.firstDifference?.pc).toBe(at);
    expect(c.firstDifference?.values.find((v) => v.name === "R1")?.ours).toBe("7");
  });

  it("agrees with most recorded kernel logs on verdict, error instruction and states", () => {
    let logs = 0, verdicts = 0, errorPcs = 0, compared = 0, matched = 0;
    for (const [name, levels] of Object.entries(LOGS)) {
      const lines = levels["2"];
      if (!Array.isArray(lines)) continue;
      const log = parseKernelLog(lines.join("\n"));
      const c = compareWithLog(log, ours(name), walkOfLog(lines.join("\n")));
      logs++;
      if (c.sameVerdict) verdicts++;
      if (c.sameErrorPc) errorPcs++;
      compared += c.compared;
      matched += c.matched;
    }
    console.log(`compare: ${logs} level-2 logs, same verdict ${verdicts}, same error insn ${errorPcs}, states ${matched}/${compared} matched`);
    expect(logs).toBeGreaterThan(300);
    // measured 2026-12-05: 369 logs, 367 same verdict, 343 same error instruction, 2,857 of 3,060 states
    // (whole ones and what was printed after each instruction)
    expect(verdicts / logs).toBeGreaterThan(0.99);
    expect(matched / compared).toBeGreaterThan(0.9);
  }, 180_000); // (every recorded log verified at level 2: about 30 s alone, twice that beside other test files)
});

describe("programOfLog", () => {
  it("rebuilds the printed instructions at their pcs and marks the rest missing", () => {
    const log = parseKernelLog(["0: R1=ctx() R10=fp0", "; int x = 1; @ prog.c:4", "0: (b7) r0 = 1", "; return x; @ prog.c:5", "2: (95) exit", "processed 2 insns (limit 1000000)"].join("\n"));
    const p = programOfLog(log);
    expect(p.program.insns.map((i) => i.code)).toEqual([0xb7, 0, 0x95]);
    expect([...p.missing.keys()]).toEqual([1]);
    expect(p.program.lines).toEqual([4, 4, 5]);
    expect(p.source.split("\n")[3]).toBe("int x = 1;");
  });
});
