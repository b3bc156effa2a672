// The LLVM dialect: what llvm-objdump prints and llvm-mc accepts, plus the spellings newer
// LLVM versions print for v4 instructions and atomics. One instruction per call.

import { helperByName } from "../isa/helpers.ts";
import type { AccessSize } from "../isa/index.ts";
import { ALU_SYMS, JCC_SYMS } from "../isa/symbols.ts";
import { Cursor, imm32, imm64, llvmReg, off16 } from "./cursor.ts";
import type { IntLit, Reg } from "./cursor.ts";
import type { InsnItem, Ref } from "./item.ts";
import type { Token } from "./lexer.ts";
import { UBPF_MNEMONICS } from "./keywords.ts";

const LOCK_SYMS: Readonly<Record<string, string>> = { "+=": "add", "|=": "or", "&=": "and", "^=": "xor" };
const ENDIAN = /^(le|be|bswap)(16|32|64)$/;
const MEM_TYPE = /^([us])(8|16|32|64)$/;
const PSEUDO: Readonly<Record<string, string>> = {
  map: "lddw_map_fd", map_value: "lddw_map_value", map_idx: "lddw_map_idx", map_idx_value: "lddw_map_idx_value",
  btf_id: "lddw_btf_id", func: "lddw_func",
};

const sfx = (r: Reg) => (r.width === 32 ? "32" : "64");

function reg(c: Cursor, what = "a register"): Reg {
  const t = c.peek();
  const r = llvmReg(t);
  if (r === "bad") c.fail("bad-register", `invalid register '${t!.text}' (registers are r0..r10 and w0..w10)`, t);
  if (!r) c.fail("syntax", `expected ${what}${t ? `, found '${t.text}'` : " at end of line"}`, t);
  c.next(what);
  return r;
}

function sameWidth(c: Cursor, a: Reg, b: Reg): void {
  if (a.width !== b.width) c.fail("width-mismatch", `'${b.tok.text}' and '${a.tok.text}' have different widths: use r registers for 64-bit and w registers for 32-bit operations`, b.tok);
}

function same(c: Cursor, a: Reg, b: Reg, form: string): void {
  if (a.n !== b.n || a.width !== b.width) c.fail("syntax", `${form} needs the same register on both sides ('${a.tok.text}' and '${b.tok.text}')`, b.tok);
}

/** `*(u32 *)` or `(u32 *)`: the access type. */
function memType(c: Cursor): { size: AccessSize; signed: boolean; tok: Token } {
  c.expect("(");
  const t = c.next("a type such as u32");
  const m = MEM_TYPE.exec(t.text);
  if (t.kind !== "ident" || !m) c.fail("syntax", `expected an access type (u8, u16, u32, u64, s8, s16, s32), found '${t.text}'`, t);
  c.expect("*");
  c.expect(")");
  return { size: (Number(m[2]) / 8) as AccessSize, signed: m[1] === "s", tok: t };
}

/** `r1 + 4`, `r10 - 8`, `r1`: a base register and a 16-bit offset. */
function address(c: Cursor): { base: Reg; off: number } {
  const base = reg(c, "a base register");
  if (base.width !== 64) c.fail("syntax", `an address needs a 64-bit register, not '${base.tok.text}'`, base.tok);
  let off = 0;
  if (c.at("+") || c.at("-")) {
    const sign = c.next("+ or -");
    const v = c.int("an offset");
    off = off16(c, { ...v, value: sign.text === "-" ? -v.value : v.value, from: sign });
  }
  return { base, off };
}

/** `(r1 + 4)` after a type. */
function parenAddress(c: Cursor): { base: Reg; off: number } {
  c.expect("(");
  const a = address(c);
  c.expect(")");
  return a;
}

/** A jump or call target: `+3`, `-2`, `3`, `pc+3` or a label. */
function target(c: Cursor, field: "off" | "imm"): { rel?: IntLit; ref?: Ref } {
  const t = c.peek();
  if (t?.kind === "ident" && t.text === "pc" && (c.at("+", 1) || c.at("-", 1))) c.next("pc");
  if (c.atInt()) return { rel: c.int("a jump offset") };
  const l = c.next("a jump target");
  if (l.kind !== "ident") c.fail("syntax", `expected a label or an offset such as +3, found '${l.text}'`, l);
  skipAnnotation(c);
  return { ref: { kind: "label", field, name: l.text, col: l.col, end: l.end } };
}

