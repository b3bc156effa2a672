// The freestanding C headers (stdint.h, stdbool.h, stddef.h) and the kernel's base UAPI types
// (linux/types.h, asm/types.h, linux/stddef.h). Layouts and spellings follow the kernel UAPI and
// clang's own freestanding headers for the BPF target (LP64: long is 8 bytes, char is signed).

/** The typedefs of linux/types.h, also the opening of vmlinux.h (which has no macros). */
export const KERNEL_INT_TYPES = String.raw`typedef signed char __s8;
typedef unsigned char __u8;
typedef short __s16;
typedef unsigned short __u16;
typedef int __s32;
typedef unsigned int __u32;
typedef long long __s64;
typedef unsigned long long __u64;

/* byte-order and checksum types: plain integers here (sparse's __bitwise is empty for compilers) */
typedef __u16 __le16;
typedef __u16 __be16;
typedef __u32 __le32;
typedef __u32 __be32;
typedef __u64 __le64;
typedef __u64 __be64;
typedef __u16 __sum16;
typedef __u32 __wsum;
typedef unsigned int __poll_t;

typedef long __kernel_long_t;
typedef unsigned long __kernel_ulong_t;
typedef __kernel_ulong_t __kernel_size_t;
typedef __kernel_long_t __kernel_ssize_t;
typedef int __kernel_pid_t;
typedef unsigned int __kernel_uid32_t;
typedef unsigned int __kernel_gid32_t;
typedef unsigned short __kernel_sa_family_t;
`;

const ASM_TYPES = String.raw`#ifndef _ASM_GENERIC_TYPES_H
#define _ASM_GENERIC_TYPES_H
/* asm/types.h: the fixed-width integer types, LL64 model as on every 64-bit Linux architecture */
/* vmlinux.h has the same typedefs already */
#if !defined(__BPFPLAY_KERNEL_INT_TYPES) && !defined(__VMLINUX_H__)
#define __BPFPLAY_KERNEL_INT_TYPES
${KERNEL_INT_TYPES}
#endif
#endif /* _ASM_GENERIC_TYPES_H */
`;

const LINUX_TYPES = String.raw`#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H
#include <asm/types.h>

#define __bitwise
#define __bitwise__

/* 64-bit fields of kernel/user ABIs keep 8-byte alignment on every architecture */
#define __aligned_u64 __u64 __attribute__((aligned(8)))
#define __aligned_s64 __s64 __attribute__((aligned(8)))
#define __aligned_be64 __be64 __attribute__((aligned(8)))
#define __aligned_le64 __le64 __attribute__((aligned(8)))
#endif /* _LINUX_TYPES_H */
`;

const LINUX_STDDEF = String.raw`#ifndef _LINUX_STDDEF_H
#define _LINUX_STDDEF_H

#ifndef __always_inline
#define __always_inline __inline__
#endif

/* A group of members reachable both directly and through the named struct NAME. */
#define __struct_group_tag(TAG) TAG
#define __struct_group(TAG, NAME, ATTRS, MEMBERS...) \
	union { \
		struct { MEMBERS } ATTRS; \
		struct __struct_group_tag(TAG) { MEMBERS } ATTRS NAME; \
	} ATTRS

/* A flexible array that may sit alone in a struct or inside a union. */
#define __DECLARE_FLEX_ARRAY(TYPE, NAME) \
	struct { \
		struct { } __empty_ ## NAME; \
		TYPE NAME[]; \
	}

#ifndef __counted_by
#define __counted_by(m)
#endif
#endif /* _LINUX_STDDEF_H */
`;

