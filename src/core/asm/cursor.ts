// A cursor over one line's tokens. Syntax errors go through one `fail(message, token)`,
// which the line loop turns into a located diagnostic; the next line is parsed regardless.

import type { Token } from "./lexer.ts";

export class ParseError {
  constructor(
    readonly code: string,
    readonly message: string,
    readonly col: number,
    readonly end: number,
  ) {}
}

export interface Reg {
  readonly n: number;
  /** 32 for a `wN` name, 64 for `rN` (and for uBPF's `%rN`). */
  readonly width: 32 | 64;
  readonly tok: Token;
}

export class Cursor {
  private k = 0;
  constructor(
    readonly toks: readonly Token[],
    readonly lineLength: number,
  ) {}

  get done(): boolean {
    return this.k >= this.toks.length;
  }
  peek(n = 0): Token | undefined {
    return this.toks[this.k + n];
  }
  /** True when the next token's text is `text` (without consuming it). */
  at(text: string, n = 0): boolean {
    const t = this.toks[this.k + n];
    return t !== undefined && t.kind !== "str" && t.text === text;
  }
  next(what: string): Token {
    const t = this.toks[this.k];
    if (!t) this.fail("syntax", `expected ${what} at end of line`);
    this.k++;
    return t;
  }
  accept(text: string): Token | undefined {
    if (!this.at(text)) return undefined;
    return this.toks[this.k++];
  }
  expect(text: string, what = `'${text}'`): Token {
    const t = this.peek();
    if (!t || t.kind === "str" || t.text !== text) this.fail("syntax", `expected ${what}${t ? `, found '${t.text}'` : " at end of line"}`, t);
    this.k++;
    return t;
  }
  end(): void {
    const t = this.peek();
    if (t) this.fail("syntax", `unexpected '${t.text}' after the instruction`, t, this.toks[this.toks.length - 1]);
  }

  fail(code: string, message: string, from?: Token, to: Token | undefined = from): never {
    const col = from ? from.col : this.lineLength + 1;
    const end = to ? to.end : col + 1;
    throw new ParseError(code, message, col, end);
  }

  /** An integer literal with an optional sign, as a BigInt. */
  int(what = "a number"): IntLit {
    const from = this.peek();
    let neg = false;
    if (this.at("-") || this.at("+")) {
      neg = this.next(what).text === "-";
    }
    const t = this.peek();
    if (!t || t.kind !== "num") this.fail("syntax", `expected ${what}${t ? `, found '${t.text}'` : " at end of line"}`, t ?? from);
    this.k++;
    const v = parseIntLiteral(t.text);
    return { value: neg ? -v : v, from: from!, to: t };
  }

  /** True when an integer literal (optionally signed) comes next. */
  atInt(): boolean {
    const t = this.peek();
    if (t?.kind === "num") return true;
    return (this.at("-") || this.at("+")) && this.peek(1)?.kind === "num";
  }
}

export function parseIntLiteral(text: string): bigint {
  return BigInt(text); // decimal, 0x hex or 0b binary, as the lexer admitted
}

/** The register named by an LLVM-dialect identifier (`r0`..`r10`, `w0`..`w10`), if it is one. */
export function llvmReg(t: Token | undefined): Reg | "bad" | undefined {
  if (!t || t.kind !== "ident") return undefined;
  const m = /^([rw])(\d+)$/.exec(t.text);
  if (!m) return undefined;
  const n = Number(m[2]);
  if (n > 10 || String(n) !== m[2]) return "bad";
  return { n, width: m[1] === "w" ? 32 : 64, tok: t };
}

/** Checks that a value fits a 32-bit immediate: signed when negative, unsigned up to 0xffffffff otherwise. */
export interface IntLit {
  readonly value: bigint;
  readonly from: Token;
  readonly to: Token;
}

/**
 * Checks that a value fits a 32-bit immediate: -2^31..2^32-1, stored as its low 32 bits.
 * With `decimalSigned` (uBPF's rule) a decimal literal must also fit s32. llvm-mc would
 * silently truncate a wider value; we refuse it.
 */
export function imm32(c: Cursor, v: IntLit, what = "immediate", decimalSigned = false): number {
  const hex = /^0[xb]/i.test(v.to.text);
  const max = decimalSigned && !hex ? 0x7fffffffn : 0xffffffffn;
  if (v.value < -(1n << 31n) || v.value > max) {
    const range = max === 0x7fffffffn ? "-2147483648..2147483647" : "-2147483648..0xffffffff";
    c.fail("imm-range", `${what} ${litText(v)} does not fit in 32 bits (${range}); a 64-bit constant needs ld_imm64`, v.from, v.to);
  }
  return Number(BigInt.asIntN(32, v.value));
}

export function off16(c: Cursor, v: IntLit, what = "offset"): number {
  if (v.value < -32768n || v.value > 32767n) c.fail("off-range", `${what} ${litText(v)} does not fit in 16 bits (-32768..32767)`, v.from, v.to);
  return Number(v.value);
}

export function imm64(c: Cursor, v: IntLit): bigint {
  if (v.value < -(1n << 63n) || v.value > (1n << 64n) - 1n) c.fail("imm-range", `immediate ${litText(v)} does not fit in 64 bits`, v.from, v.to);
  return BigInt.asUintN(64, v.value);
}

const litText = (v: IntLit) => (v.value < 0n ? "-" : "") + v.to.text;
