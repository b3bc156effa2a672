// The macros clang-19 predefines for `-target bpf` that headers test, as C source.

const BY_CPU = new Map<number, string>();

/** The same string object per cpu, so the preprocessor's cache of its tokens is checked by identity. */
export function predefinedSource(cpu: number): string {
  let text = BY_CPU.get(cpu);
  if (text === undefined) BY_CPU.set(cpu, (text = buildSource(cpu)));
  return text;
}

function buildSource(cpu: number): string {
  const defs: [string, string][] = [
    ["__bpf__", "1"], ["__BPF__", "1"], ["__BPF_CPU_VERSION__", String(cpu)], ["__TARGET_ARCH_x86", "1"],
    ["__clang__", "1"], ["__clang_major__", "19"], ["__clang_minor__", "1"], ["__clang_patchlevel__", "7"],
    ["__GNUC__", "4"], ["__GNUC_MINOR__", "2"], ["__GNUC_PATCHLEVEL__", "1"], ["__GNUC_STDC_INLINE__", "1"],
    ["__STDC__", "1"], ["__STDC_VERSION__", "201710L"], ["__STDC_HOSTED__", "1"], ["__OPTIMIZE__", "1"],
    ["__ELF__", "1"], ["__LP64__", "1"], ["_LP64", "1"], ["__CHAR_BIT__", "8"],
    ["__ORDER_LITTLE_ENDIAN__", "1234"], ["__ORDER_BIG_ENDIAN__", "4321"], ["__ORDER_PDP_ENDIAN__", "3412"],
    ["__BYTE_ORDER__", "__ORDER_LITTLE_ENDIAN__"], ["__LITTLE_ENDIAN__", "1"],
    ["__SIZEOF_SHORT__", "2"], ["__SIZEOF_INT__", "4"], ["__SIZEOF_LONG__", "8"], ["__SIZEOF_LONG_LONG__", "8"],
    ["__SIZEOF_POINTER__", "8"], ["__SIZEOF_SIZE_T__", "8"], ["__SIZEOF_PTRDIFF_T__", "8"], ["__SIZEOF_WCHAR_T__", "4"],
    ["__SIZEOF_WINT_T__", "4"], ["__SIZEOF_FLOAT__", "4"], ["__SIZEOF_DOUBLE__", "8"], ["__SIZEOF_LONG_DOUBLE__", "8"],
    ["__SIZEOF_INT128__", "16"],
    ["__SCHAR_MAX__", "127"], ["__SHRT_MAX__", "32767"], ["__INT_MAX__", "2147483647"],
    ["__LONG_MAX__", "9223372036854775807L"], ["__LONG_LONG_MAX__", "9223372036854775807LL"],
    ["__WCHAR_MAX__", "2147483647"], ["__INTMAX_MAX__", "9223372036854775807L"], ["__UINTMAX_MAX__", "18446744073709551615UL"],
    ["__SIZE_MAX__", "18446744073709551615UL"], ["__PTRDIFF_MAX__", "9223372036854775807L"], ["__INTPTR_MAX__", "9223372036854775807L"],
    ["__UINTPTR_MAX__", "18446744073709551615UL"],
    ["__INT8_MAX__", "127"], ["__INT16_MAX__", "32767"], ["__INT32_MAX__", "2147483647"], ["__INT64_MAX__", "9223372036854775807L"],
    ["__UINT8_MAX__", "255"], ["__UINT16_MAX__", "65535"], ["__UINT32_MAX__", "4294967295U"], ["__UINT64_MAX__", "18446744073709551615UL"],
    ["__INT8_TYPE__", "signed char"], ["__INT16_TYPE__", "short"], ["__INT32_TYPE__", "int"], ["__INT64_TYPE__", "long int"],
    ["__UINT8_TYPE__", "unsigned char"], ["__UINT16_TYPE__", "unsigned short"], ["__UINT32_TYPE__", "unsigned int"],
    ["__UINT64_TYPE__", "long unsigned int"], ["__INTMAX_TYPE__", "long int"], ["__UINTMAX_TYPE__", "long unsigned int"],
    ["__SIZE_TYPE__", "long unsigned int"], ["__PTRDIFF_TYPE__", "long int"], ["__INTPTR_TYPE__", "long int"],
    ["__UINTPTR_TYPE__", "long unsigned int"], ["__WCHAR_TYPE__", "int"], ["__WINT_TYPE__", "unsigned int"],
    ["__CHAR16_TYPE__", "unsigned short"], ["__CHAR32_TYPE__", "unsigned int"],
    ["__INT_LEAST8_TYPE__", "signed char"], ["__INT_LEAST16_TYPE__", "short"], ["__INT_LEAST32_TYPE__", "int"], ["__INT_LEAST64_TYPE__", "long int"],
    ["__UINT_LEAST8_TYPE__", "unsigned char"], ["__UINT_LEAST16_TYPE__", "unsigned short"], ["__UINT_LEAST32_TYPE__", "unsigned int"],
    ["__UINT_LEAST64_TYPE__", "long unsigned int"],
    ["__ATOMIC_RELAXED", "0"], ["__ATOMIC_CONSUME", "1"], ["__ATOMIC_ACQUIRE", "2"], ["__ATOMIC_RELEASE", "3"],
    ["__ATOMIC_ACQ_REL", "4"], ["__ATOMIC_SEQ_CST", "5"],
  ];
  return defs.map(([n, v]) => `#define ${n} ${v}\n`).join("");
}
