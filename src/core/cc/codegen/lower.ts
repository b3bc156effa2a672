// The lowering state of one function: blocks being filled, virtual registers, where each C
// variable lives, the frame; and the primitives every construct uses: materialising a value in a
// register, C conversions, loads and stores of places, block-by-block copies.

import type { Diagnostic } from "../../diag.ts";
import type { AluName } from "../../isa/builder.ts";
import type { Expr, FuncSym, Loc, VarSym } from "../ast.ts";
import { walkExpr } from "./callgraph.ts";
import { alignOf, isRecord, sizeOf } from "../types.ts";
import type { CType } from "../types.ts";
import { Frame } from "./frame.ts";
import { copyMem, fillMem, loadBits, loadBytes, misaligned, storeBits } from "./memory.ts";
import { defs, FIRST_VREG, R10, successors } from "./ir.ts";
import type { Block, IrFunc, MapSlot, Op, Term, VarHome, VReg } from "./ir.ts";
import type { GlobalTable } from "./maps.ts";
import { fitImm, fitsS32, immFor, intKind, smallNonNeg } from "./values.ts";
import type { Hi, IntKind, LVal, Val } from "./values.ts";

export type Home = { readonly k: "reg"; readonly v: VReg } | { readonly k: "stack"; readonly off: number };

/** A value computed from registers `regs` (see Lowerer.pure). */
type Memo = { readonly v: Val; readonly regs: readonly VReg[] };

/** What the whole unit shares while its functions are lowered. */
export interface UnitCtx {
  readonly cpu: 1 | 2 | 3 | 4;
  readonly diags: Diagnostic[];
  readonly globals: GlobalTable;
  /** Whether a call to this function is inlined. */
  inlined(f: FuncSym): boolean;
  /** Globals whose address initialisers clang folds into the code (constglobals.ts). */
  readonly constAddrs: ReadonlySet<number>;
}

/** Where `return` goes: the program's exit, or the end of an inlined body. */
export type ReturnTarget = { readonly k: "exit"; readonly type: CType } | { readonly k: "inline"; readonly v?: VReg; readonly cont: Block; readonly type: CType };

export class CodegenError {
  constructor(readonly code: string, readonly message: string, readonly loc: Loc) {}
}

export class Lowerer {
  readonly frame = new Frame();
  readonly fn: IrFunc;
  cur: Block;
  private nextBlock = 0;
  readonly homes = new Map<number, Home>();
  /** Upper bounds of locals that are never negative, by variable id (ranges.ts localBounds). */
  readonly varMax = new Map<number, bigint>();
  /** Locals a branch may test, by id (tested.ts): a 0/1 value stored in one stays linked. */
  readonly testedVars = new Set<number>();
  /**
   * Whether a 0/1 value made now may be branched on later, so its comparison must jump on the
   * operands themselves (see cond.ts boolValue). True but while lowering a value stored in an
   * untested variable or in memory, or an operand of arithmetic outside a condition.
   */
  linkBools = true;
  /** Lowering a condition (cond.ts condJump): the operands of its arithmetic are branched on too. */
  inCond = false;
  /** Parameters of inlined bodies that are never assigned: bound to the argument's value itself. */
  readonly bound = new Map<number, Val>();
  /** Function-pointer parameters of inlined bodies given a function: a call through one is a direct call. */
  readonly boundFuncs = new Map<number, FuncSym>();
  loc: Loc;
  /** The next instruction starts a statement. */
  stmtStart = false;
  loops: { brk: Block; cont?: Block }[] = [];
  switches: Map<number, Block>[] = [];
  labels = new Map<string, Block>();
  ret: ReturnTarget;
  /** Functions being inlined, innermost last (for recursion). */
  readonly inlineStack: FuncSym[] = [];
  /** bpf-to-bpf calls made, with their place, for the call graph. */
  readonly calls: { callee: FuncSym; loc: Loc; callback?: boolean }[] = [];
  /** Lowering a call argument, where a function's address may be taken (a callback). */
  callbackArg = false;
  /**
   * Errors clang's back end gives only for code that survives optimisation (a memcpy whose size
   * is still not a constant after inlining), with the block they sit in: reported if it is reachable.
   */
  readonly deferred: { block: Block; err: CodegenError }[] = [];

