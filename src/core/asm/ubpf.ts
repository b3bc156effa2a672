// The uBPF dialect, used by the bpf_conformance and uBPF suites:
// `mov32 %r0, 1`, `ldxw %r0, [%r1+4]`, `jeq %r1, 0, exit`, `lddw %r0, 0x1122334455667788`,
// `lock fetch add32 [%r10-8], %r1`, `call local label`, `call %r2`.
// Mnemonics come from the instruction table; the dialect only decides their spelling.

import { OPS } from "../isa/index.ts";
import type { OpSpec } from "../isa/index.ts";
import { Cursor, imm32, imm64, off16 } from "./cursor.ts";
import type { InsnItem, Ref } from "./item.ts";
import type { Token } from "./lexer.ts";

/** The uBPF spelling of a form; atomics are spelled by `lock` and are not listed here. */
export function ubpfMnemonic(s: OpSpec): string | undefined {
  const w32 = s.width === 32 ? "32" : "";
  switch (s.kind) {
    case "alu":
    case "mov":
    case "neg":
      return s.op + w32;
    case "movsx":
      return `movsx${s.op.slice(1)}${s.width}`;
    case "end":
      return s.op;
    case "jcc":
      return s.op + w32;
    case "ja":
      return "ja";
    case "gotol":
      return "ja32";
    case "exit":
      return "exit";
    case "lddw":
      return s.id === "lddw" ? "lddw" : undefined;
    case "ldabs":
    case "ldind":
    case "ldx":
    case "ldxsx":
    case "st":
    case "stx":
      return s.id;
    default:
      return undefined;
  }
}

// Mnemonic -> forms (an ALU mnemonic names both its imm and reg forms).
const MNEMONICS = new Map<string, OpSpec[]>();
for (const s of OPS) {
  const m = ubpfMnemonic(s);
  if (!m) continue;
  const names = [m];
  if ((s.kind === "alu" || s.kind === "mov" || s.kind === "neg") && s.width === 64) names.push(m + "64");
  if (s.kind === "end" && s.op.startsWith("bswap")) names.push(s.op.replace("bswap", "swap"));
  for (const n of names) {
    const list = MNEMONICS.get(n);
    if (list) list.push(s);
    else MNEMONICS.set(n, [s]);
  }
}

export const UBPF_MNEMONIC_LIST: readonly string[] = [...MNEMONICS.keys(), "call", "lock"];

function reg(c: Cursor, what = "a register"): { n: number; tok: Token } {
  const t = c.peek();
  if (t?.kind !== "preg") c.fail("syntax", `expected ${what} such as %r1${t ? `, found '${t.text}'` : " at end of line"}`, t);
  c.next(what);
  const m = /^r(\d+)$/.exec(t.text);
  if (!m || Number(m[1]) > 10 || String(Number(m[1])) !== m[1]) c.fail("bad-register", `invalid register %${t.text} (registers are %r0..%r10)`, t);
  return { n: Number(m[1]), tok: t };
}

/** `[%r1+4]`, `[%r10-8]`, `[%r1]`. */
function mem(c: Cursor): { base: number; off: number } {
  c.expect("[");
  const base = reg(c, "a base register").n;
  let off = 0;
  if (c.at("+") || c.at("-")) {
    const sign = c.next("+ or -");
    const v = c.int("an offset");
    off = off16(c, { ...v, value: sign.text === "-" ? -v.value : v.value, from: sign });
  }
  c.expect("]");
  return { base, off };
}

function target(c: Cursor, field: "off" | "imm"): { value: number; ref?: Ref } {
  if (c.atInt()) {
    const v = c.int("a jump offset");
    return { value: field === "off" ? off16(c, v, "jump offset") : imm32(c, v, "jump offset") };
  }
  const t = c.next("a jump target");
  if (t.kind !== "ident") c.fail("syntax", `expected a label or an offset such as +3, found '${t.text}'`, t);
  return { value: 0, ref: { kind: "label", field, name: t.text, col: t.col, end: t.end } };
}

const imm = (c: Cursor, what = "an immediate") => imm32(c, c.int(what), "immediate", true);

export function parseUbpf(c: Cursor): InsnItem {
  const item = statement(c);
  c.end();
  return item;
}

