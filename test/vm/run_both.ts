// One program run twice on the same input, interpreted (the reference) and compiled (jit.ts), from
// its first instruction (jitMinBudget 1): what each left, for the jit_* tests to compare.
import { assemble } from "../../src/core/asm/index.ts";
import { progTypeByName } from "../../src/core/isa/progtypes.ts";
import { createMapSet } from "../../src/core/vm/mapset.ts";
import type { MapSet } from "../../src/core/vm/mapset.ts";
import { Run } from "../../src/core/vm/run.ts";
import { createWorld } from "../../src/core/vm/world.ts";

export interface RunBothOptions {
  readonly packet: Uint8Array;
  readonly progType?: string;
  readonly strictAlign?: boolean;
  /** Record the writes a watcher (the debugger's undo) sees. */
  readonly watch?: boolean;
}

/** [interpreted, compiled]: the stop, instructions executed, r0-r10, the entry stack, the packet out and the watched writes. */
export function runBoth(text: string, o: RunBothOptions) {
  const a = assemble(text);
  if (!a.program || a.diagnostics.some((d) => d.severity === "error")) throw new Error(JSON.stringify(a.diagnostics));
  return [false, true].map((jit) => {
    const run = new Run({ program: a.program, progType: progTypeByName(o.progType ?? "xdp")!, input: { packet: o.packet }, maps: createMapSet([], 1) as MapSet, world: createWorld(3), strictAlign: o.strictAlign });
    const writes: string[] = [];
    if (o.watch) run.mem.onWrite = (r, at, size) => void writes.push(`${r.name} ${at} ${size}`);
    run.machine.jit = jit;
    run.machine.jitMinBudget = 1;
    const stop = run.run(100_000);
    const m = run.machine;
    return {
      stop: stop.kind === "fault" ? { kind: "fault", pc: stop.fault.pc, message: stop.fault.message } : stop,
      executed: m.executed,
      regs: Array.from({ length: 11 }, (_, k) => m.reg(k).toString(16)),
      stack: Buffer.from(m.frames[0].stack.bytes).toString("hex"),
      packet: Buffer.from(run.ctx.output().packet ?? []).toString("hex"),
      writes,
    };
  });
}
