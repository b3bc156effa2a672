// Pointers read the same in the Registers pane (snapshot) and the Locals view: packet offsets
// count from `data`, as the program and the verifier count them, not from the start of the
// buffer with its XDP headroom in front.
import { describe, expect, it } from "vitest";
import { assemble } from "../asm/index.ts";
import { progTypeByName } from "../isa/progtypes.ts";
import { Debugger } from "./debugger.ts";
import { createMapSet } from "./mapset.ts";
import { describePointer } from "./pointer.ts";
import { snapshot } from "./snapshot.ts";
import { createWorld } from "./world.ts";

function at(text: string, steps: number, progType = "xdp"): { dbg: Debugger; maps: ReturnType<typeof createMapSet> } {
  const a = assemble(text);
  expect(a.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const maps = createMapSet(a.program.maps, 2);
  if (typeof maps === "string") throw new Error(maps);
  const dbg = new Debugger({ program: a.program, progType: progTypeByName(progType)!, input: { packet: new Uint8Array(64) }, maps, world: createWorld(1) });
  for (let k = 0; k < steps; k++) dbg.stepInto();
  return { dbg, maps };
}

describe("pointer descriptions", () => {
  it("name packet offsets from data in the Registers pane, as Locals does", () => {
    const { dbg, maps } = at("r2 = *(u32 *)(r1 + 0)\nr3 = *(u32 *)(r1 + 4)\nr4 = r2\nr4 += 14\nr5 = r10\nr5 += -16\nr0 = 2\nexit", 6);
    if (typeof maps === "string") throw new Error(maps);
    const regs = snapshot(dbg, maps).regs;
    expect(regs[1].points).toBe("ctx");
    expect(regs[2].points).toBe("packet + 0");
    expect(regs[3].points).toBe("packet + 64 (data_end)");
    expect(regs[4].points).toBe("packet + 14");
    expect(regs[5].points).toBe("stack fp-16");
    expect(regs[10].points).toBe("stack fp");
    expect(regs[0].points).toBeUndefined();
    expect(describePointer(dbg.run, dbg.run.machine.reg(4))).toBe(regs[4].points);
    expect(describePointer(dbg.run, 0n)).toBe("NULL");
  });
});
