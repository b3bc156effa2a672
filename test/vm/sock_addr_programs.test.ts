// cgroup_sock_addr programs in the VM. BPF_PROG_TEST_RUN cannot run the type (Linux 6.18 answers
// ENOTSUPP), so there is no kernel run to compare with: every program of test/verifier/programs
// the kernel accepted as a cgroup_sock_addr hook runs here, interpreted and compiled, to its exit
// with no fault (but a call of a helper the VM lists as a known gap), r0 in the hook's return
// range, and both ways agreeing.
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { progTypeByName } from "../../src/core/isa/progtypes.ts";
import { createMapSet } from "../../src/core/vm/mapset.ts";
import type { MapSet } from "../../src/core/vm/mapset.ts";
import { Run } from "../../src/core/vm/run.ts";
import { createWorld } from "../../src/core/vm/world.ts";
import { NEW_PROTO_GAPS } from "../../src/core/vm/helpers/gaps_new_protos.ts";
import { caseFiles, loadCase, readGolden } from "../verifier/cases.ts";

const golden = readGolden();
const cases = caseFiles()
  .map(loadCase)
  .filter((c) => progTypeByName(c.progType)?.name === "cgroup_sock_addr" && golden[basename(c.file)]?.accepted);

describe("cgroup_sock_addr programs the kernel accepts run in the VM", () => {
  it("there are such programs", () => expect(cases.length).toBeGreaterThanOrEqual(12));
  for (const c of cases) {
    it(c.name, () => {
      const t = progTypeByName(c.progType)!;
      const out = [false, true].map((jit) => {
        const run = new Run({ program: c.program, progType: t, input: {}, maps: createMapSet(c.program.maps, 1) as MapSet, world: createWorld(1) });
        run.machine.jit = jit;
        run.machine.jitMinBudget = 1;
        const stop = run.run(100_000);
        return { stop: stop.kind === "fault" ? stop.fault.message : stop.kind, r0: run.machine.reg(0), ctx: Buffer.from(run.ctx.output().ctx ?? []).toString("hex") };
      });
      expect(out[1]).toEqual(out[0]);
      const gap = /no helper \d+ \(bpf_(\w+)\)/.exec(out[0].stop)?.[1];
      if (gap && gap in NEW_PROTO_GAPS) return;
      expect(out[0].stop).toBe("exit");
      const [lo, hi] = t.returnRange!;
      expect(out[0].r0 >= lo && out[0].r0 <= hi, `r0 ${out[0].r0}`).toBe(true);
    });
  }
});
