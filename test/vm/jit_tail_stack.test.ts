// Compiled code that never names r10 has no hot test for the entry stack (jit.ts hotStack): no
// pointer into that stack can be made without r10, but one can be handed over by a tail call's
// caller (registers carry over to the program tail-called). Such a load must take the general
// path and read what the interpreter reads; and a store through it must land as the
// interpreter's does.
import { describe, expect, it } from "vitest";
import { assemble } from "../../src/core/asm/index.ts";
import { compile } from "../../src/core/vm/jit.ts";
import { predecode } from "../../src/core/vm/decode.ts";
import { ProgArrayMap } from "../../src/core/vm/maps/index.ts";
import { Runner } from "../../src/core/vm/runner.ts";

const PACKET = Uint8Array.from({ length: 64 }, (_, k) => (k * 7 + 1) & 0xff);

/** Writes 0x1122334455667788 at fp-8, points r6 at it, and tail-calls slot 0 of `progs`. */
const CALLER = `
.section xdp
.map progs, type=prog_array, key_size=4, value_size=4, max_entries=1
  r2 = 0x1122334455667788 ll
  *(u64 *)(r10 - 8) = r2
  r6 = r10
  r6 += -8
  r2 = map[progs] ll
  r3 = 0
  call bpf_tail_call
  r0 = 99
  exit`;

function program(text: string) {
  const a = assemble(text);
  if (!a.program || a.diagnostics.some((d) => d.severity === "error")) throw new Error(JSON.stringify(a.diagnostics));
  return a.program;
}

/** [compiled, interpreted]: r0 and the entry stack's last 16 bytes after a run of CALLER that tail-calls `callee`. */
function runBoth(callee: string) {
  const target = program(callee);
  const runner = Runner.create({ program: program(CALLER), progType: "xdp" });
  if (typeof runner === "string") throw new Error(runner);
  const progs = runner.maps.byName("progs");
  if (!(progs instanceof ProgArrayMap)) throw new Error("no prog array");
  progs.set(0, { name: "target", insns: target.insns });
  return [true, false].map((jit) => {
    runner.run({ packet: PACKET }); // makes the Run (compiled by default)
    runner.current!.machine.jit = jit;
    const res = runner.run({ packet: PACKET });
    const stack = runner.current!.machine.frames[0].stack.bytes;
    return { status: res.status, r0: res.r0?.toString(16), insns: res.insns, stack: Buffer.from(stack.subarray(stack.length - 16)).toString("hex") };
  });
}

describe("a tail-called program that never names r10, through a stack pointer from its caller", () => {
  it("its compiled code has no entry stack test (the path under test)", () => {
    const code = compile(predecode(program("  r0 = *(u64 *)(r6 + 0)\n  exit").insns), {});
    expect(code.entry?.toString()).toBeDefined();
    expect(code.entry!.toString()).not.toContain("SH");
    expect(compile(predecode(program(CALLER).insns), {}).any.toString()).toContain("SH");
  });

  it("loads read the caller's stack as the interpreter does", () => {
    for (const [size, want] of [["u64", "1122334455667788"], ["u32", "55667788"], ["u16", "7788"], ["u8", "88"]]) {
      const [jit, interp] = runBoth(`  r0 = *(${size} *)(r6 + 0)\n  exit`);
      expect(jit).toEqual(interp);
      expect(jit.r0).toBe(want);
    }
  });

  it("stores land in the caller's stack as the interpreter's do, and a load past the stack faults alike", () => {
    const [jit, interp] = runBoth("  r1 = 0x55\n  *(u8 *)(r6 + 1) = r1\n  *(u32 *)(r6 - 4) = r1\n  r0 = *(u64 *)(r6 + 0)\n  exit");
    expect(jit).toEqual(interp);
    expect(jit.r0).toBe("1122334455665588");
    const [jitOut, interpOut] = runBoth("  r0 = *(u64 *)(r6 + 8)\n  exit");
    expect(jitOut).toEqual(interpOut);
    expect(jitOut.status).toBe("fault");
  });
});
