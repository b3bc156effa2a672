// Compiled code's hot regions (jit.ts hotRegions): accesses to the packet and the entry stack
// are checked against locals the prologue took, not through the region table. Against the
// interpreter, the reference: loads and stores of every size at and just past each end of the
// packet and the stack (in bounds, and the faults), a scalar whose high word is the no-packet
// sentinel, strict alignment, and a watcher on writes (the debugger's undo) that must see them.
import { describe, expect, it } from "vitest";
import { runBoth } from "./run_both.ts";
import type { RunBothOptions } from "./run_both.ts";

const PACKET = Uint8Array.from({ length: 64 }, (_, k) => (k * 29 + 3) & 0xff);
const SIZES = [
  ["u8", 1],
  ["u16", 2],
  ["u32", 4],
  ["u64", 8],
] as const;

type Options = Omit<RunBothOptions, "packet">;

/** r6 = the packet's start, r7 = its end (xdp_md data, data_end). */
const XDP_PTRS = ["  r6 = *(u32 *)(r1 + 0)", "  r7 = *(u32 *)(r1 + 4)", "  r0 = 0"];

function expectSame(text: string, o?: Options): { kind: string } {
  const [interp, jit] = runBoth(text, { packet: PACKET, ...o });
  expect({ text, ...jit }).toEqual({ text, ...interp });
  return interp.stop;
}

