// Decoding never throws: bytes that are not a valid instruction decode to an `invalid`
// entry with the reason, so a listing can show them and the assembler can write them back.

import { imm64Of } from "./insn.ts";
import type { Insn } from "./insn.ts";
import { opsByCode } from "./table.ts";
import type { Field, OpSpec } from "./table.ts";

export type Decoded =
  | { readonly valid: true; readonly pc: number; readonly spec: OpSpec; readonly insn: Insn; readonly slots: 1 | 2; readonly imm64?: bigint }
  | { readonly valid: false; readonly pc: number; readonly insn: Insn; readonly slots: 1; readonly reason: string; readonly fault: DecodeFault };

/** Why a slot is not an instruction, as data: callers branch on it; `reason` is its text. */
export type DecodeFault =
  | { readonly kind: "unknown-opcode" }
  | { readonly kind: "bad-discriminator"; readonly field: "imm" | "off" | "src" }
  | { readonly kind: "bad-register"; readonly field: "dst" | "src"; readonly regno: number }
  | { readonly kind: "reserved-field"; readonly field: Field }
  | { readonly kind: "bad-imm" }
  | { readonly kind: "lddw-incomplete" }
  | { readonly kind: "lddw-second-half" }
  | { readonly kind: "lddw-second-imm" };

const hex2 = (n: number) => "0x" + n.toString(16).padStart(2, "0");

const RESERVABLE = ["dst", "src", "off", "imm"] as const satisfies readonly Field[];

interface Usage {
  readonly dst: boolean;
  readonly src: boolean;
  /** Fields that are operands or discriminators (not reserved). */
  readonly free: Readonly<Record<Field, boolean>>;
}
const usages = new Map<OpSpec, Usage>();

/** What a form does with each field, worked out once per form (decoding is on the verifier's path). */
function usage(spec: OpSpec): Usage {
  let u = usages.get(spec);
  if (!u) {
    const free = Object.fromEntries(RESERVABLE.map((f) => [f, spec.uses.includes(f) || spec.match[f as "src" | "off" | "imm"] !== undefined])) as Record<Field, boolean>;
    u = { dst: spec.uses.includes("dst"), src: spec.uses.includes("src"), free };
    usages.set(spec, u);
  }
  return u;
}

/** Chooses the form of one slot by opcode and discriminators, and checks its reserved fields. */
export function classify(i: Insn): { spec: OpSpec } | { reason: string; fault: DecodeFault } {
  const candidates = opsByCode(i.code);
  if (candidates.length === 0) return { reason: `unknown opcode ${hex2(i.code)}`, fault: { kind: "unknown-opcode" } };
  let spec: OpSpec | undefined;
  for (const s of candidates) {
    const m = s.match;
    if ((m.src === undefined || m.src === i.src) && (m.off === undefined || m.off === i.off) && (m.imm === undefined || m.imm === i.imm)) {
      spec = s;
      break;
    }
  }
  if (!spec) {
    const field = candidates[0].match.imm !== undefined ? "imm" : candidates[0].match.off !== undefined ? "off" : "src";
    const value = i[field];
    return { reason: `invalid ${field} ${value} for opcode ${hex2(i.code)}`, fault: { kind: "bad-discriminator", field } };
  }
  const u = usage(spec);
  // The encoding has room for 16 registers; the ISA has r0..r10.
  if (u.dst && i.dst > 10) return { reason: `invalid dst register r${i.dst} (registers are r0..r10)`, fault: { kind: "bad-register", field: "dst", regno: i.dst } };
  if (u.src && i.src > 10) return { reason: `invalid src register r${i.src} (registers are r0..r10)`, fault: { kind: "bad-register", field: "src", regno: i.src } };
  for (const f of RESERVABLE) {
    if (!u.free[f] && i[f] !== 0) return { reason: `reserved field ${f} is ${i[f]}, must be 0 (${spec.id})`, fault: { kind: "reserved-field", field: f } };
  }
  if (spec.immIn && !spec.immIn.includes(i.imm)) return { reason: `invalid imm ${i.imm} for ${spec.id} (allowed: ${spec.immIn.map((v) => "0x" + v.toString(16)).join(", ")})`, fault: { kind: "bad-imm" } };
  return { spec };
}

/** Decodes the instruction starting at slot `pc`. */
export function decodeAt(insns: readonly Insn[], pc: number): Decoded {
  const i = insns[pc];
  const c = classify(i);
  if ("reason" in c) return { valid: false, pc, insn: i, slots: 1, reason: c.reason, fault: c.fault };
  const spec = c.spec;
  if (spec.slots === 2) {
    if (pc + 1 >= insns.length) return { valid: false, pc, insn: i, slots: 1, reason: "incomplete lddw: the second slot is missing", fault: { kind: "lddw-incomplete" } };
    const hi = insns[pc + 1];
    if (hi.code !== 0 || hi.dst !== 0 || hi.src !== 0 || hi.off !== 0) {
      return { valid: false, pc, insn: i, slots: 1, reason: "invalid lddw second half: opcode, registers and offset must be 0", fault: { kind: "lddw-second-half" } };
    }
    // Only the plain constant and the map-value forms carry data in the second imm.
    if (hi.imm !== 0 && !(spec.id === "lddw" || spec.id === "lddw_map_value" || spec.id === "lddw_map_idx_value")) {
      return { valid: false, pc, insn: i, slots: 1, reason: `reserved field imm of the second slot is ${hi.imm}, must be 0 (${spec.id})`, fault: { kind: "lddw-second-imm" } };
    }
    return { valid: true, pc, spec, insn: i, slots: 2, imm64: imm64Of(i, hi) };
  }
  return { valid: true, pc, spec, insn: i, slots: 1 };
}

/** Decodes a whole program, one entry per instruction (ld_imm64 counts once). */
export function decodeAll(insns: readonly Insn[]): Decoded[] {
  const out: Decoded[] = [];
  for (let pc = 0; pc < insns.length; ) {
    const d = decodeAt(insns, pc);
    out.push(d);
    pc += d.slots;
  }
  return out;
}

/** BPF_LD | BPF_IMM | BPF_DW, the only two-slot opcode. */
export const isLdImm64 = (i: Insn): boolean => i.code === 0x18;

/**
 * An invalid slot with a known one-slot opcode, read as its opcode's first form with its fields as
 * they are (an add with an offset as an add): how the kernel prints it and follows it before its
 * walk gets there to refuse the field. Undefined for an unknown opcode or a broken ld_imm64.
 */
export function byOpcode(d: Decoded & { valid: false }): (Decoded & { valid: true }) | undefined {
  if (d.fault.kind === "unknown-opcode" || d.fault.kind.startsWith("lddw") || isLdImm64(d.insn)) return undefined;
  const form = opsByCode(d.insn.code)[0];
  return form && form.slots === 1 ? { valid: true, pc: d.pc, spec: form, insn: d.insn, slots: 1 } : undefined;
}