  constructor(readonly u: UnitCtx, sym: FuncSym) {
    const entry = this.block();
    this.fn = { name: sym.name, sym, blocks: [entry], nextVreg: FIRST_VREG, frameSize: 0, vars: [] };
    this.cur = entry;
    this.loc = sym.loc;
    this.ret = { k: "exit", type: sym.type.ret };
  }

  get cpu(): 1 | 2 | 3 | 4 {
    return this.u.cpu;
  }

  /** Runs f with linkBools set to `on`, restored after (also when f fails). */
  linked<T>(on: boolean, f: () => T): T {
    const saved = this.linkBools;
    this.linkBools = on;
    try {
      return f();
    } finally {
      this.linkBools = saved;
    }
  }

  /**
   * The value of an operand of arithmetic or of a comparison. A 0/1 value there is not what a later
   * branch tests (the result is), so its comparison is unlinked; but in a condition
   * (`if ((i < 8) & (j < 4)) v[i]`) the branch decides on it, as clang's code does.
   */
  operand(f: () => Val): Val {
    return this.inCond || !this.linkBools ? f() : this.linked(false, f);
  }

  /** Runs f as part of a condition (see inCond, linkBools). */
  condition(f: () => void): void {
    const saved = { link: this.linkBools, cond: this.inCond };
    this.linkBools = true;
    this.inCond = true;
    try {
      f();
    } finally {
      this.linkBools = saved.link;
      this.inCond = saved.cond;
    }
  }

  /** Whether a value stored through `target` may be branched on later (see linkBools). */
  storesTested(target: Expr): boolean {
    if (this.testedVars.size === 0) return false;
    let tested = false;
    walkExpr(target, (x) => { if (x.kind === "var" && this.testedVars.has(x.sym.id)) tested = true; }, () => {});
    return tested;
  }

  fail(code: string, message: string, loc: Loc = this.loc): never {
    throw new CodegenError(code, message, loc);
  }

  /** An error for the current point if it turns out reachable (see `deferred`, stmt.ts lowerFunction). */
  failIfReached(code: string, message: string, loc: Loc = this.loc): void {
    if (this.cur.term) this.enter(this.block());
    this.deferred.push({ block: this.cur, err: new CodegenError(code, message, loc) });
  }

  vreg(): VReg {
    return this.fn.nextVreg++;
  }

  /** `arm`: a block only one conditional edge will enter (see Block.arm). */
  block(arm = false): Block {
    return arm ? { id: this.nextBlock++, insns: [], arm } : { id: this.nextBlock++, insns: [] };
  }

  /** Starts filling `b` (appended to the layout). */
  enter(b: Block): void {
    const from = this.preds.get(b);
    // Loaded values stay valid in a block whose only way in is one conditional edge: as they were
    // when that jump was made (the other arm, lowered first, may have stored since).
    const facts = this.armFacts.get(b);
    this.loads.clear();
    this.bases.clear();
    this.widened.clear();
    if (b.arm && from?.length === 1 && facts) {
      for (const [k, v] of facts.loads) this.loads.set(k, v);
      for (const [k, v] of facts.bases) this.bases.set(k, v);
      for (const [k, v] of facts.widened) this.widened.set(k, v);
    }
    this.fn.blocks.push(b);
    this.cur = b;
  }

  emit(op: Op): void {
    if (this.cur.term) this.enter(this.block()); // code after a jump: unreachable, dropped later
    if (op.k === "stx" || op.k === "st" || op.k === "call" || op.k === "atomic" || op.k === "ldabs") this.loads.clear();
    if (this.widened.size) this.forgetWidened(op);
    this.cur.insns.push({ op, loc: this.loc, stmt: this.stmtStart || undefined });
    if (this.stmtStart) this.noteStmt();
    this.stmtStart = false;
  }