describe("compiled code's hot regions agree with the interpreter", () => {
  it("packet loads and stores of every size at both ends, in bounds and one byte out", () => {
    const kinds = new Set<string>();
    for (const [t, size] of SIZES) {
      for (const [base, off] of [
        ["r6", 0],
        ["r6", -1],
        ["r7", -size],
        ["r7", 1 - size],
      ] as const) {
        kinds.add(expectSame([...XDP_PTRS, `  r0 = *(${t} *)(${base} + ${off})`, "  exit"].join("\n")).kind);
        kinds.add(expectSame([...XDP_PTRS, `  r3 = 0x1122334455667788 ll`, `  *(${t} *)(${base} + ${off}) = r3`, `  r0 = *(u64 *)(r6 + 0)`, "  exit"].join("\n")).kind);
        kinds.add(expectSame([...XDP_PTRS, `  *(${t} *)(${base} + ${off}) = -7`, "  exit"].join("\n")).kind);
      }
    }
    // both outcomes were tried: accesses in bounds and faults past the ends
    expect([...kinds].sort()).toEqual(["exit", "fault"]);
  });

  it("entry stack loads and stores of every size at both ends, in bounds and one byte out", () => {
    for (const [t, size] of SIZES) {
      for (const off of [-512, -513, -size, 1 - size]) {
        expectSame([`  r3 = -2`, `  *(${t} *)(r10 ${off < 0 ? "-" : "+"} ${Math.abs(off)}) = r3`, `  r0 = *(${t} *)(r10 ${off < 0 ? "-" : "+"} ${Math.abs(off)})`, "  exit"].join("\n"));
        // through a copy of r10 moved out of the stack and back
        expectSame([`  r2 = r10`, `  r2 += ${off - 4096}`, `  r2 += 4096`, `  *(${t} *)(r2 + 0) = 5`, `  r0 = *(${t} *)(r2 + 0)`, "  exit"].join("\n"));
      }
    }
  });

  it("a scalar whose high word is 1 (the no-packet sentinel) faults in both, with and without a packet", () => {
    for (const progType of ["xdp", "socket_filter"]) {
      for (const [t] of SIZES) {
        expect(expectSame(["  r1 = 0x100001000 ll", `  r0 = *(${t} *)(r1 + 0)`, "  exit"].join("\n"), { progType }).kind).toBe("fault");
        expect(expectSame(["  r1 = 0x100001000 ll", `  *(${t} *)(r1 + 0) = 1`, "  exit"].join("\n"), { progType }).kind).toBe("fault");
      }
    }
  });

  it("a socket buffer's packet: loads and stores at its ends", () => {
    const ptrs = ["  r6 = *(u32 *)(r1 + 76)", "  r7 = *(u32 *)(r1 + 80)", "  r0 = 0"];
    for (const [t, size] of SIZES) {
      for (const [base, off] of [
        ["r6", 0],
        ["r7", -size],
        ["r7", 1 - size],
      ] as const) {
        expectSame([...ptrs, `  r0 = *(${t} *)(${base} + ${off})`, "  exit"].join("\n"), { progType: "sched_cls" });
        expectSame([...ptrs, `  *(${t} *)(${base} + ${off}) = 9`, "  exit"].join("\n"), { progType: "sched_cls" });
      }
    }
  });

  it("an address whose low word carries into (or borrows from) its high word is not the packet's nor the stack's", () => {
    // r2: the packet's (or the stack's) high word with the low word 0xfffffff0; adding an offset
    // carries, so the address is past 2^32 of the region's, though its low word alone would
    // land in the region (offsets 4368 and on: the packet's start at 4096 + 256, the stack's at
    // 4096) or just below it (16, 4096); then the low word 8 less 16 and 32768, which borrow
    const up = (base: string, top: number) => [...XDP_PTRS, `  r2 = ${base}`, `  r3 = ${0xfffffff0 - top} ll`, "  r2 += r3"];
    const down = (base: string) => [...XDP_PTRS, `  r2 = ${base}`, "  r2 >>= 32", "  r2 <<= 32", "  r2 += 8"];
    const inPacketIfCarryLost: string[] = [];
    for (const [t] of SIZES) {
      for (const [pre, off] of [
        ...[16, 4096, 4368, 4376, 4112, 4200].flatMap((o) => [[up("r6", 0x1100), o] as const, [up("r10", 0x1200), o] as const]),
        ...[-16, -32768].flatMap((o) => [[down("r6"), o] as const, [down("r10"), o] as const]),
      ]) {
        for (const body of [`  r0 = *(${t} *)(r2 ${off < 0 ? "-" : "+"} ${Math.abs(off)})`, `  *(${t} *)(r2 ${off < 0 ? "-" : "+"} ${Math.abs(off)}) = 3`]) {
          const stop = expectSame([...pre, body, "  r0 = 0", "  exit"].join("\n"));
          if (pre[3] === "  r2 = r6" && pre[4].includes(String(0xfffffff0 - 0x1100)) && (off === 4368 || off === 4376)) inPacketIfCarryLost.push(stop.kind);
        }
      }
    }
    // the low words of these land in the packet; with the carry they are past it, in no region
    expect(inPacketIfCarryLost).toEqual(Array(SIZES.length * 2 * 2).fill("fault"));
  });

  it("strict alignment: misaligned packet and stack accesses fault in both", () => {
    expect(expectSame([...XDP_PTRS, "  r0 = *(u32 *)(r6 + 1)", "  exit"].join("\n"), { strictAlign: true }).kind).toBe("fault");
    expect(expectSame([...XDP_PTRS, "  *(u16 *)(r6 + 1) = 1", "  exit"].join("\n"), { strictAlign: true }).kind).toBe("fault");
    expect(expectSame(["  *(u32 *)(r10 - 6) = 1", "  r0 = 0", "  exit"].join("\n"), { strictAlign: true }).kind).toBe("fault");
    expect(expectSame([...XDP_PTRS, "  r0 = *(u32 *)(r6 + 2)", "  *(u64 *)(r10 - 8) = r0", "  exit"].join("\n"), { strictAlign: true }).kind).toBe("exit");
  });

  it("a watcher on writes sees every packet and stack store", () => {
    const [interp] = runBoth([...XDP_PTRS, "  *(u8 *)(r6 + 3) = 1", "  *(u64 *)(r10 - 8) = r6", "  r3 = 7", "  *(u32 *)(r6 + 8) = r3", "  exit"].join("\n"), { packet: PACKET, watch: true });
    expect(interp.writes).toHaveLength(3);
    expectSame([...XDP_PTRS, "  *(u8 *)(r6 + 3) = 1", "  *(u64 *)(r10 - 8) = r6", "  r3 = 7", "  *(u32 *)(r6 + 8) = r3", "  exit"].join("\n"), { watch: true });
  });
});
