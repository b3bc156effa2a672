// Names the compiler knows without a declaration: the builtins it compiles (for __has_builtin and
// the checker) and the attributes it understands (for __has_attribute).

export const BUILTIN_FUNCTIONS: ReadonlySet<string> = new Set([
  "__builtin_memset", "__builtin_memcpy", "__builtin_memmove", "__builtin_memcmp",
  "__builtin_expect", "__builtin_expect_with_probability", "__builtin_constant_p",
  "__builtin_bswap16", "__builtin_bswap32", "__builtin_bswap64",
  "__builtin_preserve_access_index", "__builtin_preserve_field_info", "__builtin_preserve_type_info",
  "__builtin_preserve_enum_value", "__builtin_btf_type_id",
  "__builtin_unreachable", "__builtin_trap", "__builtin_offsetof", "__builtin_types_compatible_p",
  "__builtin_choose_expr",
  "__sync_fetch_and_add", "__sync_fetch_and_sub", "__sync_fetch_and_or", "__sync_fetch_and_and", "__sync_fetch_and_xor",
  "__sync_add_and_fetch", "__sync_sub_and_fetch", "__sync_or_and_fetch", "__sync_and_and_fetch", "__sync_xor_and_fetch",
  "__sync_val_compare_and_swap", "__sync_bool_compare_and_swap", "__sync_lock_test_and_set",
  "__atomic_fetch_add", "__atomic_fetch_sub", "__atomic_fetch_or", "__atomic_fetch_and", "__atomic_fetch_xor",
  "__atomic_add_fetch", "__atomic_sub_fetch", "__atomic_or_fetch", "__atomic_and_fetch", "__atomic_xor_fetch",
  "__atomic_exchange_n", "__atomic_load_n", "__atomic_store_n", "__atomic_compare_exchange_n",
]);

/** clang's back-end error for a memory builtin it cannot expand (its size is not a constant). */
export const memLibcall = (kind: string): string => `A call to built-in function '${kind}' is not supported.`;

/** A variadic function that has to be compiled as a function of its own (not inlined away). */
export const VARIADIC = "variadic functions are not supported in BPF programs";

export const KNOWN_ATTRIBUTES: ReadonlySet<string> = new Set([
  "section", "packed", "aligned", "always_inline", "noinline", "unused", "used", "weak", "preserve_access_index",
  "btf_decl_tag", "btf_type_tag", "noreturn", "const", "pure", "format", "nonnull", "warn_unused_result",
  "deprecated", "visibility", "cold", "hot", "flatten", "gnu_inline", "transparent_union", "may_alias",
  "mode", "vector_size", "designated_init", "randomize_layout", "no_randomize_layout", "fallthrough",
  "preserve_static_offset", "bpf_fastcall", "address_space", "nocf_check", "noclone", "leaf",
]);
