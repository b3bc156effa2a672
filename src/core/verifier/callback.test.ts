// bpf_loop callbacks: with BTF func_info a function's address is a PTR_TO_FUNC and the callback is
// verified in its own frame, whose exit must return 0 or 1; without func_info the kernel refuses
// the address. (test/elf holds the same against the kernel through libbpf.)
import { describe, expect, it } from "vitest";
import type { Insn } from "../isa/index.ts";
import type { Program } from "../program.ts";
import { verify } from "./index.ts";

const I = (code: number, dst: number, src: number, off: number, imm: number): Insn => ({ code, dst, src, off, imm });
const BPF_LOOP = 181;

/** r1 = 3; r2 = &callback; r3 = 0; r4 = 0; call bpf_loop; r0 = 2; exit; callback: r0 = RET; exit */
function program(ret: number, funcInfo: boolean): Program {
  const insns = [
    I(0xb7, 1, 0, 0, 3),
    I(0x18, 2, 4, 0, 8 - 2), // ld_imm64 src 4: the function at slot 8
    I(0x00, 0, 0, 0, 0),
    I(0xb7, 3, 0, 0, 0),
    I(0xb7, 4, 0, 0, 0),
    I(0x85, 0, 0, 0, BPF_LOOP),
    I(0xb7, 0, 0, 0, 2),
    I(0x95, 0, 0, 0, 0),
    I(0xb7, 0, 0, 0, ret),
    I(0x95, 0, 0, 0, 0),
  ];
  const fi = funcInfo
    ? { funcInfo: [{ pc: 0, name: "prog", linkage: "global" as const, proto: "int (struct xdp_md *ctx)" }, { pc: 8, name: "cb", linkage: "static" as const, proto: "long (__u32 i, void *ctx)" }] }
    : {};
  return { insns, maps: [], lines: insns.map(() => 0), symbols: [], ...fi };
}

describe("bpf_loop callbacks", () => {
  it("verifies the callback in its own frame when the program has func_info", () => {
    const v = verify(program(0, true), { progType: "xdp", logLevel: 2 });
    expect(v.diagnostics).toEqual([]);
    expect(v.accepted).toBe(true);
    // the callback was walked: its instructions were reached, in frame 1
    expect(v.visited.has(8)).toBe(true);
    expect(v.log).toMatch(/8: frame1: R1=scalar\(\) R2=0 R10=fp0/);
  });

  it("refuses a callback whose return is not 0 or 1, in the kernel's words", () => {
    const v = verify(program(7, true), { progType: "xdp", logLevel: 1 });
    expect(v.accepted).toBe(false);
    expect(v.diagnostics[0]).toMatchObject({ pc: 9, message: "At callback return the register R0 has smin=7 smax=7 should have been in [0, 1]" });
  });

  it("takes a loop around the call for no endless loop: states there are compared by ranges, as the kernel's calls_callback", () => {
    // l: r1 = 1; r2 = &cb; r3 = 0; r4 = 0; call bpf_loop; goto l; cb: r0 = 0; exit
    // (Linux 6.18 accepts it, loaded with this func_info on 2026-12-06; bpfplay said "infinite loop detected at insn 5")
    const insns = [I(0xb7, 1, 0, 0, 1), I(0x18, 2, 4, 0, 5), I(0x00, 0, 0, 0, 0), I(0xb7, 3, 0, 0, 0), I(0xb7, 4, 0, 0, 0), I(0x85, 0, 0, 0, BPF_LOOP), I(0x05, 0, 0, -7, 0), I(0xb7, 0, 0, 0, 0), I(0x95, 0, 0, 0, 0)];
    const funcInfo = [{ pc: 0, name: "prog", linkage: "static" as const, proto: "int (void *ctx)" }, { pc: 7, name: "cb", linkage: "static" as const, proto: "int (void)" }];
    const v = verify({ insns, maps: [], lines: insns.map(() => 0), symbols: [], funcInfo }, { progType: "xdp", logLevel: 1 });
    expect(v.diagnostics).toEqual([]);
    expect(v.accepted).toBe(true);
  });

  it("verifies the callback again in the state its run left: safe on the first call, refused on the second", () => {
    // r1 = 2; fp-8 = 0; r3 = fp-8; r2 = &cb; r4 = 0; call bpf_loop; r0 = 2; exit
    // cb: r1 = *(u64 *)(r2 + 0); if r1 != 0 goto +4; r3 = 1; *(u64 *)(r2 + 0) = r3; r0 = 0; exit; r0 = 5; exit
    const insns = [
      I(0xb7, 1, 0, 0, 2), I(0x7a, 10, 0, -8, 0), I(0xbf, 3, 10, 0, 0), I(0x07, 3, 0, 0, -8), I(0x18, 2, 4, 0, 5), I(0x00, 0, 0, 0, 0), I(0xb7, 4, 0, 0, 0), I(0x85, 0, 0, 0, BPF_LOOP), I(0xb7, 0, 0, 0, 2), I(0x95, 0, 0, 0, 0),
      I(0x79, 1, 2, 0, 0), I(0x55, 1, 0, 4, 0), I(0xb7, 3, 0, 0, 1), I(0x7b, 2, 3, 0, 0), I(0xb7, 0, 0, 0, 0), I(0x95, 0, 0, 0, 0), I(0xb7, 0, 0, 0, 5), I(0x95, 0, 0, 0, 0),
    ];
    const funcInfo = [{ pc: 0, name: "prog", linkage: "global" as const, proto: "int (struct xdp_md *ctx)" }, { pc: 10, name: "cb", linkage: "static" as const, proto: "long (__u32 i, void *ctx)" }];
    const v = verify({ insns, maps: [], lines: insns.map(() => 0), symbols: [], funcInfo }, { progType: "xdp", logLevel: 2 });
    expect(v.accepted).toBe(false);
    expect(v.diagnostics[0]).toMatchObject({ pc: 17, message: "At callback return the register R0 has smin=5 smax=5 should have been in [0, 1]" });
    // the exit went back to the call, which pushed the callback again
    expect(v.log).toMatch(/to caller at 7:/);
  });

  it("leaves the callback unverified when bpf_loop's count is 0, as the kernel does", () => {
    const p = program(7, true);
    const insns = [I(0xb7, 1, 0, 0, 0), ...p.insns.slice(1)];
    const v = verify({ ...p, insns }, { progType: "xdp", logLevel: 1 });
    expect(v.diagnostics).toEqual([]);
    expect(v.accepted).toBe(true);
    expect(v.visited.has(8)).toBe(false);
  });

  it("refuses a function's address without func_info, as the kernel does for bytecode without BTF", () => {
    const v = verify(program(0, false), { progType: "xdp", logLevel: 1 });
    expect(v.diagnostics[0]).toMatchObject({ pc: 1, message: "missing btf func_info" });
  });
});