function statement(c: Cursor): InsnItem {
  const t = c.next("a mnemonic");
  if (t.kind !== "ident") c.fail("syntax", `expected a mnemonic, found '${t.text}'`, t);
  if (t.text === "call") return call(c);
  if (t.text === "lock") return lock(c);
  const forms = MNEMONICS.get(t.text);
  if (!forms) c.fail("unknown-mnemonic", `unknown mnemonic '${t.text}'`, t);
  const s = forms[0];
  switch (s.kind) {
    case "alu":
    case "mov": {
      const d = reg(c).n;
      c.expect(",");
      if (c.peek()?.kind === "preg") return { form: forms.find((f) => f.source === "reg")!.id, ops: { dst: d, src: reg(c).n } };
      return { form: forms.find((f) => f.source === "imm")!.id, ops: { dst: d, imm: imm(c) } };
    }
    case "movsx": {
      const d = reg(c).n;
      c.expect(",");
      return { form: s.id, ops: { dst: d, src: reg(c).n } };
    }
    case "neg":
    case "end":
      return { form: s.id, ops: { dst: reg(c).n } };
    case "jcc": {
      const d = reg(c).n;
      c.expect(",");
      const regForm = c.peek()?.kind === "preg";
      const ops = regForm ? { dst: d, src: reg(c).n } : { dst: d, imm: imm(c) };
      c.expect(",");
      const j = target(c, "off");
      return { form: forms.find((f) => f.source === (regForm ? "reg" : "imm"))!.id, ops: { ...ops, off: j.value }, ref: j.ref };
    }
    case "ja":
    case "gotol": {
      const field = s.kind === "ja" ? "off" : "imm";
      const j = target(c, field);
      return { form: s.id, ops: { [field]: j.value }, ref: j.ref };
    }
    case "exit":
      return { form: "exit", ops: {} };
    case "lddw": {
      const d = reg(c).n;
      c.expect(",");
      return { form: "lddw", ops: { dst: d, imm64: imm64(c, c.int("a 64-bit immediate")) } };
    }
    case "ldabs":
      return { form: s.id, ops: { imm: imm(c) } };
    case "ldind": {
      const src = reg(c).n;
      c.expect(",");
      return { form: s.id, ops: { src, imm: imm(c) } };
    }
    case "ldx":
    case "ldxsx": {
      const d = reg(c).n;
      c.expect(",");
      const a = mem(c);
      return { form: s.id, ops: { dst: d, src: a.base, off: a.off } };
    }
    case "st": {
      const a = mem(c);
      c.expect(",");
      return { form: s.id, ops: { dst: a.base, off: a.off, imm: imm(c) } };
    }
    case "stx": {
      const a = mem(c);
      c.expect(",");
      return { form: s.id, ops: { dst: a.base, off: a.off, src: reg(c).n } };
    }
    default:
      return c.fail("unknown-mnemonic", `unknown mnemonic '${t.text}'`, t);
  }
}

function call(c: Cursor): InsnItem {
  const t = c.peek();
  if (t?.kind === "preg") return { form: "callx", ops: { dst: reg(c).n } };
  if (t?.kind === "ident" && t.text === "local") {
    c.next("local");
    const j = target(c, "imm");
    return { form: "call_local", ops: { imm: j.value }, ref: j.ref };
  }
  return { form: "call", ops: { imm: imm(c, "a helper id") } };
}

/** `lock [fetch] op[32] [%rD+off], %rS`; xchg and cmpxchg always fetch. */
function lock(c: Cursor): InsnItem {
  const fetch = !!c.accept("fetch");
  const t = c.next("an atomic operation");
  const m = /^(add|or|and|xor|xchg|cmpxchg)(32|64)?$/.exec(t.text);
  if (t.kind !== "ident" || !m) c.fail("syntax", `expected add, or, and, xor, xchg or cmpxchg after 'lock', found '${t.text}'`, t);
  const a = mem(c);
  c.expect(",");
  const src = reg(c).n;
  const op = m[1] === "xchg" || m[1] === "cmpxchg" || !fetch ? m[1] : `fetch_${m[1]}`;
  return { form: `lock_${op}${m[2] === "32" ? 32 : 64}`, ops: { dst: a.base, src, off: a.off } };
}
