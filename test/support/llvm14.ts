// What LLVM 14 knows of the instruction table, checked both ways by test/llvm/llvm_mc.test.ts.

/** Forms whose text LLVM 14 does not parse: v4 instructions, mod, jset, ST, fetch atomics, pseudo ld_imm64, .... */
export const UNKNOWN_TO_MC: ReadonlySet<string> = new Set([
  "sdiv32_imm", "sdiv32_reg", "sdiv64_imm", "sdiv64_reg", "smod32_imm", "smod32_reg", "smod64_imm", "smod64_reg",
  "mod32_imm", "mod32_reg", "mod64_imm", "mod64_reg", "movsx832", "movsx1632", "movsx864", "movsx1664", "movsx3264",
  "addr_space_cast", "bswap16", "bswap32", "bswap64", "jset_imm", "jset_reg", "jset32_imm", "jset32_reg",
  "gotol", "may_goto", "call_local", "call_kfunc", "callx",
  "lddw_map_fd", "lddw_map_value", "lddw_btf_id", "lddw_func", "lddw_map_idx", "lddw_map_idx_value",
  "ldxsb", "ldxsh", "ldxsw", "stb", "sth", "stw", "stdw",
  "load_acqb", "load_acqh", "load_acqw", "load_acqdw", "store_relb", "store_relh", "store_relw", "store_reldw",
  "lock_fetch_add32", "lock_fetch_or32", "lock_fetch_and32", "lock_fetch_xor32", "lock_xchg32", "lock_cmpxchg32",
  "lock_fetch_add64", "lock_fetch_or64", "lock_fetch_and64", "lock_fetch_xor64", "lock_xchg64", "lock_cmpxchg64",
]);
