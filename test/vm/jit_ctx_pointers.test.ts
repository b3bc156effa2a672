// Context pointer fields (ctx->data, data_end, data_meta, skb->sk) as compiled code reads them
// (jit.ts reads 4-byte packet pointers from RegionHook.pointers without calling the hook) against
// the interpreter, the reference: every size and signedness at each field's offset and its
// neighbours, before and after helpers move the packet's ends.
import { describe, expect, it } from "vitest";
import { runBoth } from "./run_both.ts";
import { field, SK_BUFF, XDP_MD } from "../../src/core/isa/ctx_layouts.ts";
import type { CtxStruct } from "../../src/core/isa/ctx_layouts.ts";

// an IPv4 frame (helpers that grow the packet look at its protocol), the rest bytes that differ
const PACKET = Uint8Array.from({ length: 80 }, (_, k) => (k === 12 ? 8 : k === 13 ? 0 : k === 14 ? 0x45 : k === 16 ? 0 : k === 17 ? 66 : (k * 37 + 11) & 0xff));

/** Loads of every size at `off` and its neighbours, each into r7 and folded into r8 in order (and kept on the stack). */
function loads(off: number, slot: { n: number }): string[] {
  const out: string[] = [];
  for (const at of [off - 1, off, off + 1, off + 4]) {
    if (at < 0) continue;
    for (const t of ["u8", "u16", "u32", "u64", "s8", "s16", "s32"]) {
      out.push(`  r7 = *(${t} *)(r6 + ${at})`, `  r8 *= 3`, `  r8 += r7`, `  *(u64 *)(r10 - ${8 * (1 + (slot.n++ % 60))}) = r7`);
    }
  }
  return out;
}

function program(s: CtxStruct, fields: string[], moves: string[]): string {
  const slot = { n: 0 };
  const body = fields.flatMap((f) => loads(field(s, f).off, slot));
  return ["  r6 = r1", "  r8 = 0", ...body, ...moves, "  r9 = r0", ...body, "  r0 = r8", "  exit"].join("\n");
}

/** What the two runs left that these tests compare: the stop, instructions executed, registers, the stack. */
function runBothCtx(text: string, progType: string) {
  return runBoth(text, { packet: PACKET, progType }).map(({ stop, executed, regs, stack }) => ({ stop, executed, regs, stack }));
}

describe("compiled code reads context pointer fields as the interpreter does", () => {
  it("xdp_md: data, data_end, data_meta, before and after adjust_meta/head/tail", () => {
    const moves = ["  r1 = r6", "  r2 = -8", "  call bpf_xdp_adjust_meta", "  r1 = r6", "  r2 = 6", "  call bpf_xdp_adjust_head", "  r1 = r6", "  r2 = -10", "  call bpf_xdp_adjust_tail"];
    const [interp, jit] = runBothCtx(program(XDP_MD, ["data", "data_end", "data_meta", "ingress_ifindex"], moves), "xdp");
    expect(interp.stop.kind).toBe("exit");
    expect(interp.regs[9]).toBe("0"); // the last helper moved the packet's end
    expect(jit).toEqual(interp);
  });

  for (const type of ["sched_cls", "socket_filter"]) {
    it(`__sk_buff (${type}): data, data_end, data_meta, len, sk, before and after adjust_room`, () => {
      const moves = type === "sched_cls" ? ["  r1 = r6", "  r2 = 8", "  r3 = 0", "  r4 = 0", "  call bpf_skb_adjust_room"] : [];
      const fields = type === "sched_cls" ? ["data", "data_end", "data_meta", "len", "sk"] : ["len", "sk", "protocol"];
      const [interp, jit] = runBothCtx(program(SK_BUFF, fields, moves), type);
      expect(interp.stop.kind).toBe("exit");
      expect(interp.regs[9]).toBe("0"); // adjust_room grew the packet (or nothing moved it)
      expect(jit).toEqual(interp);
    });
  }
});