  terminate(t: Term): void {
    if (this.cur.term) this.enter(this.block());
    this.cur.term = t;
    this.cur.termLoc = this.loc;
    if (this.stmtStart && t.k !== "br") {
      this.cur.termStmt = true;
      this.noteStmt();
      this.stmtStart = false;
    }
    for (const s of successors(this.cur)) {
      const l = this.preds.get(s);
      if (l) l.push(this.cur);
      else this.preds.set(s, [this.cur]);
      if (s.arm) this.armFacts.set(s, { loads: new Map(this.loads), bases: new Map(this.bases), widened: new Map(this.widened) });
    }
  }

  /** An instruction redefines a register: widened copies and sums of it (or held in it) are stale. */
  private forgetWidened(op: Op): void {
    for (const d of op.k === "call" || op.k === "ldabs" ? [0, 1, 2, 3, 4, 5] : defs(op)) {
      for (const [k, m] of this.widened) if (m.regs.includes(d) || (m.v.k === "reg" && m.v.r === d)) this.widened.delete(k);
    }
  }

  private readonly preds = new Map<Block, Block[]>();
  private readonly armFacts = new Map<Block, { loads: Map<string, Val>; bases: Map<number, VReg>; widened: Map<string, Memo> }>();
  /**
   * Sign- or zero-extended copies of registers made in this extended block, by source register
   * and signedness: a value tested and then used (`if (c < sizeof(a)) a[c]`) must be extended
   * once, or the verifier bounds one copy and sees the other used (clang extends it once too).
   */
  private readonly widened = new Map<string, Memo>();

  /**
   * A pure value of registers `regs` computed once per extended block (as `widened`): a pointer
   * sum checked against data_end and then dereferenced must be one register, or the verifier
   * proves the range of one copy and sees the other read (`data + off + 1 > end`, `*(data + off)`).
   */
  pure(key: string, regs: readonly VReg[], make: () => Val): Val {
    const have = this.widened.get(key);
    if (have) return have.v;
    const v = make();
    this.widened.set(key, { v, regs });
    return v;
  }
  /**
   * Values loaded from memory since the last store, call or join, by base register, offset and
   * size: C lets a non-volatile object be read once, and the verifier needs the bounds a test gave
   * a loaded value to hold for the value used after the test (`if (k < 6) a[k]`).
   */
  private readonly loads = new Map<string, Val>();
  /** Addresses of global variables loaded in this extended block, by variable (see enter()). */
  private readonly bases = new Map<number, VReg>();
  /** Alignment of each global address register (map values are 8-byte aligned). */
  private readonly baseAlign = new Map<VReg, number>();

  /** The blocks that jump to b so far. */
  predsOf(b: Block): readonly Block[] {
    return this.preds.get(b) ?? [];
  }

  /** Global addresses loaded so far (before a branch): still valid where the branches join. */
  saveBases(): Map<number, VReg> {
    return new Map(this.bases);
  }

  /** At a join dominated by the point `saved` was taken at: those addresses are still loaded. */
  restoreBases(saved: Map<number, VReg>): void {
    for (const [k, v] of saved) this.bases.set(k, v);
  }

  /** A register variable is about to change: loads through it as a base are stale. */
  clobber(v: VReg): void {
    for (const k of [...this.loads.keys()]) if (k.startsWith(`${v}:`)) this.loads.delete(k);
  }

  /** The alignment an address register is known to have (r10: 8), or 0. */
  knownAlign(v: VReg): number {
    return v === R10 ? 8 : this.baseAlign.get(v) ?? 0;
  }