/** llvm-objdump appends `<.text+0x98>` after jump targets; accept it so its output pastes back. */
function skipAnnotation(c: Cursor): void {
  if (!c.at("<")) return;
  while (!c.done) c.next(">");
}

function jumpOps(c: Cursor, field: "off" | "imm"): { value: number; ref?: Ref } {
  const t = target(c, field);
  if (t.ref) return { value: 0, ref: t.ref };
  skipAnnotation(c);
  const v = field === "off" ? off16(c, t.rel!, "jump offset") : imm32(c, t.rel!, "jump offset");
  return { value: v };
}

function signExtWarning(width: number, v: IntLit): InsnItem["warning"] {
  if (width === 64 && v.value > 0x7fffffffn && v.value <= 0xffffffffn) {
    const ext = (0xffffffff00000000n | v.value).toString(16);
    return { code: "imm-sign-extended", message: `${v.to.text} is sign-extended to 0x${ext} in a 64-bit operation; write a 64-bit constant as '${v.to.text} ll'` };
  }
  return undefined;
}

export function parseLlvm(c: Cursor): InsnItem {
  const t = c.peek()!;
  const item = statement(c, t);
  c.end();
  return item;
}

function statement(c: Cursor, t: Token): InsnItem {
  if (t.kind === "punct" && t.text === "*") return store(c);
  if (t.kind !== "ident") c.fail("syntax", `unexpected '${t.text}' at the start of an instruction`, t);
  switch (t.text) {
    case "exit":
      c.next("exit");
      return { form: "exit", ops: {} };
    case "goto":
    case "gotol":
    case "may_goto": {
      c.next(t.text);
      const form = t.text === "goto" ? "ja" : t.text;
      const field = form === "gotol" ? "imm" : "off";
      const j = jumpOps(c, field);
      return { form, ops: field === "off" ? { off: j.value } : { imm: j.value }, ref: j.ref };
    }
    case "call":
      c.next("call");
      return call(c);
    case "callx": {
      c.next("callx");
      const r = reg(c);
      return { form: "callx", ops: { dst: r.n } };
    }
    case "if":
      c.next("if");
      return conditional(c);
    case "lock":
      c.next("lock");
      return lock(c);
    case "store_release": {
      c.next("store_release");
      c.expect("(");
      const ty = memType(c);
      const a = parenAddress(c);
      c.expect(",");
      const s = reg(c, "a source register");
      c.expect(")");
      if (ty.signed) c.fail("syntax", "store_release takes an unsigned type", ty.tok);
      return { form: `store_rel${sizeSfx(ty.size)}`, ops: { dst: a.base.n, src: s.n, off: a.off } };
    }
    case "ld_pseudo": {
      c.next("ld_pseudo");
      const d = reg(c);
      c.expect(",");
      const src = c.int("a pseudo source (0..6)");
      if (src.value < 0n || src.value > 6n) c.fail("syntax", `ld_pseudo source ${src.value} is not 0..6`, src.from, src.to);
      c.expect(",");
      const imm = imm32(c, c.int("an immediate"));
      const form = ["lddw", "lddw_map_fd", "lddw_map_value", "lddw_btf_id", "lddw_func", "lddw_map_idx", "lddw_map_idx_value"][Number(src.value)];
      return { form, ops: { dst: d.n, imm } };
    }
  }
  const r = llvmReg(t);
  if (r === "bad") c.fail("bad-register", `invalid register '${t.text}' (registers are r0..r10 and w0..w10)`, t);
  if (!r) {
    const hint = UBPF_MNEMONICS.includes(t.text) ? " (this looks like the uBPF dialect; choose it, or write e.g. 'r0 = 1')" : "";
    c.fail("unknown-mnemonic", `unknown instruction '${t.text}'${hint}`, t);
  }
  c.next("a register");
  const op = c.next("an operator such as = or +=");
  if (op.kind === "punct" && ALU_SYMS[op.text]) return aluOp(c, r, ALU_SYMS[op.text]);
  if (op.kind !== "punct" || op.text !== "=") c.fail("syntax", `expected '=' or an operator such as '+=' after '${t.text}', found '${op.text}'`, op);
  return assignment(c, r);
}

const sizeSfx = (s: AccessSize) => ({ 1: "b", 2: "h", 4: "w", 8: "dw" })[s];

