// Instructions -> canonical text. The LLVM dialect matches `llvm-objdump -d --mattr=+alu32`
// for every form LLVM 14 decodes; forms it does not know use the spellings of newer LLVM.
// Bytes that are not an instruction print as `.insn`, which assembles back to the same bytes.

import { decodeAll } from "../isa/index.ts";
import type { Decoded, Insn, OpSpec } from "../isa/index.ts";
import type { MapDef } from "../program.ts";
import { ALU_SYMS, JCC_SYMS } from "../isa/symbols.ts";
import { ubpfMnemonic } from "./ubpf.ts";
import type { DisassembleOptions, ListingLine } from "./types.ts";
import { encodeInsns, bytesToHex } from "../isa/index.ts";
import { helperName } from "../isa/helpers.ts";

const invert = (o: Readonly<Record<string, string>>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [v, k]));
const ALU_SYM_OF = invert(ALU_SYMS);
const JCC_SYM_OF = invert(JCC_SYMS);
const LOCK_SYM_OF: Record<string, string> = { add: "+=", or: "|=", and: "&=", xor: "^=" };

const rel = (n: number) => (n >= 0 ? `+${n}` : `${n}`);
const disp = (n: number) => (n >= 0 ? ` + ${n}` : ` - ${-n}`);

export function rawText(i: Insn): string {
  return `.insn 0x${i.code.toString(16).padStart(2, "0")}, ${i.dst}, ${i.src}, ${i.off}, ${i.imm}`;
}

function mapRef(index: number, maps: readonly MapDef[] | undefined): string {
  const m = maps?.[index];
  return m && /^[A-Za-z_][A-Za-z0-9_]*$/.test(m.name) ? m.name : String(index);
}

export function llvmText(d: Decoded, maps?: readonly MapDef[]): string {
  if (!d.valid) return rawText(d.insn);
  const { spec: s, insn: i } = d;
  const R = (n: number, width: number = s.width) => (width === 32 ? "w" : "r") + n;
  const bits = (s.size ?? 8) * 8;
  const narrow = (s.size ?? 8) < 8 ? 32 : 64; // register width LLVM prints for narrow memory operands
  switch (s.kind) {
    case "alu":
      return `${R(i.dst)} ${ALU_SYM_OF[s.op]} ${s.source === "reg" ? R(i.src) : i.imm}`;
    case "mov":
      return `${R(i.dst)} = ${s.source === "reg" ? R(i.src) : i.imm}`;
    case "movsx":
      return `${R(i.dst)} = (${s.op})${R(i.src)}`;
    case "addr_space_cast":
      return `r${i.dst} = addr_space_cast(r${i.src}, ${i.imm >>> 16}, ${i.imm & 0xffff})`;
    case "neg":
      return `${R(i.dst)} = -${R(i.dst)}`;
    case "end":
      return `r${i.dst} = ${s.op} r${i.dst}`;
    case "jcc":
      return `if ${R(i.dst)} ${JCC_SYM_OF[s.op]} ${s.source === "reg" ? R(i.src) : i.imm} goto ${rel(i.off)}`;
    case "ja":
      return `goto ${rel(i.off)}`;
    case "gotol":
      return `gotol ${rel(i.imm)}`;
    case "may_goto":
      return `may_goto ${rel(i.off)}`;
    case "call":
      if (s.op === "local") return `call pc${rel(i.imm)}`;
      if (s.op === "kfunc") return `call kfunc ${i.imm}${i.off ? `, ${i.off}` : ""}`;
      return `call ${i.imm}`;
    case "callx":
      return `callx r${i.dst}`;
    case "exit":
      return "exit";
    case "lddw":
      return lddwText(d, maps);
    case "ldabs":
      return `r0 = *(u${bits} *)skb[${i.imm}]`;
    case "ldind":
      return `r0 = *(u${bits} *)skb[r${i.src}${i.imm ? disp(i.imm) : ""}]`;
    case "ldx":
      return `${R(i.dst, narrow)} = *(u${bits} *)(r${i.src}${disp(i.off)})`;
    case "ldxsx":
      return `r${i.dst} = *(s${bits} *)(r${i.src}${disp(i.off)})`;
    case "st":
      return `*(u${bits} *)(r${i.dst}${disp(i.off)}) = ${i.imm}`;
    case "stx":
      return `*(u${bits} *)(r${i.dst}${disp(i.off)}) = ${R(i.src, narrow)}`;
    case "atomic":
      return atomicText(s, i);
    case "load_acq":
      return `${R(i.dst, narrow)} = load_acquire((u${bits} *)(r${i.src}${disp(i.off)}))`;
    case "store_rel":
      return `store_release((u${bits} *)(r${i.dst}${disp(i.off)}), ${R(i.src, narrow)})`;
  }
}

function atomicText(s: OpSpec, i: Insn): string {
  const r = (n: number) => (s.width === 32 ? "w" : "r") + n;
  const ty = `u${s.width}`;
  const addr = `r${i.dst}${disp(i.off)}`;
  if (s.op === "xchg") return `${r(i.src)} = ${s.width === 64 ? "xchg_64" : "xchg32_32"}(${addr}, ${r(i.src)})`;
  if (s.op === "cmpxchg") return `${r(0)} = ${s.width === 64 ? "cmpxchg_64" : "cmpxchg32_32"}(${addr}, ${r(0)}, ${r(i.src)})`;
  if (s.op.startsWith("fetch_")) return `${r(i.src)} = atomic_${s.op}((${ty} *)(${addr}), ${r(i.src)})`;
  return `lock *(${ty} *)(${addr}) ${LOCK_SYM_OF[s.op]} ${r(i.src)}`;
}

