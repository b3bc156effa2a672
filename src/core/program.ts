// A Program is data: the one serialisable object every stage shares (assembler, compiler,
// verifier, VM, permalink). A running VM is a Session, elsewhere.

import type { Insn } from "./isa/index.ts";

/** BPF_F_RDONLY_PROG (map_flags): programs may only read the map's values (libbpf's `.rodata`). */
export const BPF_F_RDONLY_PROG = 0x80;
/** BPF_F_WRONLY_PROG (map_flags): programs may only write the map's values. */
export const BPF_F_WRONLY_PROG = 0x100;

export interface MapDef {
  readonly name: string;
  /** The kernel's map type name without its prefix, in lower case: "hash", "array", ... */
  readonly type: string;
  readonly keySize: number;
  readonly valueSize: number;
  readonly maxEntries: number;
  readonly flags: number;
  /**
   * Global data maps (`.rodata`, `.data`, `.bss`, as libbpf makes them): the value of key 0 before
   * the program runs, valueSize bytes. `.rodata` is frozen (flags has BPF_F_RDONLY_PROG).
   */
  readonly init?: Uint8Array;
  /**
   * Frozen after `init` (BPF_MAP_FREEZE), as libbpf freezes `.rodata`: with BPF_F_RDONLY_PROG its
   * value cannot change, so the verifier reads constants from it as the kernel does.
   */
  readonly frozen?: boolean;
  /** Maps of maps: the inner map's definition. */
  readonly inner?: MapDef;
  /**
   * Maps of maps and prog arrays: the slots the definition fills (`.values = { [1] = &inner }`),
   * each with the map or the program (its function's name) libbpf puts there at load.
   */
  readonly slots?: readonly { readonly index: number; readonly map?: string; readonly prog?: string }[];
  /** C programs: the key's and the value's C types (`__type(key, __u32)`), so entries are typed by them. */
  readonly keyType?: MapFieldType;
  readonly valueType?: MapFieldType;
}

/** A map key's or value's C type, as the Maps pane reads and types entries by it. */
export interface MapFieldType {
  /** As the source spells it: `__u32`, `struct ports`. */
  readonly c: string;
  /** The integers it is made of, by member path (`` for a plain integer), byte offset and size; bitfields and arrays left out. */
  readonly ints: readonly { readonly name: string; readonly offset: number; readonly size: number; readonly signed: boolean }[];
}

/** Where an instruction came from in the source. */
export interface LineEntry {
  /** The file as it was included ("prog.c", "vmlinux.h", "/usr/include/bpf/bpf_helpers.h"). */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The first instruction of a statement: where line stepping stops. */
  readonly stmt: boolean;
}

/** A function of the program: the entry, or a bpf-to-bpf subprogram, covering slots [start, end). */
export interface FuncSymbol {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** The source line of the function's name, where it has one. */
  readonly line?: number;
}

/**
 * A reference from an instruction to a symbol, kept as cilium/ebpf keeps it on the instruction, so
 * an object writer can emit ELF relocations: `map` (ld_imm64 src 1, imm = map index), `map_value`
 * (src 2, `.rodata`/`.data`/`.bss` + offset), `call` (a bpf-to-bpf call to a function).
 */
export interface Relocation {
  readonly pc: number;
  readonly kind: "map" | "map_value" | "call";
  readonly symbol: string;
  /** map_value: byte offset in the map's value. */
  readonly offset?: number;
}

/**
 * A C type as the debugger shows it; serialisable. Types refer to each other by index into
 * `DebugInfo.types`, so recursive structs are fine.
 */
export type TypeDesc =
  | { readonly kind: "int"; readonly name: string; readonly size: number; readonly signed: boolean }
  | { readonly kind: "bool"; readonly name: string }
  | { readonly kind: "enum"; readonly name: string; readonly size: number; readonly signed: boolean; readonly values: readonly [string, string][] }
  | { readonly kind: "ptr"; readonly name: string; readonly to: number }
  | { readonly kind: "array"; readonly name: string; readonly of: number; readonly len: number }
  | {
      readonly kind: "struct" | "union";
      readonly name: string;
      readonly size: number;
      readonly members: readonly { readonly name: string; readonly type: number; readonly offset: number; readonly bitOffset?: number; readonly bitWidth?: number }[];
    }
  | { readonly kind: "void" | "func"; readonly name: string };

/** Size of `types[i]` in bytes (0 for void, functions and what cannot be sized). */
export function typeSize(types: readonly TypeDesc[], i: number, depth = 0): number {
  const t = types[i];
  if (!t || depth > 16) return 0;
  switch (t.kind) {
    case "int":
    case "enum":
    case "struct":
    case "union":
      return t.size;
    case "bool":
      return 1;
    case "ptr":
      return 8;
    case "array":
      return t.len * typeSize(types, t.of, depth + 1);
    default:
      return 0;
  }
}

/** Where a C variable lives while the instructions [from, to) run in its function. */
export interface VarLocation {
  readonly name: string;
  /** Index into DebugInfo.types. */
  readonly type: number;
  /** The function it belongs to (FuncSymbol.name). */
  readonly func: string;
  readonly from: number;
  readonly to: number;
  /**
   * In a register (r0..r10; `add`: the value is the register plus this, as an inlined pointer
   * parameter given `&local` is r10 + off), on the frame's stack at r10 + fpOffset (negative), or a
   * constant with no storage (`value`: its 64 bits in decimal; an inlined parameter given a constant).
   */
  readonly where: { readonly reg: number; readonly add?: number } | { readonly fpOffset: number } | { readonly value: string };
}

