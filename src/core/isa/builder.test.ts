import { describe, expect, it } from "vitest";
import { llvmText } from "../asm/disasm.ts";
import { decodeAll } from "./decode.ts";
import type { Insn } from "./insn.ts";
import { OPS } from "./table.ts";
import { R0, R1, R2, R10, alu32, alu64, atomic32, atomic64, call, endian, exit, jmp, jmp32, ld_func, ld_imm64, ld_map, ld_map_value, ldx, ldxs, st, stx } from "./builder.ts";

const text = (i: Insn | Insn[]) => {
  const d = decodeAll(Array.isArray(i) ? i : [i]);
  expect(d[0].valid, d[0].valid ? "" : d[0].reason).toBe(true);
  return llvmText(d[0]);
};
const form = (i: Insn | Insn[]) => {
  const d = decodeAll(Array.isArray(i) ? i : [i])[0];
  return d.valid ? d.spec.id : `invalid: ${d.reason}`;
};

describe("builder", () => {
  const cases: [Insn | Insn[], string][] = [
    [alu64.add.imm(R1, 5), "r1 += 5"],
    [alu64.sub.reg(R1, R2), "r1 -= r2"],
    [alu32.mov.reg(R0, R2), "w0 = w2"],
    [alu32.mov.imm(R0, -1), "w0 = -1"],
    [alu64.sdiv.reg(R1, R2), "r1 s/= r2"],
    [alu32.smod.imm(R1, 3), "w1 s%= 3"],
    [alu64.arsh.imm(R1, 32), "r1 s>>= 32"],
    [alu64.neg(R1), "r1 = -r1"],
    [alu64.movsx(R1, R2, 32), "r1 = (s32)r2"],
    [alu32.movsx(R1, R2, 8), "w1 = (s8)w2"],
    [jmp.jeq.reg(R1, R2, 3), "if r1 == r2 goto +3"],
    [jmp.jsgt.imm(R1, -1, -2), "if r1 s> -1 goto -2"],
    [jmp32.jlt.imm(R1, 10, 1), "if w1 < 10 goto +1"],
    [jmp.ja(4), "goto +4"],
    [ldx.w(R0, R1, 8), "w0 = *(u32 *)(r1 + 8)"],
    [ldx.dw(R0, R10, -8), "r0 = *(u64 *)(r10 - 8)"],
    [ldxs.b(R0, R1, 0), "r0 = *(s8 *)(r1 + 0)"],
    [stx.dw(R10, -8, R1), "*(u64 *)(r10 - 8) = r1"],
    [stx.h(R10, -2, R1), "*(u16 *)(r10 - 2) = w1"],
    [st.w(R10, -4, 7), "*(u32 *)(r10 - 4) = 7"],
    [ld_imm64(R1, 0x100000000n), "r1 = 4294967296 ll"],
    [ld_map(R1, 2), "r1 = map[2] ll"],
    [ld_map_value(R1, 0, 16), "r1 = map_value[0] + 16 ll"],
    [ld_func(R2, 5), "r2 = func[pc+5] ll"],
    [call.helper(1), "call 1"],
    [call.local(7), "call pc+7"],
    [exit(), "exit"],
    [atomic64.add(R1, 0, R2), "lock *(u64 *)(r1 + 0) += r2"],
    [atomic32.fetch_add(R1, 4, R2), "w2 = atomic_fetch_add((u32 *)(r1 + 4), w2)"],
    [atomic64.cmpxchg(R1, 0, R2), "r0 = cmpxchg_64(r1 + 0, r0, r2)"],
    [atomic64.xchg(R1, 0, R2), "r2 = xchg_64(r1 + 0, r2)"],
    [endian.be(R1, 16), "r1 = be16 r1"],
    [endian.bswap(R1, 32), "r1 = bswap32 r1"],
  ];
  for (const [i, want] of cases) it(want, () => expect(text(i)).toBe(want));

  it("covers every ALU, jump, memory and atomic form of the table", () => {
    const built = new Set<string>();
    for (const b of [alu32, alu64]) {
      for (const [k, f] of Object.entries(b)) {
        if (k === "neg") built.add(form((f as (d: number) => Insn)(R1)));
        else if (k === "movsx") for (const bits of b === alu32 ? ([8, 16] as const) : ([8, 16, 32] as const)) built.add(form(b.movsx(R1, R2, bits)));
        else {
          built.add(form((f as { imm: (d: number, i: number) => Insn }).imm(R1, 1)));
          built.add(form((f as { reg: (d: number, s: number) => Insn }).reg(R1, R2)));
        }
      }
    }
    for (const b of [jmp32, jmp]) for (const f of Object.values(b)) if (typeof f === "object") { built.add(form(f.imm(R1, 1, 0))); built.add(form(f.reg(R1, R2, 0))); }
    for (const s of ["b", "h", "w", "dw"] as const) { built.add(form(ldx[s](R1, R2, 0))); built.add(form(stx[s](R1, 0, R2))); built.add(form(st[s](R1, 0, 1))); if (s !== "dw") built.add(form(ldxs[s](R1, R2, 0))); }
    for (const b of [atomic32, atomic64]) for (const f of Object.values(b)) built.add(form(f(R1, 0, R2)));
    for (const bits of [16, 32, 64] as const) for (const f of Object.values(endian)) built.add(form(f(R1, bits)));
    const want = OPS.filter((s) => ["alu", "mov", "movsx", "neg", "jcc", "ldx", "ldxsx", "st", "stx", "atomic", "end"].includes(s.kind)).map((s) => s.id);
    expect(want.filter((id) => !built.has(id))).toEqual([]);
    expect([...built].filter((id) => id.startsWith("invalid"))).toEqual([]);
  });
});