function aluOp(c: Cursor, d: Reg, op: string): InsnItem {
  if (c.atInt()) {
    const v = c.int("an immediate");
    return { form: `${op}${sfx(d)}_imm`, ops: { dst: d.n, imm: imm32(c, v) }, warning: signExtWarning(d.width, v) };
  }
  const s = reg(c, "a register or an immediate");
  sameWidth(c, d, s);
  return { form: `${op}${sfx(d)}_reg`, ops: { dst: d.n, src: s.n } };
}

function assignment(c: Cursor, d: Reg): InsnItem {
  const t = c.peek();
  if (!t) c.fail("syntax", "expected a value after '='");
  if (c.at("-") && llvmReg(c.peek(1))) {
    c.next("-");
    const s = reg(c);
    same(c, d, s, "negation");
    return { form: `neg${sfx(d)}`, ops: { dst: d.n } };
  }
  if (c.atInt()) {
    const v = c.int("an immediate");
    if (c.accept("ll")) {
      if (d.width !== 64) c.fail("width-mismatch", "a 64-bit constant (ll) needs an r register", d.tok);
      return { form: "lddw", ops: { dst: d.n, imm64: imm64(c, v) } };
    }
    return { form: `mov${sfx(d)}_imm`, ops: { dst: d.n, imm: imm32(c, v) }, warning: signExtWarning(d.width, v) };
  }
  if (c.at("*")) {
    c.next("*");
    const ty = memType(c);
    if (c.at("skb")) return legacyPacketLoad(c, d, ty);
    const a = parenAddress(c);
    if (ty.signed) {
      if (ty.size === 8) c.fail("syntax", "a sign-extending load reads s8, s16 or s32", ty.tok);
      if (d.width !== 64) c.fail("width-mismatch", "a sign-extending load writes a 64-bit register (r, not w)", d.tok);
      return { form: `ldxs${sizeSfx(ty.size)}`, ops: { dst: d.n, src: a.base.n, off: a.off } };
    }
    if (d.width === 32 && ty.size === 8) c.fail("width-mismatch", "a u64 load needs an r register", d.tok);
    return { form: `ldx${sizeSfx(ty.size)}`, ops: { dst: d.n, src: a.base.n, off: a.off } };
  }
  if (c.at("(")) {
    c.next("(");
    const ty = c.next("s8, s16 or s32");
    const m = /^s(8|16|32)$/.exec(ty.text);
    if (!m) c.fail("syntax", `expected a sign-extension type (s8, s16 or s32), found '${ty.text}'`, ty);
    c.expect(")");
    const s = reg(c);
    sameWidth(c, d, s);
    if (d.width === 32 && m[1] === "32") c.fail("syntax", "a 32-bit movsx extends from s8 or s16", ty);
    return { form: `movsx${m[1]}${sfx(d)}`, ops: { dst: d.n, src: s.n } };
  }
  const r = llvmReg(t);
  if (r === "bad") c.fail("bad-register", `invalid register '${t.text}' (registers are r0..r10 and w0..w10)`, t);
  if (r) {
    c.next("a register");
    sameWidth(c, d, r);
    return { form: `mov${sfx(d)}_reg`, ops: { dst: d.n, src: r.n } };
  }
  if (t.kind !== "ident") c.fail("syntax", `unexpected '${t.text}' after '='`, t);
  c.next("a value");
  const end = ENDIAN.exec(t.text);
  if (end) {
    const s = reg(c);
    same(c, d, s, t.text);
    if (d.width !== 64) c.fail("width-mismatch", `${t.text} is written with r registers`, d.tok);
    return { form: t.text, ops: { dst: d.n } };
  }
  const fetch = /^atomic_fetch_(add|or|and|xor)$/.exec(t.text);
  if (fetch) {
    c.expect("(");
    const ty = memType(c);
    const a = parenAddress(c);
    c.expect(",");
    const s = reg(c);
    c.expect(")");
    return atomicItem(c, ty, a, s, d, `fetch_${fetch[1]}`);
  }
  const xchg = /^(xchg|cmpxchg)(_64|32_32)$/.exec(t.text);
  if (xchg) {
    c.expect("(");
    const a = address(c);
    c.expect(",");
    if (xchg[1] === "cmpxchg") {
      const r0 = reg(c, "r0");
      if (r0.n !== 0 || d.n !== 0) c.fail("syntax", "cmpxchg compares with and writes r0", r0.n !== 0 ? r0.tok : d.tok);
      sameWidth(c, d, r0);
      c.expect(",");
    }
    const s = reg(c);
    c.expect(")");
    const size: AccessSize = xchg[2] === "_64" ? 8 : 4;
    return atomicItem(c, { size, signed: false, tok: t }, a, s, xchg[1] === "xchg" ? d : undefined, xchg[1]);
  }
  if (t.text === "load_acquire") {
    c.expect("(");
    const ty = memType(c);
    const a = parenAddress(c);
    c.expect(")");
    if (ty.signed) c.fail("syntax", "load_acquire takes an unsigned type", ty.tok);
    if (ty.size === 8 && d.width !== 64) c.fail("width-mismatch", "a u64 load_acquire needs an r register", d.tok);
    return { form: `load_acq${sizeSfx(ty.size)}`, ops: { dst: d.n, src: a.base.n, off: a.off } };
  }
  if (t.text === "addr_space_cast") {
    c.expect("(");
    const s = reg(c);
    c.expect(",");
    const dstAs = c.int("an address space");
    c.expect(",");
    const srcAs = c.int("an address space");
    c.expect(")");
    const ok = (dstAs.value === 0n && srcAs.value === 1n) || (dstAs.value === 1n && srcAs.value === 0n);
    if (!ok) c.fail("imm-range", "addr_space_cast converts between address spaces 0 and 1: (r, 0, 1) or (r, 1, 0)", dstAs.from, srcAs.to);
    return { form: "addr_space_cast", ops: { dst: d.n, src: s.n, imm: Number((dstAs.value << 16n) | srcAs.value) | 0 } };
  }
  if (PSEUDO[t.text] && c.at("[")) return pseudo(c, d, t);
  // `r1 = NAME ll`: a map by name.
  if (c.at("ll") || c.done) {
    c.accept("ll");
    return { form: "lddw_map_fd", ops: { dst: d.n }, ref: { kind: "map", name: t.text, col: t.col, end: t.end } };
  }
  return c.fail("syntax", `unexpected '${t.text}' after '='`, t);
}

