// The lowering state of one function: where each C variable lives, the frame, the loops,
// switches and inlined bodies being lowered; and the loads and stores of places (variables,
// globals, memory) every construct uses. The blocks being filled are blocks.ts's; values in
// registers and C's conversions are registers.ts's.

import type { Diagnostic } from "../../diag.ts";
import type { Expr, FuncSym, Loc, VarSym } from "../ast.ts";
import { walkExpr } from "./callgraph.ts";
import { alignOf, isRecord, sizeOf } from "../types.ts";
import type { CType } from "../types.ts";
import { Frame } from "./frame.ts";
import { copyMem, fillMem, loadBits, loadBytes, misaligned, storeBits } from "./memory.ts";
import { R10 } from "./ir.ts";
import type { Block, Insn, MapSlot, Op, VarHome, VReg } from "./ir.ts";
import type { GlobalTable } from "./maps.ts";
import { RegisterLowerer } from "./registers.ts";
import { immFor, intKind } from "./values.ts";
import type { Hi, IntKind, LVal, Val } from "./values.ts";

export type Home = { readonly k: "reg"; readonly v: VReg } | { readonly k: "stack"; readonly off: number };

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

export class Lowerer extends RegisterLowerer {
  readonly frame = new Frame();
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
  /**
   * Per block statement being lowered, the locals bound to an address in it (stmt.ts bindsAddress)
   * whose Locals-view scope is the code lowered from their declaration to the block's end.
   */
  readonly blockScopes: { scope: Insn[]; block: Block; at: number; blocks: number }[][] = [];
  /** Function-pointer parameters of inlined bodies given a function: a call through one is a direct call. */
  readonly boundFuncs = new Map<number, FuncSym>();
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

  constructor(u: UnitCtx, sym: FuncSym) {
    super(u, sym);
    this.ret = { k: "exit", type: sym.type.ret };
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

  // ---- variables ----

  /**
   * Gives a local or parameter its home: memory if its address is taken, it is an aggregate, or it
   * is volatile (each of its reads and writes is then a load and a store, as clang emits them: a
   * program hides a value from the verifier so).
   */
  declare(sym: VarSym): Home {
    const inMem = sym.addressTaken || sym.type.volatile === true || isRecord(sym.type) || sym.type.kind === "array";
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

  /** Copies size bytes in the widest accesses both alignments allow. */
  copyMem(db: VReg, doff: number, sb: VReg, soff: number, size: number, align: number): void {
    copyMem(this, db, doff, sb, soff, size, align);
  }

  /** Sets size bytes to byte `value`. */
  fillMem(db: VReg, doff: number, size: number, align: number, value: number): void {
    fillMem(this, db, doff, size, align, value);
  }

  /** A register variable takes v: upper bits of an ≤32-bit type zeroed on the way (one mov either way). */
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
