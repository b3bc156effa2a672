// bpf/bpf_helpers.h: the annotations libbpf-style programs are written with (SEC, the BTF map
// definition macros, inlining and linkage attributes), bpf_printk, and the helper declarations.
// Same names and effects as libbpf's header; the macro bodies are bpfplay's own.

import { BPF_ARGS } from "./bpf_args.ts";

// bpf_printk: the format goes into a local `static const char ____fmt[]` (so into .rodata) and
// its size is passed along, as bpf_trace_printk wants; past three arguments it packs them into
// an array of u64 for bpf_trace_vprintk, which takes any number.
const PRINTK = String.raw`#define ___bpf_fill0(arr, p, x)
#define ___bpf_fill1(arr, p, x) arr[p] = (unsigned long long)(x)
#define ___bpf_fill2(arr, p, x, args...) arr[p] = (unsigned long long)(x); ___bpf_fill1(arr, p + 1, args)
#define ___bpf_fill3(arr, p, x, args...) arr[p] = (unsigned long long)(x); ___bpf_fill2(arr, p + 1, args)
#define ___bpf_fill4(arr, p, x, args...) arr[p] = (unsigned long long)(x); ___bpf_fill3(arr, p + 1, args)
#define ___bpf_fill5(arr, p, x, args...) arr[p] = (unsigned long long)(x); ___bpf_fill4(arr, p + 1, args)
#define ___bpf_fill6(arr, p, x, args...) arr[p] = (unsigned long long)(x); ___bpf_fill5(arr, p + 1, args)
#define ___bpf_fill7(arr, p, x, args...) arr[p] = (unsigned long long)(x); ___bpf_fill6(arr, p + 1, args)
#define ___bpf_fill8(arr, p, x, args...) arr[p] = (unsigned long long)(x); ___bpf_fill7(arr, p + 1, args)
#define ___bpf_fill9(arr, p, x, args...) arr[p] = (unsigned long long)(x); ___bpf_fill8(arr, p + 1, args)
#define ___bpf_fill10(arr, p, x, args...) arr[p] = (unsigned long long)(x); ___bpf_fill9(arr, p + 1, args)
#define ___bpf_fill11(arr, p, x, args...) arr[p] = (unsigned long long)(x); ___bpf_fill10(arr, p + 1, args)
#define ___bpf_fill12(arr, p, x, args...) arr[p] = (unsigned long long)(x); ___bpf_fill11(arr, p + 1, args)
#define ___bpf_fill(arr, args...) ___bpf_apply(___bpf_fill, ___bpf_narg(args))(arr, 0, args)

#define __bpf_printk(fmt, ...) \
({ \
	static const char ____fmt[] = fmt; \
	bpf_trace_printk(____fmt, sizeof(____fmt), ##__VA_ARGS__); \
})

#define __bpf_vprintk(fmt, args...) \
({ \
	static const char ___fmt[] = fmt; \
	unsigned long long ___param[___bpf_narg(args)]; \
	___bpf_fill(___param, args); \
	bpf_trace_vprintk(___fmt, sizeof(___fmt), ___param, sizeof(___param)); \
})

#define ___bpf_pick_printk(...) \
	___bpf_nth(_, ##__VA_ARGS__, __bpf_vprintk, __bpf_vprintk, __bpf_vprintk, __bpf_vprintk, \
		   __bpf_vprintk, __bpf_vprintk, __bpf_vprintk, __bpf_vprintk, __bpf_vprintk, \
		   __bpf_printk, __bpf_printk, __bpf_printk, __bpf_printk)

#define bpf_printk(fmt, args...) ___bpf_pick_printk(args)(fmt, ##args)

/* the u64 conversion of a long in a format: "l" on every architecture bpfplay knows */
#define BPF_PRINTK_FMT_MOD "l"

/* formatted output of a BPF iterator (seq_file) and into a buffer, any number of arguments */
#define BPF_SEQ_PRINTF(seq, fmt, args...) \
({ \
	static const char ___fmt[] = fmt; \
	unsigned long long ___param[___bpf_narg(args)]; \
	___bpf_fill(___param, args); \
	bpf_seq_printf(seq, ___fmt, sizeof(___fmt), ___param, sizeof(___param)); \
})

#define BPF_SNPRINTF(out, out_size, fmt, args...) \
({ \
	static const char ___fmt[] = fmt; \
	unsigned long long ___param[___bpf_narg(args)]; \
	___bpf_fill(___param, args); \
	bpf_snprintf(out, out_size, ___fmt, ___param, sizeof(___param)); \
})
`;