  /**
   * The address of a global variable (ld_imm64 map_value with the variable's offset, relocated
   * by its name), loaded once per extended block: an address register is pure, and a later use
   * through the same register lets loaded values be reused.
   */
  globalBase(sym: VarSym, map: MapSlot, off: number): VReg {
    let d = this.entryBases.get(sym.id) ?? this.bases.get(sym.id);
    if (d !== undefined) return d;
    d = this.vreg();
    this.baseSyms.set(d, sym);
    this.baseAlign.set(d, off % 8 === 0 ? 8 : off & -off);
    const op: Op = { k: "ldmap", d, map, value: true, off, symbol: sym.name };
    if (this.loops.length) {
      // Inside a loop: load it once at the entry rather than on every iteration.
      this.entryBases.set(sym.id, d);
      this.fn.blocks[0].insns.unshift({ op, loc: this.fn.sym.loc });
    } else {
      this.bases.set(sym.id, d);
      this.emit(op);
    }
    return d;
  }

  private readonly entryBases = new Map<number, VReg>();
  /** The global each global-address register holds (see globalBase). */
  private readonly baseSyms = new Map<VReg, VarSym>();

  /**
   * A load of an address a constant global was initialised with (constglobals.ts): the address
   * itself, as clang folds it (a string literal's in .rodata, a global's in its section).
   */
  private constAddress(p: LVal & { k: "mem" }): Val | undefined {
    const g = this.baseSyms.get(p.base);
    if (!g || !this.u.constAddrs.has(g.id) || p.bitWidth !== undefined || sizeOf(p.type) !== 8) return undefined;
    const r = g.initRelocs?.find((x) => x.offset === p.off);
    if (!r) return undefined;
    const t = r.target;
    if (t instanceof Uint8Array) {
      const s = this.u.globals.string(t);
      const d = this.vreg();
      this.emit({ k: "ldmap", d, map: s.map, value: true, off: s.off + r.addend, symbol: ".rodata" });
      return { k: "reg", r: d, hi: "?" };
    }
    if (t.kind !== "var") return undefined;
    const at = this.u.globals.lookup(t);
    if (!at) return undefined;
    if (at.value) return { k: "addr", base: this.globalBase(t, at.map, at.off), off: r.addend };
    const d = this.vreg();
    this.emit({ k: "ldmap", d, map: at.map, value: false, off: 0, symbol: t.name });
    return { k: "reg", r: d, hi: "?" };
  }

  br(t: Block): void {
    this.terminate({ k: "br", t });
  }

  private noteStmt(): void {
    if (this.loc) (this.fn.stmtLines ??= new Set()).add(`${this.loc.file}:${this.loc.line}`);
  }

  /** A jump that is a statement's whole code (goto, break, continue): it starts the statement. */
  jumpStmt(t: Block): void {
    const start = this.stmtStart;
    this.br(t);
    if (start && !this.cur.termStmt) {
      this.cur.termStmt = true;
      this.noteStmt();
    }
    this.stmtStart = false;
  }

  // ---- variables ----

  /** Gives a local or parameter its home: memory if its address is taken or it is an aggregate. */
  declare(sym: VarSym): Home {
    const inMem = sym.addressTaken || isRecord(sym.type) || sym.type.kind === "array";
    let h: Home;
    if (inMem) {
      const size = sizeOf(sym.type);
      // Arrays of 8 bytes or more get an 8-byte slot, as clang gives them: copies and string
      // initialisers then move 8 bytes at a time rather than byte by byte.
      const align = sym.type.kind === "array" && size >= 8 ? Math.max(8, alignOf(sym.type)) : alignOf(sym.type);
      h = { k: "stack", off: this.frame.alloc(size, align) };
      if (-h.off > 512) this.fail("stack-limit", "Looks like the BPF stack limit is exceeded. Please move large on stack variables into BPF per-cpu array map.", sym.loc);
    } else h = { k: "reg", v: this.vreg() };
    this.homes.set(sym.id, h);
    this.fn.vars.push({ name: sym.name, type: sym.type, where: h.k === "reg" ? { vreg: h.v } : { fpOffset: h.off } } satisfies VarHome);
    return h;
  }

