// Words of both dialects, for the editor's syntax colouring and for hints in error messages.

import { UBPF_MNEMONIC_LIST } from "./ubpf.ts";

export const LLVM_KEYWORDS: readonly string[] = [
  "if", "goto", "gotol", "may_goto", "call", "callx", "exit", "lock", "ll", "skb", "pc", "kfunc",
  "le16", "le32", "le64", "be16", "be32", "be64", "bswap16", "bswap32", "bswap64",
  "atomic_fetch_add", "atomic_fetch_or", "atomic_fetch_and", "atomic_fetch_xor",
  "xchg_64", "xchg32_32", "cmpxchg_64", "cmpxchg32_32", "load_acquire", "store_release", "addr_space_cast",
  "map", "map_value", "map_idx", "map_idx_value", "btf_id", "func", "ld_pseudo",
];

export const LLVM_TYPES: readonly string[] = ["u8", "u16", "u32", "u64", "s8", "s16", "s32"];

export const UBPF_MNEMONICS: readonly string[] = UBPF_MNEMONIC_LIST;

export const DIRECTIVES: readonly string[] = [".map", ".section", ".insn", ".text", ".globl", ".global", ".p2align", ".align", ".type", ".size", ".file"];
