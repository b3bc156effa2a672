// One-line descriptions of instruction forms, derived from the table, for hovers and listings.

import { opById, OPS } from "../isa/index.ts";
import type { OpSpec } from "../isa/index.ts";

const ALU_WORDS: Record<string, string> = {
  add: "dst += src", sub: "dst -= src", mul: "dst *= src", div: "dst /= src (unsigned; x/0 = 0)",
  sdiv: "dst s/= src (signed; x/0 = 0)", or: "dst |= src", and: "dst &= src", lsh: "dst <<= src (masked shift)",
  rsh: "dst >>= src (logical, masked shift)", mod: "dst %= src (unsigned; x%0 = x)", smod: "dst s%= src (signed; x%0 = x)",
  xor: "dst ^= src", arsh: "dst s>>= src (arithmetic, masked shift)",
};
const JCC_WORDS: Record<string, string> = {
  jeq: "==", jgt: "> (unsigned)", jge: ">= (unsigned)", jset: "& (any common bit set)", jne: "!=",
  jsgt: "> (signed)", jsge: ">= (signed)", jlt: "< (unsigned)", jle: "<= (unsigned)", jslt: "< (signed)", jsle: "<= (signed)",
};
const LDDW_WORDS: Record<string, string> = {
  lddw: "dst = 64-bit constant",
  lddw_map_fd: "dst = pointer to a map (by fd / declaration index)",
  lddw_map_value: "dst = address of a map's value + offset",
  lddw_btf_id: "dst = address of a kernel variable (BTF id)",
  lddw_func: "dst = address of a bpf function (pc-relative)",
  lddw_map_idx: "dst = pointer to a map (by fd_array index)",
  lddw_map_idx_value: "dst = address of a map's value (by fd_array index) + offset",
};

function words(s: OpSpec): string {
  const w = `${s.width}-bit`;
  const src = s.source === "imm" ? "imm" : "src";
  const size = s.size ? `${s.size * 8}-bit` : "";
  switch (s.kind) {
    case "alu":
      return `${w} ${ALU_WORDS[s.op].replace("src", src)}`;
    case "mov":
      return `${w} dst = ${src}${s.width === 32 ? " (upper 32 bits zeroed)" : s.source === "imm" ? " (imm sign-extended)" : ""}`;
    case "movsx":
      return `${w} dst = src sign-extended from ${s.op.slice(1)} bits`;
    case "addr_space_cast":
      return "dst = src cast between address spaces (arena pointers)";
    case "neg":
      return `${w} dst = -dst`;
    case "end":
      return s.op.startsWith("bswap") ? `dst = byte-swapped low ${s.op.slice(5)} bits` : `dst = low ${s.op.slice(2)} bits converted to ${s.op.startsWith("le") ? "little" : "big"} endian`;
    case "jcc":
      return `${w} compare: if dst ${JCC_WORDS[s.op]} ${src}, jump by off`;
    case "ja":
      return "jump by off (16-bit)";
    case "gotol":
      return "jump by imm (32-bit offset)";
    case "may_goto":
      return "jump by off once the loop budget is spent; otherwise fall through";
    case "call":
      return s.op === "helper" ? "call helper function number imm" : s.op === "local" ? "call the bpf function at pc + imm + 1" : "call kernel function (kfunc) with BTF id imm";
    case "callx":
      return "call the function whose address is in dst";
    case "exit":
      return "return r0 to the caller";
    case "lddw":
      return LDDW_WORDS[s.id];
    case "ldabs":
      return `r0 = ${size} big-endian packet word at imm (legacy)`;
    case "ldind":
      return `r0 = ${size} big-endian packet word at src + imm (legacy)`;
    case "ldx":
      return `dst = ${size} load from src + off, zero-extended`;
    case "ldxsx":
      return `dst = ${size} load from src + off, sign-extended`;
    case "st":
      return `${size} store of imm to dst + off`;
    case "stx":
      return `${size} store of src to dst + off`;
    case "atomic":
      if (s.op === "xchg") return `${w} atomic exchange: src = xchg(dst + off, src)`;
      if (s.op === "cmpxchg") return `${w} atomic compare-and-exchange: r0 = cmpxchg(dst + off, r0, src)`;
      return `${w} atomic ${s.op.replace("fetch_", "")} of src into dst + off${s.op.startsWith("fetch_") ? ", old value into src" : ""}`;
    case "load_acq":
      return `dst = ${size} load-acquire from src + off`;
    case "store_rel":
      return `${size} store-release of src to dst + off`;
  }
}

/** E.g. "add64_reg: 64-bit dst += src. opcode 0x0f, ISA v1". */
export function describeForm(formId: string): string {
  if (!OPS.some((s) => s.id === formId)) return `${formId}: not an instruction form`;
  const s = opById(formId);
  const disc = Object.entries(s.match).map(([k, v]) => `${k}=${k === "imm" ? "0x" + (v as number).toString(16) : v}`);
  return `${s.id}: ${words(s)}. opcode 0x${s.code.toString(16).padStart(2, "0")}${disc.length ? ` (${disc.join(", ")})` : ""}, ISA v${s.version}${s.slots === 2 ? ", 16 bytes" : ""}`;
}