  // ---- values in registers ----

  /** A register holding v (for an ≤32-bit type the low 32 bits are what matters). */
  reg(v: Val, t: CType): VReg {
    switch (v.k) {
      case "reg":
        return v.r;
      case "imm": {
        const d = this.vreg();
        this.loadImm(d, v.v, intKind(t) ?? { size: 8, signed: false });
        return d;
      }
      case "addr":
      case "agg": {
        if (v.off === 0 && v.base !== R10) return v.base;
        const d = this.vreg();
        this.emit({ k: "mov", w: 64, d, s: v.base });
        if (v.off !== 0) this.emit({ k: "alu", w: 64, op: "add", d, imm: v.off });
        return d;
      }
    }
  }

  loadImm(d: VReg, value: bigint, k: IntKind): void {
    this.clobber(d);
    const v = fitImm(value, k);
    if (k.size <= 4) this.emit({ k: "mov", w: 32, d, imm: Number(BigInt.asIntN(32, v)) });
    else if (fitsS32(v)) this.emit({ k: "mov", w: 64, d, imm: Number(v) });
    else if (v >= 0n && v <= 0xffffffffn) this.emit({ k: "mov", w: 32, d, imm: Number(BigInt.asIntN(32, v)) });
    else this.emit({ k: "ld64", d, value: v });
  }

  /**
   * A fresh register holding v, free to be modified (the left side of a two-address operation).
   * The copy is 64-bit so that the allocator can delete it: every caller follows it with an
   * operation of the value's own width, which fixes the upper bits where that matters.
   */
  copy(v: Val, t: CType, _w: 32 | 64 = 64): VReg {
    if (v.k === "imm" || (v.k !== "reg" && (v.off !== 0 || v.base === R10))) return this.reg(v, t);
    const d = this.vreg();
    this.emit({ k: "mov", w: 64, d, s: v.k === "reg" ? v.r : v.base });
    return d;
  }

  /** d op= v, with an immediate where one encodes. */
  aluWith(op: AluName, w: 32 | 64, d: VReg, v: Val, t: CType): void {
    if (v.k === "imm") {
      const imm = immFor(v.v, w);
      if (imm !== undefined) {
        this.emit({ k: "alu", w, op, d, imm });
        return;
      }
    }
    this.emit({ k: "alu", w, op, d, s: this.reg(v, t) });
  }

  /** Makes v's upper 32 bits what an ≤32-bit type of kind k at 64 bits needs (sign or zero). */
  widen(v: Val, k: IntKind): Val {
    if (v.k !== "reg") return v;
    if (k.signed ? v.hi === "s" : v.hi === "z") return v;
    if (smallNonNeg(v)) return v; // the bound says the upper bits are zero and the sign is too
    const key = `${v.r}:${k.signed}`;
    return this.pure(key, [v.r], () => this.widenNew(v, k));
  }

  private widenNew(v: Val & { k: "reg" }, k: IntKind): Val {
    const d = this.vreg();
    if (!k.signed) this.emit({ k: "mov", w: 32, d, s: v.r });
    else if (this.cpu >= 4) this.emit({ k: "movsx", w: 64, d, s: v.r, bits: 32 });
    else {
      this.emit({ k: "mov", w: 64, d, s: v.r });
      this.emit({ k: "alu", w: 64, op: "lsh", d, imm: 32 });
      this.emit({ k: "alu", w: 64, op: "arsh", d, imm: 32 });
    }
    return { k: "reg", r: d, hi: k.signed ? "s" : "z" };
  }

