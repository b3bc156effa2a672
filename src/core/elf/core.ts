// CO-RE relocations (`.BTF.ext` core_relo) resolved as libbpf resolves them, against bpfplay's
// built-in kernel types (core_target.ts) instead of the running kernel's BTF.
//
// A record names a local type (the object's BTF), an access string and a kind. The access is
// walked through the local types to get member names; the names are then looked up in the
// target type of the same essential name (`task_struct___old` → `task_struct`), and the
// instruction gets the target's answer: in its imm (ALU, ld_imm64) or its off (loads and
// stores, whose size follows the target field's). A relocation that finds no target poisons
// its instruction as libbpf does (`call 0xbad2310`: the verifier refuses it if it is reached)
// and keeps libbpf's explanation.

import type { Insn } from "../isa/index.ts";
import type { CoreRelocation } from "../program.ts";
import type { CType } from "../cc/types.ts";
import { sizeOf } from "../cc/types.ts";
import { BTF_KIND, btfSize, skipModifiers } from "./btf.ts";
import type { Btf, BtfType } from "./btf.ts";
import type { CoreRelo } from "./btf_ext.ts";
import { coreTarget, findMember } from "./core_target.ts";
import { ElfFault } from "./elf.ts";

export const CORE_KINDS = [
  "byte_off", "byte_sz", "field_exists", "signed", "lshift_u64", "rshift_u64",
  "local_type_id", "target_type_id", "type_exists", "type_size", "enumval_exists", "enumval_value", "type_matches",
] as const;
/** libbpf's poison: a call to a helper that does not exist. */
export const CORE_POISON = 0xbad2310;
const MAX_ACCESS = 64;

type Step = { readonly member: string; readonly index: number } | { readonly array: number };

interface LocalSpec {
  readonly root: BtfType;
  readonly steps: readonly Step[];
  /** Byte offset of the field in the local type (for the message). */
  readonly offset: number;
  /** The accessed field's local type and bitfield width. */
  readonly field?: BtfType;
  readonly bits: number;
  /** Enumerator name for enum kinds. */
  readonly enumerator?: string;
  readonly text: string;
}

const essential = (name: string): string => {
  for (let i = name.length - 5; i >= 0; i--) if (name[i] !== "_" && name.slice(i + 1, i + 4) === "___" && name[i + 4] !== "_") return name.slice(0, i + 1);
  return name;
};

const kindWord = (t: BtfType): string => (t.kind === BTF_KIND.STRUCT ? "struct" : t.kind === BTF_KIND.UNION ? "union" : t.kind === BTF_KIND.ENUM || t.kind === BTF_KIND.ENUM64 ? "enum" : t.kind === BTF_KIND.TYPEDEF ? "typedef" : "");

/** The local side: member names along the access string, and libbpf's text for it. */
function localSpec(btf: Btf, r: CoreRelo): LocalSpec {
  const fault = (m: string) => new ElfFault(".BTF.ext", r.at, `CO-RE relocation: ${m}`);
  const parts = r.access.split(":");
  if (parts.length > MAX_ACCESS || parts.some((p) => !/^\d{1,9}$/.test(p))) throw fault(`access string '${r.access.slice(0, 40)}' is not indexes`);
  const access = parts.map(Number);
  const root = skipModifiers(btf, r.typeId);
  if (r.typeId === 0) throw fault("type id 0 (void)");
  const kind = CORE_KINDS[r.kind];
  if (!kind) throw fault(`unknown kind ${r.kind}`);
  const head = `<${kind}> [${r.typeId}] ${kindWord(root)}${kindWord(root) ? " " : ""}${root.name}`;
  if (r.kind >= 6 && r.kind <= 9) return { root, steps: [], offset: 0, bits: 0, text: head };
  if (r.kind === 12) return { root, steps: [], offset: 0, bits: 0, text: head };
  if (r.kind === 10 || r.kind === 11) {
    if (root.kind !== BTF_KIND.ENUM && root.kind !== BTF_KIND.ENUM64) throw fault(`type ${r.typeId} is not an enum`);
    const e = root.members[access[0]];
    if (!e || access.length !== 1) throw fault(`enumerator ${r.access} of [${r.typeId}] does not exist`);
    return { root, steps: [], offset: 0, bits: 0, enumerator: e.name, text: `${head}::${e.name} = ${e.value}` };
  }
  // a field: the first index steps over whole roots, as p[i] does
  const steps: Step[] = [{ array: access[0] }];
  let bitOff = access[0] * 8 * safeSize(btf, root.id, fault);
  let t = root;
  let bits = 0;
  let path = "";
  for (let k = 1; k < access.length; k++) {
    const idx = access[k];
    if (t.kind === BTF_KIND.STRUCT || t.kind === BTF_KIND.UNION) {
      const m = t.members[idx];
      if (!m) throw fault(`member ${idx} of [${t.id}] does not exist`);
      bitOff += m.offset;
      bits = m.size ?? 0;
      if (m.name) {
        steps.push({ member: m.name, index: idx });
        path += `.${m.name}`;
      }
      t = skipModifiers(btf, m.type);
    } else if (t.kind === BTF_KIND.ARRAY && t.array) {
      steps.push({ array: idx });
      bitOff += idx * 8 * safeSize(btf, t.array.type, fault);
      path += `[${idx}]`;
      t = skipModifiers(btf, t.array.type);
      bits = 0;
    } else throw fault(`access ${r.access} goes into [${t.id}], which is neither a struct, a union nor an array`);
  }
  // libbpf writes a bitfield's offset as byte.bit
  const at = bitOff % 8 ? `${Math.floor(bitOff / 8)}.${bitOff % 8}` : `${bitOff / 8}`;
  return { root, steps, offset: Math.floor(bitOff / 8), field: t, bits, text: `${head}${path} (${r.access} @ offset ${at})` };
}

