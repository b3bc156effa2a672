// Breakpoint conditions in the assembly's own terms:
//   r1 == 0x10     w2 s< -1     *(u32 *)(r10 - 4) > 3     r0 != r6
// An operand is a register (rN 64-bit, wN its low 32 bits), a memory read or a number;
// comparisons are unsigned unless written s<, s<=, s>, s>=. As in the ISA's JMP32 class, a
// comparison with a wN register is made in 32 bits: `w2 s< 0` and `w2 == -1` hold for
// w2 = 0xffffffff. A memory read is zero-extended (its type is unsigned); mixing rN and wN
// is refused, as no jump instruction mixes them.

import type { Run } from "./run.ts";

export type Condition = (run: Run) => boolean;
type Operand = (run: Run) => bigint | undefined;

const OPS = ["==", "!=", "<", "<=", ">", ">=", "s<", "s<=", "s>", "s>="];

/**
 * A condition's tokens, split as the assembler splits a line (the VM may not import it): names,
 * numbers (decimal, 0x, 0b) and operators, longest first; `s<` is an operator unless it ends a
 * name; a comment (`;`, `#`, `//`) ends the text.
 */
interface Token {
  readonly kind: "ident" | "num" | "punct";
  readonly text: string;
}
const PUNCTS = ["s>=", "s<=", "s>", "s<", "==", "!=", ">=", "<=", "<<", ">>", "<", ">", "=", "!", "*", "(", ")", "+", "-", "&", "|", "^", "/", "%", ",", "[", "]", ":"];
const IDENT = /^[A-Za-z_.$@][A-Za-z0-9_.$]*/;

function tokenize(line: string): Token[] | string {
  const text = line.split(/;|#|\/\//)[0];
  const out: Token[] = [];
  let k = 0;
  // every pass takes at least one character
  while (k < text.length) {
    const rest = text.slice(k);
    const space = /^[ \t\r]+/.exec(rest);
    if (space) {
      k += space[0].length;
      continue;
    }
    const num = /^(0[xX][0-9a-fA-F]+|0[bB][01]+|[0-9]+)([A-Za-z0-9_.$]*)/.exec(rest);
    if (num) {
      if (num[2]) return `invalid number '${num[0]}'`;
      out.push({ kind: "num", text: num[1] });
      k += num[0].length;
      continue;
    }
    const signed = /^s[<>]/.test(rest) && !/[A-Za-z0-9_.$]/.test(text[k - 1] ?? " ");
    const name = IDENT.exec(rest);
    if (name && !signed) {
      out.push({ kind: "ident", text: name[0] });
      k += name[0].length;
      continue;
    }
    const p = PUNCTS.find((x) => rest.startsWith(x));
    if (!p) return `unexpected character '${rest[0]}'`;
    out.push({ kind: "punct", text: p });
    k += p.length;
  }
  return out;
}

export function parseCondition(text: string): Condition | string {
  const toks = tokenize(text);
  if (typeof toks === "string") return toks;
  let k = 0;
  const peek = () => toks[k] as Token | undefined;
  const fail = (what: string): string => `condition: expected ${what}${peek() ? `, found '${peek()!.text}'` : " at the end"}`;

  function num(): bigint | undefined {
    let neg = false;
    if (peek()?.text === "-") {
      neg = true;
      k++;
    }
    const t = peek();
    if (t?.kind !== "num") return undefined;
    k++;
    return neg ? -BigInt(t.text) : BigInt(t.text);
  }

  /** Register widths the operands named: a comparison with a wN is a 32-bit one. */
  const widths = new Set<32 | 64>();
  const numbers: bigint[] = [];

  function operand(): Operand | string {
    const t = peek();
    if (!t) return fail("a register, a memory read or a number");
    const reg = /^([rw])(\d+)$/.exec(t.text);
    if (t.kind === "ident" && reg && Number(reg[2]) <= 10) {
      k++;
      const n = Number(reg[2]);
      const wide = reg[1] === "r";
      widths.add(wide ? 64 : 32);
      return (run) => {
        const v = run.machine.reg(n);
        return wide ? v : v & 0xffffffffn;
      };
    }
    if (t.text === "*") {
      k++;
      const expect = (s: string) => (peek()?.text === s ? (k++, true) : false);
      if (!expect("(")) return fail("'('");
      const ty = /^u(8|16|32|64)$/.exec(peek()?.text ?? "");
      if (!ty) return fail("u8, u16, u32 or u64");
      k++;
      if (!expect("*") || !expect(")") || !expect("(")) return fail("'*)('");
      const base = /^r(\d+)$/.exec(peek()?.text ?? "");
      if (!base || Number(base[1]) > 10) return fail("a base register");
      k++;
      let off = 0n;
      if (peek()?.text === "+" || peek()?.text === "-") {
        const sign = peek()!.text === "-" ? -1n : 1n;
        k++;
        const v = num();
        if (v === undefined) return fail("an offset");
        off = sign * v;
      }
      if (!expect(")")) return fail("')'");
      const size = Number(ty[1]) / 8;
      const b = Number(base[1]);
      return (run) => {
        const a = BigInt.asUintN(64, run.machine.reg(b) + off);
        const at = run.mem.resolve(Number(BigInt.asIntN(32, a >> 32n)), Number(BigInt.asIntN(32, a)), size, false);
        if (typeof at === "string") return undefined;
        let v = 0n;
        for (let j = size - 1; j >= 0; j--) v = (v << 8n) | BigInt(at.r.bytes[at.at + j]);
        return v;
      };
    }
    const at = peek();
    const v = num();
    if (v === undefined) return fail("a register, a memory read or a number");
    if (v < -(1n << 63n) || v >= 1n << 64n) return `condition: ${at?.text ?? v} does not fit in 64 bits`;
    numbers.push(v);
    return () => v;
  }

  const lhs = operand();
  if (typeof lhs === "string") return lhs;
  const op = peek();
  if (!op || !OPS.includes(op.text)) return fail("a comparison (==, !=, <, <=, >, >=, s<, s<=, s>, s>=)");
  k++;
  const rhs = operand();
  if (typeof rhs === "string") return rhs;
  if (k < toks.length) return fail("the end of the condition");
  if (widths.size > 1) return "condition: a 64-bit register (rN) cannot be compared with a 32-bit one (wN): write both the same way";
  const bits = widths.has(32) ? 32 : 64;
  const wide = numbers.find((v) => bits === 32 && (v < -(1n << 31n) || v >= 1n << 32n));
  if (wide !== undefined) return `condition: ${wide} does not fit in 32 bits, the width of a wN register`;
  const signed = op.text.startsWith("s");
  const cmp = op.text.replace("s", "");
  return (run) => {
    let a = lhs(run);
    let b = rhs(run);
    if (a === undefined || b === undefined) return false; // an unreadable address never matches
    if (signed) {
      a = BigInt.asIntN(bits, a);
      b = BigInt.asIntN(bits, b);
    } else {
      a = BigInt.asUintN(bits, a);
      b = BigInt.asUintN(bits, b);
    }
    switch (cmp) {
      case "==":
        return a === b;
      case "!=":
        return a !== b;
      case "<":
        return a < b;
      case "<=":
        return a <= b;
      case ">":
        return a > b;
      default:
        return a >= b;
    }
  };
}
