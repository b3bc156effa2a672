// Text <-> bytes for every instruction form LLVM 14 does not know (the others are checked
// against llvm-mc in test/llvm), with bytes worked out by hand from RFC 9669's encoding tables.
import { describe, expect, it } from "vitest";
import { bytesToHex, encodeInsns } from "../isa/index.ts";
import { UNKNOWN_TO_MC } from "../../../test/support/llvm14.ts";
import { assemble, disassemble } from "./index.ts";
import type { Dialect } from "./index.ts";

interface Case {
  readonly form: string;
  readonly text: string;
  readonly bytes: string;
  readonly dialect?: Dialect;
}

const llvm: readonly Case[] = [
  { form: "sdiv32_imm", text: "w1 s/= -3", bytes: "34 01 01 00 fd ff ff ff" },
  { form: "sdiv32_reg", text: "w1 s/= w2", bytes: "3c 21 01 00 00 00 00 00" },
  { form: "sdiv64_imm", text: "r1 s/= 3", bytes: "37 01 01 00 03 00 00 00" },
  { form: "sdiv64_reg", text: "r9 s/= r10", bytes: "3f a9 01 00 00 00 00 00" },
  { form: "smod32_imm", text: "w0 s%= 7", bytes: "94 00 01 00 07 00 00 00" },
  { form: "smod32_reg", text: "w3 s%= w4", bytes: "9c 43 01 00 00 00 00 00" },
  { form: "smod64_imm", text: "r1 s%= -1", bytes: "97 01 01 00 ff ff ff ff" },
  { form: "smod64_reg", text: "r1 s%= r2", bytes: "9f 21 01 00 00 00 00 00" },
  { form: "mod32_imm", text: "w1 %= 7", bytes: "94 01 00 00 07 00 00 00" },
  { form: "mod32_reg", text: "w1 %= w2", bytes: "9c 21 00 00 00 00 00 00" },
  { form: "mod64_imm", text: "r5 %= 10", bytes: "97 05 00 00 0a 00 00 00" },
  { form: "mod64_reg", text: "r1 %= r2", bytes: "9f 21 00 00 00 00 00 00" },
  { form: "movsx832", text: "w1 = (s8)w2", bytes: "bc 21 08 00 00 00 00 00" },
  { form: "movsx1632", text: "w1 = (s16)w2", bytes: "bc 21 10 00 00 00 00 00" },
  { form: "movsx864", text: "r1 = (s8)r2", bytes: "bf 21 08 00 00 00 00 00" },
  { form: "movsx1664", text: "r1 = (s16)r2", bytes: "bf 21 10 00 00 00 00 00" },
  { form: "movsx3264", text: "r1 = (s32)r2", bytes: "bf 21 20 00 00 00 00 00" },
  { form: "addr_space_cast", text: "r1 = addr_space_cast(r2, 0, 1)", bytes: "bf 21 01 00 01 00 00 00" },
  { form: "bswap16", text: "r1 = bswap16 r1", bytes: "d7 01 00 00 10 00 00 00" },
  { form: "bswap32", text: "r2 = bswap32 r2", bytes: "d7 02 00 00 20 00 00 00" },
  { form: "bswap64", text: "r3 = bswap64 r3", bytes: "d7 03 00 00 40 00 00 00" },
  { form: "jset_imm", text: "if r1 & 128 goto +2", bytes: "45 01 02 00 80 00 00 00" },
  { form: "jset_reg", text: "if r1 & r2 goto +1", bytes: "4d 21 01 00 00 00 00 00" },
  { form: "jset32_imm", text: "if w1 & 128 goto -1", bytes: "46 01 ff ff 80 00 00 00" },
  { form: "jset32_reg", text: "if w1 & w2 goto +0", bytes: "4e 21 00 00 00 00 00 00" },
  { form: "gotol", text: "gotol +5", bytes: "06 00 00 00 05 00 00 00" },
  { form: "may_goto", text: "may_goto +2", bytes: "e5 00 02 00 00 00 00 00" },
  { form: "call_local", text: "call pc+3", bytes: "85 10 00 00 03 00 00 00" },
  { form: "call_kfunc", text: "call kfunc 1234", bytes: "85 20 00 00 d2 04 00 00" },
  { form: "callx", text: "callx r2", bytes: "8d 02 00 00 00 00 00 00" },
  { form: "lddw_map_fd", text: "r1 = map[3] ll", bytes: "18 11 00 00 03 00 00 00 00 00 00 00 00 00 00 00" },
  { form: "lddw_map_value", text: "r2 = map_value[1] + 8 ll", bytes: "18 22 00 00 01 00 00 00 00 00 00 00 08 00 00 00" },
  { form: "lddw_btf_id", text: "r3 = btf_id[42] ll", bytes: "18 33 00 00 2a 00 00 00 00 00 00 00 00 00 00 00" },
  { form: "lddw_func", text: "r1 = func[pc+5] ll", bytes: "18 41 00 00 05 00 00 00 00 00 00 00 00 00 00 00" },
  { form: "lddw_map_idx", text: "r1 = map_idx[2] ll", bytes: "18 51 00 00 02 00 00 00 00 00 00 00 00 00 00 00" },
  { form: "lddw_map_idx_value", text: "r1 = map_idx_value[2] + 16 ll", bytes: "18 61 00 00 02 00 00 00 00 00 00 00 10 00 00 00" },
  { form: "ldxsb", text: "r0 = *(s8 *)(r1 + 2)", bytes: "91 10 02 00 00 00 00 00" },
  { form: "ldxsh", text: "r0 = *(s16 *)(r1 - 2)", bytes: "89 10 fe ff 00 00 00 00" },
  { form: "ldxsw", text: "r0 = *(s32 *)(r1 + 0)", bytes: "81 10 00 00 00 00 00 00" },
  { form: "stb", text: "*(u8 *)(r10 - 1) = 7", bytes: "72 0a ff ff 07 00 00 00" },
  { form: "sth", text: "*(u16 *)(r1 + 2) = -1", bytes: "6a 01 02 00 ff ff ff ff" },
  { form: "stw", text: "*(u32 *)(r10 - 4) = 5", bytes: "62 0a fc ff 05 00 00 00" },
  { form: "stdw", text: "*(u64 *)(r10 - 8) = 0", bytes: "7a 0a f8 ff 00 00 00 00" },
  { form: "load_acqb", text: "w0 = load_acquire((u8 *)(r1 + 0))", bytes: "d3 10 00 00 00 01 00 00" },
  { form: "load_acqh", text: "w0 = load_acquire((u16 *)(r1 + 2))", bytes: "cb 10 02 00 00 01 00 00" },
  { form: "load_acqw", text: "w3 = load_acquire((u32 *)(r2 - 4))", bytes: "c3 23 fc ff 00 01 00 00" },
  { form: "load_acqdw", text: "r0 = load_acquire((u64 *)(r1 + 8))", bytes: "db 10 08 00 00 01 00 00" },
  { form: "store_relb", text: "store_release((u8 *)(r1 + 0), w2)", bytes: "d3 21 00 00 10 01 00 00" },
  { form: "store_relh", text: "store_release((u16 *)(r1 + 0), w2)", bytes: "cb 21 00 00 10 01 00 00" },
  { form: "store_relw", text: "store_release((u32 *)(r1 - 4), w2)", bytes: "c3 21 fc ff 10 01 00 00" },
  { form: "store_reldw", text: "store_release((u64 *)(r1 + 0), r2)", bytes: "db 21 00 00 10 01 00 00" },
  { form: "lock_fetch_add32", text: "w2 = atomic_fetch_add((u32 *)(r1 + 0), w2)", bytes: "c3 21 00 00 01 00 00 00" },
  { form: "lock_fetch_or32", text: "w2 = atomic_fetch_or((u32 *)(r1 + 4), w2)", bytes: "c3 21 04 00 41 00 00 00" },
  { form: "lock_fetch_and32", text: "w2 = atomic_fetch_and((u32 *)(r1 + 0), w2)", bytes: "c3 21 00 00 51 00 00 00" },
  { form: "lock_fetch_xor32", text: "w2 = atomic_fetch_xor((u32 *)(r1 - 8), w2)", bytes: "c3 21 f8 ff a1 00 00 00" },
  { form: "lock_xchg32", text: "w2 = xchg32_32(r1 + 0, w2)", bytes: "c3 21 00 00 e1 00 00 00" },
  { form: "lock_cmpxchg32", text: "w0 = cmpxchg32_32(r1 + 0, w0, w2)", bytes: "c3 21 00 00 f1 00 00 00" },
  { form: "lock_fetch_add64", text: "r2 = atomic_fetch_add((u64 *)(r1 + 0), r2)", bytes: "db 21 00 00 01 00 00 00" },
  { form: "lock_fetch_or64", text: "r2 = atomic_fetch_or((u64 *)(r1 + 0), r2)", bytes: "db 21 00 00 41 00 00 00" },
  { form: "lock_fetch_and64", text: "r2 = atomic_fetch_and((u64 *)(r1 + 0), r2)", bytes: "db 21 00 00 51 00 00 00" },
  { form: "lock_fetch_xor64", text: "r2 = atomic_fetch_xor((u64 *)(r10 - 8), r2)", bytes: "db 2a f8 ff a1 00 00 00" },
  { form: "lock_xchg64", text: "r2 = xchg_64(r1 + 0, r2)", bytes: "db 21 00 00 e1 00 00 00" },
  { form: "lock_cmpxchg64", text: "r0 = cmpxchg_64(r1 + 0, r0, r2)", bytes: "db 21 00 00 f1 00 00 00" },
  // Forms LLVM 14 knows, in spellings it prints differently or not at all.
  { form: "ldindw", text: "r0 = *(u32 *)skb[r1 + 2]", bytes: "40 10 00 00 02 00 00 00" },
  { form: "ldabsb", text: "r0 = *(u8 *)skb[3]", bytes: "30 00 00 00 03 00 00 00" },
  { form: "lddw", text: "r0 = -9223372036854775808 ll", bytes: "18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 80" },
];