function safeSize(btf: Btf, id: number, fault: (m: string) => ElfFault): number {
  try {
    return btfSize(btf, id);
  } catch {
    throw fault(`type ${id} has no size`);
  }
}

/** The target type of the local type's essential name and kind. */
function targetType(local: BtfType): CType | undefined {
  const tg = coreTarget();
  const name = essential(local.name);
  if (!name) return undefined;
  const want = local.kind === BTF_KIND.STRUCT ? "struct" : local.kind === BTF_KIND.UNION ? "union" : local.kind === BTF_KIND.ENUM || local.kind === BTF_KIND.ENUM64 ? "enum" : undefined;
  if (local.kind === BTF_KIND.TYPEDEF) return tg.typedefs.get(name);
  const t = want ? tg.tags.get(name) : undefined;
  return t && t.kind === want ? t : undefined;
}

interface Field {
  readonly bitOff: number;
  readonly bits: number;
  readonly type: CType;
}

/** The same path in the target: members by name, array indexes in bounds. */
function targetField(local: LocalSpec, root: CType): Field | undefined {
  let t: CType = root;
  let bitOff = 0;
  let bits = 0;
  for (const s of local.steps) {
    if ("array" in s) {
      const elem = t === root ? root : t.kind === "array" ? t.of : undefined;
      if (!elem) return undefined;
      if (t !== root && t.kind === "array" && t.len !== undefined && t.len !== 0 && s.array >= t.len) return undefined;
      bitOff += s.array * 8 * sizeOf(elem);
      t = elem;
      bits = 0;
    } else {
      const found = findMember(t, s.member);
      if (!found) return undefined;
      bitOff += found.offset * 8 + (found.member.bitOffset ?? 0);
      bits = found.member.bitWidth ?? 0;
      t = found.member.type;
    }
  }
  return { bitOff, bits, type: t };
}

/** libbpf's field compatibility: same broad kind (integers and enums mix; pointers; records; arrays). */
function compatible(local: BtfType | undefined, target: CType): boolean {
  if (!local) return false;
  const k = local.kind;
  if (k === BTF_KIND.INT || k === BTF_KIND.ENUM || k === BTF_KIND.ENUM64) return target.kind === "int" || target.kind === "enum" || target.kind === "bool";
  if (k === BTF_KIND.PTR) return target.kind === "ptr";
  if (k === BTF_KIND.STRUCT || k === BTF_KIND.UNION) return target.kind === (k === BTF_KIND.STRUCT ? "struct" : "union");
  if (k === BTF_KIND.ARRAY) return target.kind === "array";
  return k === BTF_KIND.FLOAT ? target.kind === "float" : false;
}

const isSigned = (t: CType): boolean => (t.kind === "int" || t.kind === "enum") && t.signed;

/** The value a resolved relocation puts in the instruction, and the target field's size for loads. */
function value(r: CoreRelo, local: LocalSpec): { value: bigint; size?: number } | string {
  const kind = r.kind;
  if (kind === 6) return { value: BigInt(r.typeId) };
  if (kind === 7) return "bpfplay's kernel has no BTF type ids";
  const target = targetType(local.root);
  if (kind === 8 || kind === 12) return { value: target ? 1n : 0n };
  if (kind === 9) return target ? { value: BigInt(sizeOf(target)) } : "no matching targets found";
  if (kind === 10 || kind === 11) {
    const e = target && local.enumerator !== undefined ? coreTarget().enumerators.get(local.enumerator) : undefined;
    const ok = e && target?.kind === "enum" && e.tag === target.tag;
    if (kind === 10) return { value: ok ? 1n : 0n };
    return ok ? { value: e.value } : "no matching targets found";
  }
  const f = target ? targetField(local, target) : undefined;
  const found = f && compatible(local.field, f.type);
  if (kind === 2) return { value: found ? 1n : 0n };
  if (!f || !found) return "no matching targets found";
  let byteSz = sizeOf(f.type);
  let byteOff = Math.floor(f.bitOff / 8);
  if (f.bits) {
    byteOff = Math.floor(f.bitOff / 8 / byteSz) * byteSz;
    for (let n = 0; f.bitOff + f.bits - byteOff * 8 > byteSz * 8; n++) {
      if (byteSz >= 8 || n > 4) return "a bitfield that a 64-bit load cannot hold";
      byteSz *= 2;
      byteOff = Math.floor(f.bitOff / 8 / byteSz) * byteSz;
    }
  }
  const bits = f.bits || byteSz * 8;
  switch (kind) {
    case 0:
      return { value: BigInt(byteOff), size: f.bits ? undefined : byteSz };
    case 1:
      return { value: BigInt(byteSz) };
    case 3:
      return { value: isSigned(f.type) ? 1n : 0n };
    case 4:
      return { value: BigInt(64 - (f.bitOff + bits - byteOff * 8)) };
    default:
      return { value: BigInt(64 - bits) };
  }
}