/** A function's BTF type from an object's `.BTF.ext` func_info (what lets the kernel verify callbacks). */
export interface FuncInfo {
  /** The function's first slot. */
  readonly pc: number;
  readonly name: string;
  /** BTF_FUNC_STATIC or BTF_FUNC_GLOBAL: the kernel verifies a global function on its own. */
  readonly linkage: "static" | "global";
  /** Its prototype, as C: `int (struct xdp_md *ctx)`. */
  readonly proto: string;
  /** The prototype as the kernel reads a global function's (btf_prepare_func_args): absent where unknown. */
  readonly sig?: FuncSignature;
}

/** A function's parameters and return type, in the terms the verifier needs. */
export interface FuncSignature {
  readonly params: readonly FuncParam[];
  /** An int or enum (a global function must return one); else the BTF kind's name (`STRUCT`, `PTR`, ...). */
  readonly ret: "scalar" | string;
}

/**
 * One parameter: an int or enum; a pointer (to what, after typedefs and qualifiers: a struct or
 * union's name, a typedef's name met on the way, its size or why it has none); or another kind.
 */
export type FuncParam = (
  | { readonly kind: "scalar" }
  | {
      readonly kind: "ptr";
      /** STRUCT or UNION: its name. */
      readonly struct?: string;
      /** The first typedef's name between the pointer and the type (`bpf_user_pt_regs_t`). */
      readonly typedef?: string;
      /** It points to void. */
      readonly void?: true;
      /** The pointee's size in bytes, or the kernel's words for a type it cannot size (`'UNKNOWN '`, `'FWD name'`). */
      readonly size: number | { readonly unsized: string };
    }
  | { readonly kind: "other"; readonly btfKind: string }
) & {
  /** Its `arg:` declaration tags, without the prefix (`__arg_ctx` is `ctx`, `__arg_nonnull` is `nonnull`). */
  readonly tags?: readonly string[];
};

/** A CO-RE relocation of an object, as resolved against bpfplay's kernel types. */
export interface CoreRelocation {
  readonly pc: number;
  /** libbpf's name of the kind: byte_off, field_exists, type_size, enumval_value, ... */
  readonly kind: string;
  /** libbpf's text of the access: `<byte_off> [7] struct task_struct.pid (0:42 @ offset 2456)`. */
  readonly spec: string;
  /** The value put in the instruction, in decimal; absent when it could not be resolved. */
  readonly value?: string;
  /** libbpf's words when it could not be resolved; the instruction is then libbpf's poison (call 0xbad2310). */
  readonly error?: string;
  /** Why: `no matching targets found`, ... */
  readonly reason?: string;
}

export interface DebugInfo {
  readonly types: readonly TypeDesc[];
  readonly vars: readonly VarLocation[];
  /** Records the program writes to a ring buffer or perf event array: the map, the record's type (index into types), the source line. */
  readonly records?: readonly { readonly map: string; readonly type: number; readonly line: number }[];
  /** The source text of every file that has instructions, by name, for the Source view and the log. */
  readonly sources?: Readonly<Record<string, string>>;
}

export interface Symbol {
  readonly name: string;
  readonly pc: number;
}

export interface Program {
  /** One entry per 8-byte slot; ld_imm64 takes two. */
  readonly insns: readonly Insn[];
  readonly maps: readonly MapDef[];
  /** Source line (1-based) of each slot; 0 where there is none. */
  readonly lines: readonly number[];
  /** Labels and function names, by slot. */
  readonly symbols: readonly Symbol[];
  /** Program type from the source (e.g. a `.section xdp` directive), if it names one. */
  readonly progType?: string;
  /** The section the program came from (`xdp`, `kprobe/tcp_v4_connect`), and its function's name. */
  readonly section?: string;
  readonly name?: string;
  /** Per slot: file, line, column and statement start; undefined where there is none. */
  readonly lineTable?: readonly (LineEntry | undefined)[];
  /** The entry function first, then subprograms, in slot order. */
  readonly functions?: readonly FuncSymbol[];
  readonly relocations?: readonly Relocation[];
  /** C variables and their types, for the Locals view. */
  readonly debug?: DebugInfo;
  /** From an object's `.BTF.ext`: every function's BTF type, entry first (absent without BTF). */
  readonly funcInfo?: readonly FuncInfo[];
  /** From an object's `.BTF.ext`: its CO-RE relocations, resolved. */
  readonly core?: readonly CoreRelocation[];
  /**
   * The object's other programs that a prog array's slots name (MapDef.slots), by function name,
   * loaded beside this one as libbpf loads an object: what a tail call through that slot runs.
   * Their map references index this program's `maps`.
   */
  readonly peers?: readonly { readonly name: string; readonly insns: readonly Insn[] }[];
}

export function emptyProgram(): Program {
  return { insns: [], maps: [], lines: [], symbols: [] };
}

/** Known map types (kernel names without BPF_MAP_TYPE_, lower case) and their numeric ids. */
export const MAP_TYPES: Readonly<Record<string, number>> = {
  hash: 1,
  array: 2,
  prog_array: 3,
  perf_event_array: 4,
  percpu_hash: 5,
  percpu_array: 6,
  stack_trace: 7,
  cgroup_array: 8,
  lru_hash: 9,
  lru_percpu_hash: 10,
  lpm_trie: 11,
  array_of_maps: 12,
  hash_of_maps: 13,
  devmap: 14,
  sockmap: 15,
  cpumap: 16,
  xskmap: 17,
  sockhash: 18,
  cgroup_storage: 19,
  reuseport_sockarray: 20,
  percpu_cgroup_storage: 21,
  queue: 22,
  stack: 23,
  sk_storage: 24,
  devmap_hash: 25,
  ringbuf: 27,
  bloom_filter: 30,
};