const ubpf: readonly Case[] = [
  { form: "add32_imm", text: "add32 %r0, 1", bytes: "04 00 00 00 01 00 00 00" },
  { form: "add64_reg", text: "add %r0, %r1", bytes: "0f 10 00 00 00 00 00 00" },
  { form: "sdiv64_reg", text: "sdiv %r1, %r2", bytes: "3f 21 01 00 00 00 00 00" },
  { form: "neg32", text: "neg32 %r3", bytes: "84 03 00 00 00 00 00 00" },
  { form: "be16", text: "be16 %r0", bytes: "dc 00 00 00 10 00 00 00" },
  { form: "bswap32", text: "bswap32 %r0", bytes: "d7 00 00 00 20 00 00 00" },
  { form: "movsx1664", text: "movsx1664 %r8, %r7", bytes: "bf 78 10 00 00 00 00 00" },
  { form: "ldxsb", text: "ldxsb %r0, [%r1+2]", bytes: "91 10 02 00 00 00 00 00" },
  { form: "stxdw", text: "stxdw [%r10-8], %r1", bytes: "7b 1a f8 ff 00 00 00 00" },
  { form: "sth", text: "sth [%r1+2], 8721", bytes: "6a 01 02 00 11 22 00 00" },
  { form: "lock_fetch_add32", text: "lock fetch add32 [%r10-8], %r1", bytes: "c3 1a f8 ff 01 00 00 00" },
  { form: "lock_add64", text: "lock add [%r1+0], %r2", bytes: "db 21 00 00 00 00 00 00" },
  { form: "lock_cmpxchg64", text: "lock cmpxchg [%r1+0], %r2", bytes: "db 21 00 00 f1 00 00 00" },
  { form: "jne32_imm", text: "jne32 %r2, -128, +3", bytes: "56 02 03 00 80 ff ff ff" },
  { form: "jsgt_reg", text: "jsgt %r1, %r2, -1", bytes: "6d 21 ff ff 00 00 00 00" },
  { form: "gotol", text: "ja32 +5", bytes: "06 00 00 00 05 00 00 00" },
  { form: "call_local", text: "call local +3", bytes: "85 10 00 00 03 00 00 00" },
  { form: "callx", text: "call %r2", bytes: "8d 02 00 00 00 00 00 00" },
  { form: "ldindw", text: "ldindw %r1, 2", bytes: "40 10 00 00 02 00 00 00" },
  { form: "ldabsh", text: "ldabsh 12", bytes: "28 00 00 00 0c 00 00 00" },
  { form: "lddw", text: "lddw %r0, 0x1122334455667788", bytes: "18 00 00 00 88 77 66 55 00 00 00 00 44 33 22 11" },
];

function check(c: Case) {
  const dialect = c.dialect ?? "llvm";
  const r = assemble(c.text, { dialect });
  expect(r.diagnostics).toEqual([]);
  expect(bytesToHex(encodeInsns(r.program.insns), " ")).toBe(c.bytes);
  const listing = disassemble(r.program.insns, { dialect });
  expect(listing).toHaveLength(1);
  expect(listing[0].form).toBe(c.form);
  expect(listing[0].text).toBe(c.text);
}

describe("instruction forms, LLVM dialect: text -> bytes -> text", () => {
  for (const c of llvm) it(`${c.form}: ${c.text}`, () => check({ ...c, dialect: "llvm" }));
  it("covers every form LLVM 14 does not know", () => {
    const covered = new Set(llvm.map((c) => c.form));
    expect([...UNKNOWN_TO_MC].filter((f) => !covered.has(f))).toEqual([]);
  });
});

describe("instruction forms, uBPF dialect: text -> bytes -> text", () => {
  for (const c of ubpf) it(`${c.form}: ${c.text}`, () => check({ ...c, dialect: "ubpf" }));
});