function lddwText(d: Decoded & { valid: true }, maps?: readonly MapDef[]): string {
  const i = d.insn;
  const v = d.imm64 ?? 0n;
  const hi = Number(BigInt.asIntN(32, v >> 32n));
  const valueOff = hi === 0 ? "" : disp(hi);
  switch (d.spec.id) {
    case "lddw":
      return `r${i.dst} = ${BigInt.asIntN(64, v)} ll`;
    case "lddw_map_fd":
      return `r${i.dst} = map[${mapRef(i.imm, maps)}] ll`;
    case "lddw_map_value":
      return `r${i.dst} = map_value[${mapRef(i.imm, maps)}]${valueOff} ll`;
    case "lddw_map_idx":
      return `r${i.dst} = map_idx[${mapRef(i.imm, maps)}] ll`;
    case "lddw_map_idx_value":
      return `r${i.dst} = map_idx_value[${mapRef(i.imm, maps)}]${valueOff} ll`;
    case "lddw_btf_id":
      return `r${i.dst} = btf_id[${i.imm}] ll`;
    default:
      return `r${i.dst} = func[pc${rel(i.imm)}] ll`;
  }
}

export function ubpfText(d: Decoded, insns: readonly Insn[]): string {
  if (!d.valid) return rawText(d.insn);
  const { spec: s, insn: i } = d;
  const mn = ubpfMnemonic(s);
  const mem = (base: number, off: number) => `[%r${base}${off >= 0 ? "+" : "-"}${Math.abs(off)}]`;
  const src = () => (s.source === "reg" ? `%r${i.src}` : `${i.imm}`);
  const raw = () => (d.slots === 2 ? `${rawText(insns[d.pc])}\n${rawText(insns[d.pc + 1])}` : rawText(i));
  switch (s.kind) {
    case "alu":
    case "mov":
      return `${mn} %r${i.dst}, ${src()}`;
    case "movsx":
      return `${mn} %r${i.dst}, %r${i.src}`;
    case "neg":
    case "end":
      return `${mn} %r${i.dst}`;
    case "jcc":
      return `${mn} %r${i.dst}, ${src()}, ${rel(i.off)}`;
    case "ja":
      return `ja ${rel(i.off)}`;
    case "gotol":
      return `ja32 ${rel(i.imm)}`;
    case "call":
      if (s.op === "local") return `call local ${rel(i.imm)}`;
      return s.op === "helper" ? `call ${i.imm}` : raw();
    case "callx":
      return `call %r${i.dst}`;
    case "exit":
      return "exit";
    case "lddw":
      return s.id === "lddw" ? `lddw %r${i.dst}, 0x${(d.imm64 ?? 0n).toString(16)}` : raw();
    case "ldabs":
      return `${mn} ${i.imm}`;
    case "ldind":
      return `${mn} %r${i.src}, ${i.imm}`;
    case "ldx":
    case "ldxsx":
      return `${mn} %r${i.dst}, ${mem(i.src, i.off)}`;
    case "st":
      return `${mn} ${mem(i.dst, i.off)}, ${i.imm}`;
    case "stx":
      return `${mn} ${mem(i.dst, i.off)}, %r${i.src}`;
    case "atomic": {
      const fetch = s.op.startsWith("fetch_") ? "fetch " : "";
      const op = s.op.replace("fetch_", "") + (s.width === 32 ? "32" : "");
      return `lock ${fetch}${op} ${mem(i.dst, i.off)}, %r${i.src}`;
    }
    default:
      return raw();
  }
}

/** A listing: one line per instruction, with its slot index, bytes and canonical text. */
export function disassemble(insns: readonly Insn[], opts: DisassembleOptions = {}): ListingLine[] {
  const labels = opts.symbols && new Map(opts.symbols.map((s) => [s.pc, s.name]));
  return decodeAll(insns).map((d) => {
    const bytes = bytesToHex(encodeInsns(insns.slice(d.pc, d.pc + d.slots)), " ");
    const text = opts.dialect === "ubpf" ? ubpfText(d, insns) : llvmText(d, opts.maps);
    if (!d.valid) return { pc: d.pc, slots: d.slots, bytes, text, invalid: d.reason };
    const symbolic = labels && symbolicText(d, text, labels);
    return { pc: d.pc, slots: d.slots, bytes, text, form: d.spec.id, ...(symbolic && symbolic !== text ? { symbolic } : {}) };
  });
}

/**
 * The readable form of an instruction's text: the trailing number of a call or jump (the same
 * last token in both dialects) becomes the helper's name as the kernel's log prints it, the
 * called function's name, or the jump's target (its label, or its pc).
 */
function symbolicText(d: Decoded & { valid: true }, text: string, labels: ReadonlyMap<number, string>): string | undefined {
  const { spec: s, insn: i } = d;
  const at = (target: number) => labels.get(target) ?? `→ ${target}`;
  const last = /[+-]?\d+$/;
  switch (s.kind) {
    case "call": {
      if (s.op === "local") return text.replace(/pc[+-]\d+$|[+-]?\d+$/, labels.get(d.pc + 1 + i.imm) ?? `→ ${d.pc + 1 + i.imm}`);
      if (s.op === "kfunc") return undefined;
      const name = helperName(i.imm);
      return name ? text.replace(last, `bpf_${name}#${i.imm}`) : undefined;
    }
    case "jcc":
    case "ja":
    case "may_goto":
      return text.replace(last, at(d.pc + 1 + i.off));
    case "gotol":
      return text.replace(last, at(d.pc + 1 + i.imm));
    default:
      return undefined;
  }
}

/** The listing as assembly text, one instruction per line. */
export function disassembleText(insns: readonly Insn[], opts: DisassembleOptions = {}): string {
  return disassemble(insns, opts)
    .map((l) => l.text + "\n")
    .join("");
}