  /** v as a value of an ≤2-byte type k: low bits kept, extended to 32 bits per k's signedness. */
  narrow(v: Val, k: IntKind, t: CType): Val {
    const bits = k.size * 8;
    // Already in range: nothing to cut.
    if (v.k === "reg" && v.max !== undefined && v.max < 1n << BigInt(k.signed ? bits - 1 : bits)) return v;
    const d = this.copy(v, t, 32);
    if (!k.signed) {
      this.emit({ k: "alu", w: 32, op: "and", d, imm: bits === 8 ? 0xff : 0xffff });
      return { k: "reg", r: d, hi: "z", max: bits === 8 ? 0xffn : 0xffffn };
    }
    if (this.cpu >= 4) this.emit({ k: "movsx", w: 32, d, s: d, bits: bits as 8 | 16 });
    else {
      this.emit({ k: "alu", w: 32, op: "lsh", d, imm: 32 - bits });
      this.emit({ k: "alu", w: 32, op: "arsh", d, imm: 32 - bits });
    }
    return { k: "reg", r: d, hi: "z" };
  }

  /** C's conversion of v from type `from` to type `to` (not to bool: see cond.ts). */
  convert(v: Val, from: CType, to: CType): Val {
    const f = intKind(from), t = intKind(to);
    if (!f || !t || v.k === "agg") return v;
    if (v.k === "imm") return { k: "imm", v: fitImm(v.v, t) };
    if (t.size === 8) return f.size === 8 ? v : this.widen(v, f);
    if (t.size === 4) {
      if (f.size === 8 && v.k === "reg" && v.max !== undefined && v.max <= 0xffffffffn) return v;
      // Truncation is free: the low 32 bits are the value; whoever needs the upper bits zero
      // (a 64-bit use, a variable) zero-extends then, and 32-bit operations never look.
      if (f.size === 8) return { k: "reg", r: this.reg(v, from), hi: "?" };
      return v;
    }
    // to 1 or 2 bytes
    if (f.size < t.size && (f.signed === t.signed || !f.signed)) return v;
    if (f.size === t.size && f.signed === t.signed) return v;
    return this.narrow(v, t, to);
  }

  // ---- places ----

  /** The register or memory a variable lives in. */
  varPlace(sym: VarSym, type: CType): LVal {
    if (sym.storage === "global" || sym.storage === "extern") {
      const g = this.u.globals.lookup(sym);
      if (!g && this.u.constAddrs.has(sym.id)) {
        // Dropped from the object (maps.ts): only ever loaded, and every load folds (constAddress).
        const d = this.vreg();
        this.baseSyms.set(d, sym);
        return { k: "mem", base: d, off: 0, type };
      }
      if (!g) this.fail("unsupported", `global '${sym.name}' cannot be used here`);
      if (!g.value) this.fail("unsupported", `map '${sym.name}' can only be used as a pointer`);
      return { k: "mem", base: this.globalBase(sym, g.map, g.off), off: 0, type };
    }
    const h = this.homes.get(sym.id) ?? this.fail("unsupported", `'${sym.name}' has no storage here`);
    return h.k === "reg" ? { k: "reg", v: h.v, type } : { k: "mem", base: R10, off: h.off, type };
  }

  load(p: LVal): Val {
    if (p.k === "reg") return { k: "reg", r: p.v, hi: "z" };
    const t = p.type;
    const folded = this.constAddress(p);
    if (folded) return folded;
    if (isRecord(t) || t.kind === "array") return { k: "agg", base: p.base, off: p.off };
    const k = intKind(t) ?? this.fail("unsupported", "cannot load a value of this type");
    if (p.bitWidth !== undefined) return loadBits(this, p, k);
    if (misaligned(p, k.size)) return this.convert(loadBytes(this, p, k.size), { kind: "int", size: k.size === 1 ? 1 : k.size, signed: false }, t);
    const key = `${p.base}:${p.off}:${k.size}:${k.signed}`;
    const have = t.volatile ? undefined : this.loads.get(key);
    if (have) return have;
    const v = this.loadPlain(p, k, t);
    if (!t.volatile) this.loads.set(key, v);
    return v;
  }

