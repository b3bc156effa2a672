// The typed AST: what the checker (parse.ts + check) hands the code generator. Every expression
// carries its C type after the usual conversions; implicit conversions are explicit `cast` nodes,
// so the code generator never re-derives C's promotion rules. Names are resolved to symbols.
//
// This file is the contract between the front end and the code generator: change it only with both.

import type { CType, FuncType, Member } from "./types.ts";

/** A place in a source file: 1-based line and column; `file` is the path as included. */
export interface Loc {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

export type BinaryOp = "+" | "-" | "*" | "/" | "%" | "<<" | ">>" | "&" | "|" | "^" | "==" | "!=" | "<" | "<=" | ">" | ">=";

interface ExprBase {
  readonly type: CType;
  readonly loc: Loc;
}

export type Expr = ExprBase &
  (
    | { readonly kind: "num"; readonly value: bigint } // already truncated to `type`
    | { readonly kind: "str"; readonly bytes: Uint8Array } // a string literal, NUL included; type char[N]
    | { readonly kind: "var"; readonly sym: VarSym } // an lvalue
    | { readonly kind: "func"; readonly sym: FuncSym } // a function designator
    | { readonly kind: "unary"; readonly op: "-" | "~" | "!"; readonly arg: Expr }
    /**
     * Arithmetic and comparison on operands already converted to their common type (comparisons:
     * `type` is int, the operands' type is `left.type`). Signedness of / % >> and of < <= > >= comes
     * from the operands' type. Pointer comparisons have pointer operands.
     */
    | { readonly kind: "binary"; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr }
    /** ptr + index * scale (or minus, when `sub`); `index` is a 64-bit integer. */
    | { readonly kind: "ptradd"; readonly ptr: Expr; readonly index: Expr; readonly scale: number; readonly sub: boolean }
    /** (left - right) / scale, both pointers to the same type; type long. */
    | { readonly kind: "ptrdiff"; readonly left: Expr; readonly right: Expr; readonly scale: number }
    | { readonly kind: "logand" | "logor"; readonly left: Expr; readonly right: Expr }
    | { readonly kind: "cond"; readonly cond: Expr; readonly then: Expr; readonly else: Expr }
    | { readonly kind: "comma"; readonly left: Expr; readonly right: Expr }
    /** target = value; `value` already converted to target's type; the result is the stored value. */
    | { readonly kind: "assign"; readonly target: Expr; readonly value: Expr }
    /**
     * target op= value: target is evaluated once; computes (opType)target op value (value has opType,
     * or is the index of a pointer `+=`/`-=` when `scale` is set), converts back to target's type.
     */
    | { readonly kind: "opassign"; readonly op: BinaryOp; readonly target: Expr; readonly value: Expr; readonly opType: CType; readonly scale?: number }
    /** ++/--: `delta` is +1/-1 for integers, ±element size for pointers. */
    | { readonly kind: "incdec"; readonly target: Expr; readonly delta: number; readonly prefix: boolean }
    /** A conversion to `type` (implicit or written): truncation, sign or zero extension, to bool, pointer casts. */
    | { readonly kind: "cast"; readonly arg: Expr }
    | { readonly kind: "deref"; readonly arg: Expr } // *p: an lvalue of the pointee type
    | { readonly kind: "addr"; readonly arg: Expr } // &lvalue; also array-to-pointer decay of an lvalue array
    /** base.member, base being a struct or union lvalue (p->m is member(deref(p))). */
    | { readonly kind: "member"; readonly base: Expr; readonly member: Member }
    | { readonly kind: "call"; readonly callee: Callee; readonly args: readonly Expr[] }
    /**
     * __builtin_memset/memcpy/memcmp/memmove (`size` when the size is a constant; in a static or
     * inline function it may be unset: the code generator takes args[2] after inlining); atomics;
     * see BuiltinName.
     */
    | { readonly kind: "builtin"; readonly name: BuiltinName; readonly args: readonly Expr[]; readonly size?: number }
    /** GNU statement expression ({ ...; value; }): the last statement's expression is the value. */
    | { readonly kind: "stmtexpr"; readonly body: readonly Stmt[]; readonly result?: Expr }
    /** A compound literal or other temporary aggregate: a fresh local initialised by `init`. */
    | { readonly kind: "compound"; readonly sym: VarSym; readonly init: LocalInit }
  );

export type Callee =
  | { readonly kind: "func"; readonly sym: FuncSym } // a C function: inlined or a bpf-to-bpf call
  | { readonly kind: "helper"; readonly id: number; readonly name: string } // a BPF helper: call imm
  | { readonly kind: "kfunc"; readonly name: string } // extern __ksym function: reported as unsupported without BTF
  | { readonly kind: "indirect"; readonly fn: Expr }; // through a pointer: refused by the code generator (callx is not emitted)

export type BuiltinName =
  | "memset"
  | "memcpy"
  | "memmove"
  | "memcmp"
  /** __sync_fetch_and_{add,sub,or,and,xor}, __sync_{add,sub,or,and,xor}_and_fetch, __atomic_* forms. */
  | "atomic_fetch_add"
  | "atomic_fetch_sub"
  | "atomic_fetch_or"
  | "atomic_fetch_and"
  | "atomic_fetch_xor"
  | "atomic_add_fetch"
  | "atomic_sub_fetch"
  | "atomic_or_fetch"
  | "atomic_and_fetch"
  | "atomic_xor_fetch"
  | "atomic_xchg"
  | "atomic_cmpxchg" // __sync_val_compare_and_swap(ptr, old, new): returns the old value
  | "atomic_cmpxchg_bool" // __sync_bool_compare_and_swap
  | "bswap16"
  | "bswap32"
  | "bswap64"
  | "expect" // __builtin_expect(x, c): x
  | "unreachable"; // __builtin_unreachable(), __builtin_trap()

/** A local variable's initialiser: stores at byte offsets, the rest zero when `zero` is set. */
export interface LocalInit {
  /** Zero the whole object before the stores (an aggregate initialiser with missing members). */
  readonly zero: boolean;
  readonly stores: readonly { readonly offset: number; readonly type: CType; readonly value: Expr; readonly member?: Member }[];
}

interface StmtBase {
  readonly loc: Loc;
}

export type Stmt = StmtBase &
  (
    | { readonly kind: "expr"; readonly expr: Expr }
    | { readonly kind: "decl"; readonly sym: VarSym; readonly init?: LocalInit }
    | { readonly kind: "block"; readonly body: readonly Stmt[] }
    | { readonly kind: "if"; readonly cond: Expr; readonly then: Stmt; readonly else?: Stmt }
    /** `unroll`: from `#pragma unroll` (true: fully) or `#pragma unroll N` before the loop. */
    | { readonly kind: "while"; readonly cond: Expr; readonly body: Stmt; readonly unroll?: number | true }
    | { readonly kind: "dowhile"; readonly body: Stmt; readonly cond: Expr; readonly unroll?: number | true }
    | { readonly kind: "for"; readonly init?: Stmt; readonly cond?: Expr; readonly step?: Expr; readonly body: Stmt; readonly unroll?: number | true }
    | { readonly kind: "break" }
    | { readonly kind: "continue" }
    /** `value` is already converted to the function's return type. */
    | { readonly kind: "return"; readonly value?: Expr }
    /** `cases` lists every case label of this switch (not of nested ones), in source order. */
    | { readonly kind: "switch"; readonly value: Expr; readonly body: Stmt; readonly cases: readonly SwitchCase[]; readonly default?: SwitchCase }
    /** A `case`/`default` label inside a switch body, labelling `body`. */
    | { readonly kind: "case"; readonly label: SwitchCase; readonly body: Stmt }
    | { readonly kind: "label"; readonly name: string; readonly body: Stmt }
    | { readonly kind: "goto"; readonly name: string }
    | { readonly kind: "empty" }
  );

export interface SwitchCase {
  /** Unique within the function. */
  readonly id: number;
  /** Undefined for `default`. Already converted to the switch value's promoted type. */
  readonly value?: bigint;
}

export type Storage = "local" | "param" | "global" | "extern";

export interface VarSym {
  readonly kind: "var";
  readonly name: string;
  readonly type: CType;
  readonly storage: Storage;
  /** Unique per compilation. */
  readonly id: number;
  readonly loc: Loc;
  /** Set by the checker when `&x` is taken (or x is an aggregate): the variable must live in memory. */
  addressTaken: boolean;
  /** Globals: the ELF section libbpf would see (`.maps`, `.rodata`, `.data`, `.bss`, `license`, a SEC name). */
  readonly section?: string;
  /** Globals: the initial bytes (constant initialisers evaluated by the checker), sizeOf(type) long. */
  readonly init?: Uint8Array;
  /**
   * Globals: the addresses in the initialiser (`int *p = &x;`, `.values = { &inner }`), as the
   * relocations clang puts beside the section. `init` holds each one's addend, which is all a
   * data section keeps when libbpf loads it (it skips relocations outside code and `.maps`).
   */
  readonly initRelocs?: readonly InitReloc[];
  /** `static` at file scope or in a function (a local static is a global with a unique name). */
  readonly isStatic?: boolean;
  /** Attributes that matter: `weak`, `__ksym`, `__kconfig`, `aligned(N)`. */
  readonly attrs?: readonly string[];
  /** Parameters: their `btf_decl_tag` strings (`arg:ctx`, `arg:nonnull`), which func_info carries. */
  readonly declTags?: readonly string[];
}

/** An address in a global's initialiser: `target` + `addend` stored at byte `offset` (8 bytes). */
export interface InitReloc {
  readonly offset: number;
  /** A global variable or map, a function, or a string literal's bytes. */
  readonly target: VarSym | FuncSym | Uint8Array;
  readonly addend: number;
  readonly loc: Loc;
}

export interface FuncSym {
  readonly kind: "func";
  readonly name: string;
  readonly type: FuncType;
  readonly id: number;
  readonly loc: Loc;
  readonly params: readonly VarSym[];
  /** Undefined for a declaration without a body. */
  body?: Stmt;
  /** `SEC("xdp")` and the like; undefined for `.text` functions. */
  readonly section?: string;
  readonly inline: "always" | "never" | "default";
  readonly isStatic: boolean;
  /** Locals of the body, in declaration order (params excluded), for the Locals view and stack layout. */
  readonly locals: VarSym[];
}

/** One translation unit after checking. */
export interface Unit {
  /** Every global variable (maps, license, .rodata/.data/.bss, local statics), in definition order. */
  readonly globals: readonly VarSym[];
  /** Every function, declared or defined, in definition order. */
  readonly funcs: readonly FuncSym[];
}