const LD_IMM64 = 0x18;
const SIZE_BITS: Readonly<Record<number, number>> = { 1: 0x10, 2: 0x08, 4: 0x00, 8: 0x18 };
const BYTES_OF: Readonly<Record<number, number>> = { 0x10: 1, 0x08: 2, 0x00: 4, 0x18: 8 };

/**
 * Resolves one relocation and patches `insns[pc]` (and pc + 1 for ld_imm64). Returns what the
 * Program records about it; `error` is libbpf's explanation when the instruction was poisoned.
 */
export function applyCoreRelo(btf: Btf, r: CoreRelo, insns: Insn[], pc: number, section: string): CoreRelocation {
  const local = localSpec(btf, r);
  const v = value(r, local);
  const kind = CORE_KINDS[r.kind];
  const ins = insns[pc];
  if (!ins) throw new ElfFault(section, r.insnOff, "a CO-RE relocation points past the function");
  const poison = (why: string): CoreRelocation => {
    insns[pc] = { code: 0x85, dst: 0, src: 0, off: 0, imm: CORE_POISON };
    if (ins.code === LD_IMM64 && insns[pc + 1]) insns[pc + 1] = { code: 0x85, dst: 0, src: 0, off: 0, imm: CORE_POISON };
    return { pc, kind, spec: local.text, error: `failed to resolve CO-RE relocation ${local.text}`, reason: why };
  };
  if (typeof v === "string") return poison(v);
  const cls = ins.code & 7;
  if (ins.code === LD_IMM64) {
    if (!insns[pc + 1]) throw new ElfFault(section, r.insnOff, "a CO-RE ld_imm64 relocation in the last slot");
    insns[pc] = { ...ins, imm: Number(BigInt.asIntN(32, v.value)) };
    insns[pc + 1] = { ...insns[pc + 1], imm: Number(BigInt.asIntN(32, v.value >> 32n)) };
  } else if ((cls === 4 || cls === 7) && !(ins.code & 8)) {
    // ALU with an immediate: the value must fit imm (libbpf: "insn #N ... value too big")
    if (v.value > 0x7fffffffn || v.value < -0x80000000n) return poison(`value ${v.value} does not fit an immediate`);
    insns[pc] = { ...ins, imm: Number(v.value) };
  } else if (cls === 1 || cls === 2 || cls === 3) {
    if (v.value > 0x7fffn) return poison(`offset ${v.value} does not fit a load's offset`);
    let code = ins.code;
    // a load of a field whose size differs in the target loads the target's size (ints and pointers)
    if (r.kind === 0 && v.size !== undefined && local.field && v.size !== BYTES_OF[ins.code & 0x18] && [BTF_KIND.INT, BTF_KIND.ENUM, BTF_KIND.PTR].includes(local.field.kind as 1)) {
      if (cls !== 1 || SIZE_BITS[v.size] === undefined) return poison(`the field is ${v.size} bytes, which this instruction cannot be made to load`);
      code = (ins.code & ~0x18) | SIZE_BITS[v.size];
    }
    insns[pc] = { ...ins, code, off: Number(v.value) };
  } else return poison(`instruction 0x${ins.code.toString(16)} cannot be relocated`);
  return { pc, kind, spec: local.text, value: v.value.toString() };
}


/**
 * The verifier's log as libbpf shows it when the failing instruction is a poisoned CO-RE
 * relocation: `N: (85) call unknown#195896080` and `invalid func unknown#195896080` become
 * `N: <invalid CO-RE relocation>` and libbpf's `failed to resolve CO-RE relocation ...`.
 */
export function libbpfLog(log: string, core: readonly CoreRelocation[] | undefined, pc: number): string {
  const c = core?.find((x) => x.pc === pc && x.error);
  if (!c) return log;
  const call = `${pc}: (85) call unknown#${CORE_POISON}`;
  const lines = log.split("\n");
  const at = lines.lastIndexOf(`invalid func unknown#${CORE_POISON}`);
  if (at < 1 || !lines[at - 1].startsWith(call)) return log;
  lines.splice(at - 1, 2, `${pc}: <invalid CO-RE relocation>`, c.error!);
  return lines.join("\n");
}