  private loadPlain(p: LVal & { k: "mem" }, k: IntKind, t: CType): Val {
    const d = this.vreg();
    if (k.signed && k.size < 4) {
      if (this.cpu >= 4) {
        this.emit({ k: "ldx", d, base: p.base, off: p.off, size: k.size, sx: true });
        return { k: "reg", r: d, hi: "s" };
      }
      this.emit({ k: "ldx", d, base: p.base, off: p.off, size: k.size, sx: false });
      return this.narrow({ k: "reg", r: d, hi: "z" }, k, t);
    }
    this.emit({ k: "ldx", d, base: p.base, off: p.off, size: k.size, sx: false });
    return { k: "reg", r: d, hi: "z", max: k.size < 8 ? (1n << BigInt(8 * k.size)) - 1n : undefined };
  }





  /** Stores v (already of p's type) into p. */
  store(p: LVal, v: Val): void {
    const t = p.type;
    if (p.k === "reg") {
      this.assignReg(p.v, v, t);
      return;
    }
    if (isRecord(t) || t.kind === "array") {
      if (v.k !== "agg") this.fail("unsupported", "aggregate assignment from a non-aggregate");
      this.copyMem(p.base, p.off, v.base, v.off, sizeOf(t), alignOf(t));
      return;
    }
    const k = intKind(t) ?? this.fail("unsupported", "cannot store a value of this type");
    if (p.bitWidth !== undefined) {
      storeBits(this, p, v, k);
      return;
    }
    if (misaligned(p, k.size)) {
      // Byte by byte, little-endian: BPF has no unaligned access the verifier would accept on the stack.
      const r = this.reg(v, t);
      for (let i = 0; i < k.size; i++) {
        const b = this.vreg();
        this.emit({ k: "mov", w: 64, d: b, s: r });
        if (i) this.emit({ k: "alu", w: 64, op: "rsh", d: b, imm: 8 * i });
        this.emit({ k: "stx", base: p.base, off: p.off + i, s: b, size: 1 });
      }
      return;
    }
    if (v.k === "imm") {
      const imm = immFor(v.v, k.size === 8 ? 64 : 32);
      if (imm !== undefined) {
        this.emit({ k: "st", base: p.base, off: p.off, imm, size: k.size });
        return;
      }
    }
    this.emit({ k: "stx", base: p.base, off: p.off, s: this.reg(v, t), size: k.size });
  }

  /** A register variable takes v: upper bits of an ≤32-bit type zeroed on the way (one mov either way). */
  /** Copies size bytes in the widest accesses both alignments allow. */
  copyMem(db: VReg, doff: number, sb: VReg, soff: number, size: number, align: number): void {
    copyMem(this, db, doff, sb, soff, size, align);
  }

  /** Sets size bytes to byte `value`. */
  fillMem(db: VReg, doff: number, size: number, align: number, value: number): void {
    fillMem(this, db, doff, size, align, value);
  }

  assignReg(d: VReg, v: Val, t: CType): void {
    this.clobber(d);
    const k = intKind(t);
    if (v.k === "imm") this.loadImm(d, v.v, k ?? { size: 8, signed: false });
    else if (v.k === "reg" && v.r === d) {
      if (k && k.size <= 4 && v.hi !== "z") this.emit({ k: "mov", w: 32, d, s: d });
    } else if (v.k === "reg") this.emit({ k: "mov", w: k && k.size <= 4 && v.hi !== "z" ? 32 : 64, d, s: v.r });
    else if (!v.off) this.emit({ k: "mov", w: 64, d, s: v.base });
    else {
      // The address is made in a temporary and then moved: the variable's register takes its value
      // at the move (which the allocator deletes), so a debugger does not show it before the add.
      const t = this.vreg();
      this.emit({ k: "mov", w: 64, d: t, s: v.base });
      this.emit({ k: "alu", w: 64, op: "add", d: t, imm: v.off });
      this.emit({ k: "mov", w: 64, d, s: t });
    }
  }



}

export type { Hi };