function pseudo(c: Cursor, d: Reg, kw: Token): InsnItem {
  const form = PSEUDO[kw.text];
  if (d.width !== 64) c.fail("width-mismatch", "ld_imm64 needs an r register", d.tok);
  c.expect("[");
  let item: InsnItem;
  if (form === "lddw_func") {
    const j = target(c, "imm");
    item = { form, ops: { dst: d.n, imm: j.rel ? imm32(c, j.rel, "offset") : 0 }, ref: j.ref };
  } else if (form === "lddw_btf_id") {
    item = { form, ops: { dst: d.n, imm: imm32(c, c.int("a BTF id")) } };
  } else {
    const n = c.next("a map name or index");
    if (n.kind === "num") item = { form, ops: { dst: d.n }, ref: { kind: "map", name: Number(n.text), col: n.col, end: n.end } };
    else if (n.kind === "ident") item = { form, ops: { dst: d.n }, ref: { kind: "map", name: n.text, col: n.col, end: n.end } };
    else c.fail("syntax", `expected a map name, found '${n.text}'`, n);
  }
  c.expect("]");
  if (form === "lddw_map_value" || form === "lddw_map_idx_value") {
    let off = 0;
    if (c.at("+") || c.at("-")) {
      const sign = c.next("+");
      const v = c.int("a value offset");
      off = imm32(c, { ...v, value: sign.text === "-" ? -v.value : v.value, from: sign }, "value offset");
    }
    item = { ...item, ops: { ...item.ops, imm64: (BigInt(off >>> 0) << 32n) } };
  }
  c.accept("ll");
  return item;
}

function legacyPacketLoad(c: Cursor, d: Reg, ty: { size: AccessSize; signed: boolean; tok: Token }): InsnItem {
  c.next("skb");
  if (d.n !== 0 || d.width !== 64) c.fail("syntax", "legacy packet loads always write r0", d.tok);
  if (ty.signed || ty.size === 8) c.fail("syntax", "legacy packet loads read u8, u16 or u32", ty.tok);
  c.expect("[");
  let item: InsnItem;
  if (llvmReg(c.peek())) {
    const base = reg(c, "an index register");
    let imm = 0;
    if (c.at("+") || c.at("-")) {
      const sign = c.next("+ or -");
      const v = c.int("an offset");
      imm = imm32(c, { ...v, value: sign.text === "-" ? -v.value : v.value, from: sign }, "packet offset");
    }
    item = { form: `ldind${sizeSfx(ty.size)}`, ops: { src: base.n, imm } };
  } else {
    item = { form: `ldabs${sizeSfx(ty.size)}`, ops: { imm: imm32(c, c.int("a packet offset"), "packet offset") } };
  }
  c.expect("]");
  return item;
}

