// The blocks of one function being filled: virtual registers, the current block and statement,
// the edges made so far, and what stays known within an extended block (values loaded from
// memory, global addresses, widened copies) so that each is made once. Lowering (lower.ts) builds
// on this. A construct the back end cannot lower throws a CodegenError; index.ts reports it.

import type { FuncSym, Loc } from "../ast.ts";
import { defs, FIRST_VREG, R10, successors } from "./ir.ts";
import type { Block, IrFunc, Op, Term, VReg } from "./ir.ts";
import type { UnitCtx } from "./lower.ts";
import type { Val } from "./values.ts";

/** A value computed from registers `regs` (see BlockBuilder.pure). */
type Memo = { readonly v: Val; readonly regs: readonly VReg[] };

export class CodegenError {
  constructor(readonly code: string, readonly message: string, readonly loc: Loc) {}
}

export class BlockBuilder {
  readonly fn: IrFunc;
  cur: Block;
  private nextBlock = 0;
  loc: Loc;
  /** The next instruction starts a statement. */
  stmtStart = false;
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
  }

  get cpu(): 1 | 2 | 3 | 4 {
    return this.u.cpu;
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
  protected readonly loads = new Map<string, Val>();
  /** Addresses of global variables loaded in this extended block, by variable (see enter()). */
  protected readonly bases = new Map<number, VReg>();
  /** Alignment of each global address register (map values are 8-byte aligned). */
  protected readonly baseAlign = new Map<VReg, number>();

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
}