export const BPF_HELPERS_H = String.raw`#ifndef __BPF_HELPERS__
#define __BPF_HELPERS__

#include "bpf_helper_defs.h"

${BPF_ARGS}
/* BTF-defined maps: struct { __uint(type, BPF_MAP_TYPE_HASH); __type(key, __u32); ... } m SEC(".maps");
 * the numbers ride in array dimensions and the types in pointer targets, where BTF keeps them. */
#define __uint(name, val) int (*name)[val]
#define __type(name, val) typeof(val) *name
#define __array(name, val) typeof(val) *name[]
#define __ulong(name, val) enum { ___bpf_concat(__unique_value, __COUNTER__) = val } name

/* the ELF section a program, map or global goes to; "used" keeps it even when unreferenced */
#define SEC(name) __attribute__((section(name), used))

#undef __always_inline
#define __always_inline inline __attribute__((always_inline))
#ifndef __noinline
#define __noinline __attribute__((noinline))
#endif
#ifndef __weak
#define __weak __attribute__((weak))
#endif
#define __hidden __attribute__((visibility("hidden")))

/* externs the loader fills in: Kconfig values and kernel symbols */
#define __kconfig __attribute__((section(".kconfig")))
#define __ksym __attribute__((section(".ksyms")))
#define __kptr_untrusted __attribute__((btf_type_tag("kptr_untrusted")))
#define __kptr __attribute__((btf_type_tag("kptr")))
#define __percpu_kptr __attribute__((btf_type_tag("percpu_kptr")))
#define __arg_ctx __attribute__((btf_decl_tag("arg:ctx")))
#define __arg_nonnull __attribute__((btf_decl_tag("arg:nonnull")))
#define __arg_nullable __attribute__((btf_decl_tag("arg:nullable")))
#define __arg_trusted __attribute__((btf_decl_tag("arg:trusted")))

#ifndef likely
#define likely(x) (__builtin_expect(!!(x), 1))
#endif
#ifndef unlikely
#define unlikely(x) (__builtin_expect(!!(x), 0))
#endif

#ifndef NULL
#define NULL ((void *)0)
#endif

/* compiler barriers: empty asm that the optimiser must assume reads and writes memory (barrier)
 * or rewrites var in a register (barrier_var), as libbpf spells them */
#ifndef barrier
#define barrier() asm volatile("" ::: "memory")
#endif
#ifndef barrier_var
#define barrier_var(var) asm volatile("" : "=r"(var) : "0"(var))
#endif

/* LINUX_VERSION_CODE's encoding, for __kconfig externs */
#define KERNEL_VERSION(a, b, c) (((a) << 16) + ((b) << 8) + ((c) > 255 ? 255 : (c)))

#ifndef offsetof
#define offsetof(type, member) ((unsigned long)&((type *)0)->member)
#endif
#ifndef container_of
#define container_of(ptr, type, member) \
({ \
	void *__mptr = (void *)(ptr); \
	((type *)(__mptr - offsetof(type, member))); \
})
#endif

/* marks a path the compiler may assume is never taken */
#define __bpf_unreachable() __builtin_trap()

/* libbpf's version pins the slot into the instruction with inline assembly so the verifier
 * sees a constant index; bpfplay's compiler has no inline assembly, so this is a plain
 * bpf_tail_call (the verifier still sees a constant when the slot is one). */
static __always_inline void bpf_tail_call_static(void *ctx, const void *map, const __u32 slot)
{
	bpf_tail_call(ctx, (void *)map, slot);
}

/* the legacy map definition, from before BTF-defined maps (SEC("maps")) */
struct bpf_map_def {
	unsigned int type;
	unsigned int key_size;
	unsigned int value_size;
	unsigned int max_entries;
	unsigned int map_flags;
};

enum libbpf_pin_type {
	LIBBPF_PIN_NONE,
	LIBBPF_PIN_BY_NAME,
};

enum libbpf_tristate {
	TRI_NO = 0,
	TRI_YES = 1,
	TRI_MODULE = 2,
};

${PRINTK}
#endif /* __BPF_HELPERS__ */
`;