function store(c: Cursor): InsnItem {
  c.next("*");
  const ty = memType(c);
  const a = parenAddress(c);
  c.expect("=");
  if (ty.signed) c.fail("syntax", "stores take an unsigned type (u8, u16, u32, u64)", ty.tok);
  if (c.atInt()) {
    const v = c.int("a value");
    return { form: `st${sizeSfx(ty.size)}`, ops: { dst: a.base.n, off: a.off, imm: imm32(c, v) }, warning: signExtWarning(ty.size === 8 ? 64 : 32, v) };
  }
  const s = reg(c, "a register or an immediate");
  if (ty.size === 8 && s.width !== 64) c.fail("width-mismatch", "a u64 store needs an r register", s.tok);
  return { form: `stx${sizeSfx(ty.size)}`, ops: { dst: a.base.n, src: s.n, off: a.off } };
}

function lock(c: Cursor): InsnItem {
  c.expect("*");
  const ty = memType(c);
  const a = parenAddress(c);
  const op = c.next("+=, |=, &= or ^=");
  if (!LOCK_SYMS[op.text]) c.fail("syntax", `expected +=, |=, &= or ^=, found '${op.text}'`, op);
  const s = reg(c);
  return atomicItem(c, ty, a, s, undefined, LOCK_SYMS[op.text]);
}

/** Checks the access type and register widths of an atomic, and names its form. */
function atomicItem(c: Cursor, ty: { size: AccessSize; signed: boolean; tok: Token }, a: { base: Reg; off: number }, s: Reg, result: Reg | undefined, op: string): InsnItem {
  if (ty.signed || (ty.size !== 4 && ty.size !== 8)) c.fail("syntax", "atomic operations work on u32 or u64", ty.tok);
  if (ty.size === 8 && s.width !== 64) c.fail("width-mismatch", "a 64-bit atomic needs r registers", s.tok);
  if (result) same(c, result, s, "this atomic");
  return { form: `lock_${op}${ty.size * 8}`, ops: { dst: a.base.n, src: s.n, off: a.off } };
}

function conditional(c: Cursor): InsnItem {
  const d = reg(c);
  const op = c.next("a comparison");
  const name = JCC_SYMS[op.text];
  if (op.kind !== "punct" || !name) c.fail("syntax", `expected a comparison (==, !=, >, >=, <, <=, s>, s>=, s<, s<=, &), found '${op.text}'`, op);
  const w = d.width === 32 ? "32" : "";
  let item: InsnItem;
  if (c.atInt()) {
    const v = c.int("an immediate");
    item = { form: `${name}${w}_imm`, ops: { dst: d.n, imm: imm32(c, v) }, warning: signExtWarning(d.width, v) };
  } else {
    const s = reg(c, "a register or an immediate");
    sameWidth(c, d, s);
    item = { form: `${name}${w}_reg`, ops: { dst: d.n, src: s.n } };
  }
  c.expect("goto");
  const j = jumpOps(c, "off");
  return { ...item, ops: { ...item.ops, off: j.value }, ref: j.ref };
}

function call(c: Cursor): InsnItem {
  const t = c.peek();
  if (t?.kind === "ident" && t.text === "kfunc") {
    c.next("kfunc");
    const id = imm32(c, c.int("a kfunc BTF id"), "kfunc id");
    let off = 0;
    if (c.accept(",")) off = off16(c, c.int("a module index"), "module index");
    return { form: "call_kfunc", ops: { imm: id, off } };
  }
  if (t?.kind === "ident" && t.text === "pc") {
    const j = jumpOps(c, "imm");
    return { form: "call_local", ops: { imm: j.value } };
  }
  if (c.atInt()) {
    const v = c.int("a helper id");
    return { form: "call", ops: { imm: imm32(c, v, "helper id") } };
  }
  if (t?.kind === "ident") {
    const h = helperByName(t.text);
    if (h) {
      c.next("a helper");
      return { form: "call", ops: { imm: h.id } };
    }
    const j = jumpOps(c, "imm");
    return { form: "call_local", ops: { imm: j.value }, ref: j.ref };
  }
  return c.fail("syntax", `expected a helper id, a helper name or a label after 'call'${t ? `, found '${t.text}'` : ""}`, t);
}
