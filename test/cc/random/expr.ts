// Typed random expressions and statements without undefined behaviour. Each expression carries
// its C type, so every operation can be kept defined:
//  - + - * and unary - on a signed result type compute in the unsigned type of the same rank and
//    convert back (the conversion wraps in clang: implementation-defined, not undefined);
//  - x / y and x % y: unsigned divisors are made odd (y | 1: still non-zero after any conversion),
//    signed ones are tested against 0 and -1 (so neither a zero divisor nor INT_MIN / -1);
//  - shift amounts are masked to the promoted width; signed left operands of << shift unsigned;
//  - operands are pure (side effects only in statements), so nothing is unsequenced;
//  - ++/-- and compound + - * only where the computation cannot overflow a signed type.
import { INT, U64, VAR_TYPES, literal, promote, unsignedOf, usual } from "./ctypes.ts";
import type { IntType } from "./ctypes.ts";

export interface Features {
  div: boolean; sdiv: boolean; shift: boolean; ternary: boolean; comma: boolean; cast: boolean; compare: boolean;
  struct: boolean; bitfield: boolean; array: boolean; loop: boolean; switch: boolean; inline: boolean; noinline: boolean;
  compound: boolean; incdec: boolean; globals: boolean; maps: boolean;
  /** 64-bit bit-fields wider than 32 bits (else they are at most 32 wide). */
  wideBitfield: boolean;
  /** ~ and unary - applied to constant unsigned operands (else + is used there). */
  unaryOnUnsignedConstant: boolean;
}

/** mulberry32: small, seedable, the same sequence everywhere. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  /** A 64-bit value near an edge (0, ±1, powers of two, the limits of each width) or random bits. */
  interesting64(): bigint {
    const r = this.int(0, 5);
    const bits = BigInt(this.pick([7, 8, 15, 16, 31, 32, 63]));
    const mask = (1n << 64n) - 1n;
    if (r === 0) return BigInt(this.int(0, 3));
    if (r === 1) return (1n << bits) & mask;
    if (r === 2) return ((1n << bits) - 1n) & mask;
    if (r === 3) return (-(1n << bits) - BigInt(this.int(0, 1))) & mask;
    return (BigInt(this.int(0, 0xffffffff)) << 32n) | BigInt(this.int(0, 0xffffffff));
  }
}

export interface Var {
  readonly name: string;
  readonly t: IntType;
  readonly writable: boolean;
}

export interface Expr {
  readonly text: string;
  readonly t: IntType;
  /** Built from literals only (a constant expression). */
  readonly constant?: boolean;
}

const paren = (s: string) => `(${s})`;
const cast = (t: IntType, e: string) => `(${t.name})(${e})`;

export class ExprGen {
  readonly globals: Var[] = [];
  structFields: { name: string; t: IntType; store: IntType }[] = [];
  readonly functions: { name: string; params: IntType[]; ret: IntType }[] = [];
  usedSdiv = false;
  private scopes: Var[][] = [];
  private arrays: { name: string; t: IntType; n: number }[] = [];
  private hasStruct = false;
  private counter = 0;
  /** Calls are allowed in main's body only (functions stay leaf-or-earlier, never recursive). */
  private callsAllowed = false;

  constructor(
    private readonly rng: Rng,
    private readonly f: Features,
  ) {}

