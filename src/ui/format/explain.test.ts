// Every rejection code the verifier has (core/verifier/codes.ts) has its own plain-language
// explanation, and the words follow the rejection's parameters, never its text.

import { describe, expect, it } from "vitest";
import { REJECTIONS, VERIFIER_CODES } from "../../core/verifier/codes.ts";
import type { Param } from "../../core/verifier/codes.ts";
import { explain } from "./explain.ts";

/** Parameters of every name any template reads, with values that fit each. */
const SAMPLE: Readonly<Record<string, Param>> = {
  regno: 2, off: 8, size: 4, insn: 3, from: 1, to: 9, frames: 9, calls: 2, processed: 1000001, jumps: 8193, opcode: 0x8d, imm: 1,
  fd: 7, btfId: 5, valueSize: 8, memSize: 16, id: 1, range: 0, allocInsn: 4, mapType: 1, shift: 64, insnOff: 0,
  type: "scalar", expected: "map_ptr", op: "*=", value: "1", varOff: "(0x0; 0xff)", what: "", dir: "read from", bound: "max",
  field: "key", func: "bpf_map_lookup_elem", at: "tail_call", has: "smin=0 smax=5", lo: "0", hi: "1", umin: "0", umax: "0",
  cur: " R0=0 R1=ctx() R10=fp0", old: " R0=0 R1=ctx() R10=fp0", depth: 304, mask: "1",
};

describe("the explanation table", () => {
  it("explains every code in the registry, in words of its own", () => {
    expect(VERIFIER_CODES.length).toBeGreaterThan(90);
    const missing = VERIFIER_CODES.filter((c) => explain(c, SAMPLE).id !== c);
    expect(missing).toEqual([]);
    for (const c of VERIFIER_CODES) {
      const e = explain(c, SAMPLE);
      expect(e.meaning.length, c).toBeGreaterThan(20);
      expect(e.fix.length, c).toBeGreaterThan(10);
    }
  });

  it("renders every template from the sample parameters without a hole", () => {
    for (const c of VERIFIER_CODES) {
      const t = REJECTIONS[c] as { message: (p: unknown) => string; detail?: (p: unknown) => string };
      expect(t.message(SAMPLE), c).not.toMatch(/undefined|NaN|\[object/);
      if (t.detail) expect(t.detail(SAMPLE), c).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  it("gives the general words for a code it does not know, and for missing parameters", () => {
    expect(explain("no-such-code").id).toBe("general");
    expect(explain("bad-deref", {}).id).toBe("general");
    expect(explain("stack-size").id).toBe("stack-size");
  });
});

describe("explain", () => {
  const cases: [code: string, params: Readonly<Record<string, Param>>, says: RegExp][] = [
    ["uninit-reg", { regno: 2 }, /reads register r2 before writing it on this path/],
    ["uninit-reg", { regno: 0 }, /return value/],
    ["pkt-bounds", { off: 0, size: 1, regno: 1, id: 0, range: 0 }, /data_end/],
    ["bad-deref", { regno: 0, type: "map_value_or_null" }, /may be NULL here \(map_value_or_null\)/],
    ["bad-deref", { regno: 0, type: "sock_common_or_null" }, /socket lookup/],
    ["bad-deref", { regno: 1, type: "mem_or_null" }, /global function is verified on its own/],
    ["global-args", { what: "R1 is not a scalar", id: 1, func: "f" }, /'f' is a global function/],
    ["bad-deref", { regno: 3, type: "scalar" }, /number, not a pointer/],
    ["map-bounds", { valueSize: 8, off: 8, size: 8, regno: 1, bound: "max" }, /value_size/],
    ["ctx-access", { off: 24, size: 4 }, /context/],
    ["arg-type", { regno: 1, type: "scalar", expected: "map_ptr" }, /The first argument \(r1\) of the call is a plain number, but the helper expects a map/],
    ["arg-type", { regno: 2, type: "scalar", expected: "fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_" }, /expects a pointer to memory/],
    ["arg-type", { regno: 1, type: "scalar", expected: "sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_" }, /expects a socket pointer/],
    ["arg-type", { regno: 2, type: "pkt", expected: "fp" }, /Copy the bytes to the stack/],
    ["unreachable", { insn: 2 }, /No path/],
    ["jump-range", { from: 1, to: 7 }, /outside the program/],
    ["fall-off", {}, /past the last instruction/],
    ["infinite-loop", { insn: 2 }, /same state/],
    ["too-large", { processed: 1000001 }, /million/],
    ["too-large", { processed: 1000001, stoppedAt: 4, loopHeader: 2, loopLatch: 3, turns: 9999 }, /ran out at insn 4, on a path that went round the loop of insns 2–3 9999 times/],
    ["stack-bounds", { dir: "write to", regno: 10, off: -520, size: 8 }, /-512\.\.-1/],
    ["ptr-arith-op", { regno: 1, op: "*=" }, /pointer/],
    ["ref-leak", { id: 2, allocInsn: 7, at: "BPF_EXIT instruction in main prog" }, /bpf_ringbuf_submit/],
    ["ref-leak", { id: 2, allocInsn: 7, at: "BPF_EXIT instruction in main prog" }, /bpf_sk_release/],
    ["div-zero", {}, /x \/ 0 = 0/],
    ["bad-shift", { shift: 64 }, /0–63/],
    ["ret-range", { has: "smin=0 smax=5", lo: "0", hi: "1" }, /0 or 1/],
    ["fp-write", {}, /r2 = r10/],
    ["release-unreferenced", { regno: 1 }, /skb->sk/],
    ["sock-write", { regno: 0, type: "sock" }, /never written/],
    ["sock-access", { regno: 0, type: "sock_common", off: 16, size: 4 }, /offset 16 with 4 bytes/],
    ["ctx-conversion", {}, /\(u64 \*\)/],
    ["unknown-opcode", { opcode: 0x8d }, /unknown opcode/],
  ];
  for (const [code, params, says] of cases) {
    it(`${code}: ${(REJECTIONS[code as keyof typeof REJECTIONS].message as (p: unknown) => string)(params)}`, () => {
      const e = explain(code, params);
      expect(e.id).toBe(code);
      expect(`${e.meaning} ${e.fix}`).toMatch(says);
    });
  }
});