const STDINT = String.raw`#ifndef __BPFPLAY_STDINT_H
#define __BPFPLAY_STDINT_H
typedef signed char int8_t;
typedef short int16_t;
typedef int int32_t;
typedef long int64_t;
typedef unsigned char uint8_t;
typedef unsigned short uint16_t;
typedef unsigned int uint32_t;
typedef unsigned long uint64_t;

typedef signed char int_least8_t;
typedef short int_least16_t;
typedef int int_least32_t;
typedef long int_least64_t;
typedef unsigned char uint_least8_t;
typedef unsigned short uint_least16_t;
typedef unsigned int uint_least32_t;
typedef unsigned long uint_least64_t;

typedef signed char int_fast8_t;
typedef long int_fast16_t;
typedef long int_fast32_t;
typedef long int_fast64_t;
typedef unsigned char uint_fast8_t;
typedef unsigned long uint_fast16_t;
typedef unsigned long uint_fast32_t;
typedef unsigned long uint_fast64_t;

typedef long intptr_t;
typedef unsigned long uintptr_t;
typedef long intmax_t;
typedef unsigned long uintmax_t;

#define INT8_MIN (-128)
#define INT16_MIN (-32767-1)
#define INT32_MIN (-2147483647-1)
#define INT64_MIN (-9223372036854775807L-1)
#define INT8_MAX 127
#define INT16_MAX 32767
#define INT32_MAX 2147483647
#define INT64_MAX 9223372036854775807L
#define UINT8_MAX 255
#define UINT16_MAX 65535
#define UINT32_MAX 4294967295U
#define UINT64_MAX 18446744073709551615UL
#define INTPTR_MIN INT64_MIN
#define INTPTR_MAX INT64_MAX
#define UINTPTR_MAX UINT64_MAX
#define INTMAX_MIN INT64_MIN
#define INTMAX_MAX INT64_MAX
#define UINTMAX_MAX UINT64_MAX
#define PTRDIFF_MIN INT64_MIN
#define PTRDIFF_MAX INT64_MAX
#define SIZE_MAX UINT64_MAX

#define INT8_C(c) c
#define INT16_C(c) c
#define INT32_C(c) c
#define INT64_C(c) c ## L
#define UINT8_C(c) c
#define UINT16_C(c) c
#define UINT32_C(c) c ## U
#define UINT64_C(c) c ## UL
#define INTMAX_C(c) c ## L
#define UINTMAX_C(c) c ## UL
#endif
`;

const STDBOOL = String.raw`#ifndef __BPFPLAY_STDBOOL_H
#define __BPFPLAY_STDBOOL_H
#define bool _Bool
#define true 1
#define false 0
#define __bool_true_false_are_defined 1
#endif
`;

// As clang's: with __need_size_t (and the like) defined, as glibc's headers ask, only those parts.
const STDDEF = String.raw`#if !defined(__need_size_t) && !defined(__need_ptrdiff_t) && !defined(__need_wchar_t) && !defined(__need_NULL) && !defined(__need_offsetof)
#define __need_size_t
#define __need_ptrdiff_t
#define __need_wchar_t
#define __need_NULL
#define __need_offsetof
#endif
#if defined(__need_ptrdiff_t) && !defined(__BPFPLAY_PTRDIFF_T)
#define __BPFPLAY_PTRDIFF_T
typedef long ptrdiff_t;
#endif
#if defined(__need_size_t) && !defined(__BPFPLAY_SIZE_T)
#define __BPFPLAY_SIZE_T
typedef unsigned long size_t;
#endif
#if defined(__need_wchar_t) && !defined(__BPFPLAY_WCHAR_T)
#define __BPFPLAY_WCHAR_T
typedef int wchar_t;
#endif
#if defined(__need_NULL) && !defined(NULL)
#define NULL ((void *)0)
#endif
#if defined(__need_offsetof) && !defined(offsetof)
#define offsetof(type, member) __builtin_offsetof(type, member)
#endif
#undef __need_size_t
#undef __need_ptrdiff_t
#undef __need_wchar_t
#undef __need_NULL
#undef __need_offsetof
`;

export const BASE_HEADERS: Readonly<Record<string, string>> = {
  "asm/types.h": ASM_TYPES,
  "linux/types.h": LINUX_TYPES,
  "linux/stddef.h": LINUX_STDDEF,
  "stdint.h": STDINT,
  "stdbool.h": STDBOOL,
  "stddef.h": STDDEF,
};