  private fresh(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  private vars(): Var[] {
    return [...this.scopes.flat(), ...(this.callsAllowed ? this.globals : [])];
  }

  private leaf(): Expr {
    const r = this.rng;
    const vs = this.vars();
    const k = r.int(0, 11);
    if ((k <= 3 || k >= 10) && vs.length) {
      const v = r.pick(vs);
      return { text: v.name, t: v.t };
    }
    if (k === 4 && this.hasStruct && this.structFields.length) {
      const fl = r.pick(this.structFields);
      return { text: `s.${fl.name}`, t: fl.t };
    }
    if (k === 5 && this.arrays.length) {
      const a = r.pick(this.arrays);
      const idx = r.chance(0.5) ? String(r.int(0, a.n - 1)) : `(${this.expr(1).text}) & ${a.n - 1}`;
      return { text: `${a.name}[${idx}]`, t: a.t };
    }
    if (k === 6 && this.callsAllowed) {
      const t = r.pick(VAR_TYPES);
      return { text: cast(t, `in[${r.int(0, 7)}]`), t };
    }
    const v = r.chance(0.5) ? BigInt(r.int(0, 300)) : r.interesting64() & ((1n << 63n) - 1n);
    return { ...literal(v, r.pick(["dec", "hex", "u", "l", "ul", "ull"] as const)), constant: true };
  }

  /** A pure expression of at most `depth` levels. */
  expr(depth: number): Expr {
    const r = this.rng;
    if (depth <= 0 || r.chance(0.25)) return this.leaf();
    const k = r.int(0, 13);
    const a = this.expr(depth - 1);
    if (k <= 3) return this.arith(r.pick(["+", "-", "*", "&", "|", "^"]), a, this.expr(depth - 1));
    if (k === 4 && this.f.div) return this.divide(r.pick(["/", "%"]), a, this.expr(depth - 1));
    if (k === 5 && this.f.shift) return this.shift(r.pick(["<<", ">>"]), a, this.expr(depth - 1));
    if (k === 6 && this.f.compare) return { text: paren(`${a.text} ${r.pick(["<", "<=", ">", ">=", "==", "!="])} ${this.expr(depth - 1).text}`), t: INT };
    if (k === 7) return { text: paren(`${a.text} ${r.pick(["&&", "||"])} ${this.expr(depth - 1).text}`), t: INT };
    if (k === 8) return this.unary(r.pick(["-", "~", "!", "+"]), a);
    if (k === 9 && this.f.cast) {
      const t = r.pick(VAR_TYPES);
      return { text: cast(t, a.text), t, constant: a.constant };
    }
    if (k === 10 && this.f.ternary) {
      const b = this.expr(depth - 1);
      const c = this.expr(depth - 1);
      return { text: paren(`${a.text} ? ${b.text} : ${c.text}`), t: usual(b.t, c.t) };
    }
    if (k === 11 && this.f.comma) {
      const b = this.expr(depth - 1);
      return { text: paren(`(void)${paren(a.text)}, ${b.text}`), t: b.t };
    }
    if (k === 12 && this.callsAllowed && this.functions.length) {
      const fn = r.pick(this.functions);
      return { text: `${fn.name}(${fn.params.map(() => this.expr(depth - 1).text).join(", ")})`, t: fn.ret };
    }
    return this.arith(r.pick(["+", "-", "^"]), a, this.expr(depth - 1));
  }

  private arith(op: string, a: Expr, b: Expr): Expr {
    const t = usual(a.t, b.t);
    const constant = a.constant && b.constant;
    if (t.signed && "+-*".includes(op)) {
      const u = unsignedOf(t);
      return { text: cast(t, `${cast(u, a.text)} ${op} ${cast(u, b.text)}`), t, constant };
    }
    return { text: paren(`${a.text} ${op} ${b.text}`), t, constant };
  }

  private divide(op: string, a: Expr, b: Expr): Expr {
    const t = usual(a.t, b.t);
    if (!t.signed) return { text: paren(`${a.text} ${op} (${b.text} | 1)`), t };
    if (!this.f.sdiv) {
      const u = unsignedOf(t);
      return { text: cast(t, `${cast(u, a.text)} ${op} (${cast(u, b.text)} | 1)`), t };
    }
    this.usedSdiv = true;
    const d = cast(t, b.text);
    return { text: paren(`${d} == 0 || ${d} == -1 ? ${cast(t, a.text)} : ${cast(t, a.text)} ${op} ${d}`), t };
  }

  private shift(op: string, a: Expr, b: Expr): Expr {
    const t = promote(a.t);
    const amount = `(${b.text}) & ${t.bits - 1}`;
    if (op === "<<" && t.signed) return { text: cast(t, `${cast(unsignedOf(t), a.text)} << (${amount})`), t };
    return { text: paren(`${a.text} ${op} (${amount})`), t };
  }

  private unary(op: string, a: Expr): Expr {
    const t = promote(a.t);
    if (!this.f.unaryOnUnsignedConstant && a.constant && !t.signed && (op === "-" || op === "~")) op = "+";
    if (op === "!") return { text: `!${paren(a.text)}`, t: INT };
    if (op === "-" && t.signed) return { text: cast(t, `-${cast(unsignedOf(t), a.text)}`), t, constant: a.constant };
    return { text: `${op}${paren(a.text)}`, t, constant: a.constant };
  }

  /** One statement (possibly compound) at indentation `ind`; `budget` bounds nesting. */
  private stmt(ind: string, budget: number): string {
    const r = this.rng;
    const writable = this.vars().filter((v) => v.writable);
    const k = r.int(0, 11);
    if (k <= 1 || !writable.length) return this.declare(ind);
    const v = r.pick(writable);
    if (k <= 3) return `${ind}${v.name} = ${this.expr(3).text};\n`;
    if (k === 4 && this.f.compound) return this.compound(ind, v);
    if (k === 5 && this.f.incdec && (!v.t.signed || v.t.bits < 32)) return `${ind}${r.pick([`${v.name}++`, `${v.name}--`, `++${v.name}`, `--${v.name}`])};\n`;
    if (k === 6 && budget > 0) {
      const els = r.chance(0.5) ? ` else {\n${this.block(ind + "\t", budget - 1)}${ind}}` : "";
      return `${ind}if (${this.expr(3).text}) {\n${this.block(ind + "\t", budget - 1)}${ind}}${els}\n`;
    }
    if (k === 7 && budget > 0 && this.f.loop) {
      const i = this.fresh("i");
      this.scopes.push([{ name: i, t: INT, writable: false }]);
      const body = this.block(ind + "\t", budget - 1);
      this.scopes.pop();
      return `${ind}for (int ${i} = 0; ${i} < ${r.int(1, 6)}; ${i}++) {\n${body}${ind}}\n`;
    }
    if (k === 8 && budget > 0 && this.f.switch) {
      const cases = [...new Set(Array.from({ length: r.int(1, 4) }, () => r.int(0, 7)))];
      // each arm in braces: a declaration may not follow a label before C23
      const arms = cases.map((c) => `${ind}case ${c}: {\n${this.block(ind + "\t", budget - 1)}${ind}}${r.chance(0.7) ? " break;" : ""}\n`);
      return `${ind}switch ((${this.expr(2).text}) & 7) {\n${arms.join("")}${ind}default: {\n${this.block(ind + "\t", budget - 1)}${ind}}\n${ind}}\n`;
    }
    if (k === 9 && this.hasStruct && this.structFields.length) return `${ind}s.${r.pick(this.structFields).name} = ${this.expr(3).text};\n`;
    if (k === 10 && this.arrays.length) {
      const a = r.pick(this.arrays);
      return `${ind}${a.name}[(${this.expr(2).text}) & ${a.n - 1}] = ${this.expr(3).text};\n`;
    }
    return `${ind}${v.name} ^= ${this.expr(3).text};\n`;
  }

  private compound(ind: string, v: Var): string {
    const r = this.rng;
    const op = r.pick(["+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "|=", "^="]);
    const e = this.expr(2);
    const ct = usual(v.t, e.t);
    if (op === "/=" || op === "%=") {
      // the divisor is 1..8; with a signed computation type this is signed division (v4)
      if (usual(ct, INT).signed) {
        if (!this.f.sdiv) return `${ind}${v.name} ^= ${e.text};\n`;
        this.usedSdiv = true;
      }
      return `${ind}${v.name} ${op} (${e.text} & 7) + 1;\n`;
    }
    if (op === "<<=" || op === ">>=") {
      if (op === "<<=" && promote(v.t).signed) return `${ind}${v.name} >>= (${e.text}) & ${promote(v.t).bits - 1};\n`;
      return `${ind}${v.name} ${op} (${e.text}) & ${promote(v.t).bits - 1};\n`;
    }
    if ("+=-=*=".includes(op) && ct.signed) {
      // narrow variables with a short operand stay far inside int; wider signed ones use ^= instead
      if (v.t.bits < 32 && op !== "*=") return `${ind}${v.name} ${op} (short)(${e.text});\n`;
      return `${ind}${v.name} ^= ${e.text};\n`;
    }
    return `${ind}${v.name} ${op} ${e.text};\n`;
  }

  private declare(ind: string): string {
    const r = this.rng;
    const t = r.pick(VAR_TYPES);
    const name = this.fresh("v");
    const init = this.expr(3).text;
    this.scopes[this.scopes.length - 1].push({ name, t, writable: true });
    return `${ind}${t.name} ${name} = ${init};\n`;
  }

  /** A block's statements; its own variables are folded into `acc` before they go out of scope. */
  private block(ind: string, budget: number): string {
    this.scopes.push([]);
    let s = "";
    const n = this.rng.int(1, 3);
    for (let i = 0; i < n; i++) s += this.stmt(ind, budget);
    for (const v of this.scopes.pop()!) s += `${ind}acc = (acc ^ (__u64)${v.name}) * 31;\n`;
    return s;
  }

  functionBody(params: Var[], ret: IntType): string {
    this.scopes = [[...params]];
    this.callsAllowed = false;
    const saveArrays = this.arrays;
    const saveStruct = this.hasStruct;
    this.arrays = [];
    this.hasStruct = false;
    let s = "\t__u64 acc = 0;\n";
    const n = this.rng.int(1, 4);
    for (let i = 0; i < n; i++) s += this.stmt("\t", 1);
    const all = this.scopes.flat();
    s += `\treturn (${ret.name})(acc ^ ${all.map((v) => `(__u64)${v.name}`).join(" ^ ")} ^ (__u64)(${this.expr(3).text}));\n`;
    this.arrays = saveArrays;
    this.hasStruct = saveStruct;
    this.scopes = [];
    return s;
  }

  mainBody(): string {
    const r = this.rng;
    this.callsAllowed = true;
    this.scopes = [[]];
    let s = "\t__u64 acc = 0;\n";
    for (let i = 0; i < r.int(2, 4); i++) s += this.declare("\t");
    if (this.f.struct) {
      s += `\tstruct S s = { ${this.structFields.map(() => this.expr(2).text).join(", ")} };\n`;
      this.hasStruct = true;
    }
    if (this.f.array) {
      const t = r.pick(VAR_TYPES);
      const n = r.pick([2, 4, 8]);
      s += `\t${t.name} arr[${n}] = { ${Array.from({ length: n }, () => this.expr(2).text).join(", ")} };\n`;
      this.arrays.push({ name: "arr", t, n });
    }
    const n = r.int(3, 10);
    for (let i = 0; i < n; i++) s += this.stmt("\t", 2);
    const parts = [...this.scopes.flat().map((v) => v.name), "acc", ...this.globals.map((g) => g.name)];
    if (this.hasStruct) parts.push(...this.structFields.map((fl) => `s.${fl.name}`));
    for (const a of this.arrays) for (let i = 0; i < a.n; i++) parts.push(`${a.name}[${i}]`);
    s += `\t__u64 h = 0xcbf29ce484222325ULL;\n`;
    for (const p of parts) s += `\th = (h ^ (__u64)${p}) * 0x100000001b3ULL;\n`;
    return s;
  }
}

export { U64 };
