// bpf/bpf_core_read.h: CO-RE reads and relocatable queries. Everything rests on the clang
// builtins __builtin_preserve_access_index, __builtin_preserve_field_info,
// __builtin_preserve_type_info, __builtin_preserve_enum_value and __builtin_btf_type_id, which
// bpfplay's front end folds against its own layouts (vmlinux.h) as the contract says.

import { BPF_ARGS } from "./bpf_args.ts";

/** Longest pointer chain BPF_CORE_READ follows: src plus this many field steps. */
export const CORE_READ_MAX_FIELDS = 9;

const FIELD = (k: number) => String.fromCharCode(97 + k); // a, b, c, ...

/**
 * ___bpf_chainN(src, a, b, ...) is (src)->a->b...; ___bpf_rdN(fn, last, dst, src, a, ...)
 * reads each pointer of the chain into a temporary with fn and the final field into dst with
 * last, so a chain of N fields costs N probe reads, as libbpf's macro does.
 */
function chainMacros(): string {
  const out: string[] = [];
  for (let n = 1; n <= CORE_READ_MAX_FIELDS; n++) {
    const fields = Array.from({ length: n }, (_, k) => FIELD(k));
    const list = fields.join(", ");
    out.push(`#define ___bpf_chain${n}(src, ${list}) (src)->${fields.join("->")}`);
    const steps: string[] = [];
    if (n > 1) steps.push("const void *__t;");
    for (let k = 0; k < n; k++) {
      const type = k === 0 ? "typeof(src)" : `typeof(___bpf_chain${k}(src, ${fields.slice(0, k).join(", ")}))`;
      const from = k === 0 ? "src" : "__t";
      const fn = k === n - 1 ? "last" : "fn";
      const into = k === n - 1 ? "dst" : "&__t";
      steps.push(`___bpf_rd(${fn}, ${into}, ${type}, ${from}, ${fields[k]});`);
    }
    out.push(`#define ___bpf_rd${n}(fn, last, dst, src, ${list}) \\\n\t${steps.join(" \\\n\t")}`);
  }
  return out.join("\n");
}

export const BPF_CORE_READ_H = String.raw`#ifndef __BPF_CORE_READ_H__
#define __BPF_CORE_READ_H__

${BPF_ARGS}
/* what __builtin_preserve_field_info answers */
enum bpf_field_info_kind {
	BPF_FIELD_BYTE_OFFSET = 0,
	BPF_FIELD_BYTE_SIZE = 1,
	BPF_FIELD_EXISTS = 2,
	BPF_FIELD_SIGNED = 3,
	BPF_FIELD_LSHIFT_U64 = 4,
	BPF_FIELD_RSHIFT_U64 = 5,
};

/* what __builtin_btf_type_id answers */
enum bpf_type_id_kind {
	BPF_TYPE_ID_LOCAL = 0,
	BPF_TYPE_ID_TARGET = 1,
};

/* what __builtin_preserve_type_info answers */
enum bpf_type_info_kind {
	BPF_TYPE_EXISTS = 0,
	BPF_TYPE_SIZE = 1,
	BPF_TYPE_MATCHES = 2,
};

/* what __builtin_preserve_enum_value answers */
enum bpf_enum_value_kind {
	BPF_ENUMVAL_EXISTS = 0,
	BPF_ENUMVAL_VALUE = 1,
};

#define __CORE_RELO(src, field, info) __builtin_preserve_field_info((src)->field, BPF_FIELD_##info)

/* a bitfield read straight from memory the program may access (the context, a BTF pointer) */
#define BPF_CORE_READ_BITFIELD(s, field) \
({ \
	const void *p = (const void *)s + __CORE_RELO(s, field, BYTE_OFFSET); \
	unsigned long long val; \
	switch (__CORE_RELO(s, field, BYTE_SIZE)) { \
	case 1: val = *(const unsigned char *)p; break; \
	case 2: val = *(const unsigned short *)p; break; \
	case 4: val = *(const unsigned int *)p; break; \
	case 8: val = *(const unsigned long long *)p; break; \
	default: val = 0; break; \
	} \
	val <<= __CORE_RELO(s, field, LSHIFT_U64); \
	if (__CORE_RELO(s, field, SIGNED)) \
		val = ((long long)val) >> __CORE_RELO(s, field, RSHIFT_U64); \
	else \
		val = val >> __CORE_RELO(s, field, RSHIFT_U64); \
	val; \
})

/* the same through bpf_probe_read_kernel, for kernel memory */
#define BPF_CORE_READ_BITFIELD_PROBED(s, field) \
({ \
	unsigned long long val = 0; \
	bpf_probe_read_kernel((void *)&val + 8 - __CORE_RELO(s, field, BYTE_SIZE), \
			      __CORE_RELO(s, field, BYTE_SIZE), \
			      (const void *)s + __CORE_RELO(s, field, BYTE_OFFSET)); \
	val <<= __CORE_RELO(s, field, LSHIFT_U64); \
	if (__CORE_RELO(s, field, SIGNED)) \
		val = ((long long)val) >> __CORE_RELO(s, field, RSHIFT_U64); \
	else \
		val = val >> __CORE_RELO(s, field, RSHIFT_U64); \
	val; \
})

/* field queries take either an access expression (p->f) or a type and a field name */
#define ___bpf_field_ref1(field) (field)
#define ___bpf_field_ref2(type, field) (((typeof(type) *)0)->field)
#define ___bpf_field_ref(args...) ___bpf_apply(___bpf_field_ref, ___bpf_narg(args))(args)

#define bpf_core_field_exists(field...) __builtin_preserve_field_info(___bpf_field_ref(field), BPF_FIELD_EXISTS)
#define bpf_core_field_size(field...) __builtin_preserve_field_info(___bpf_field_ref(field), BPF_FIELD_BYTE_SIZE)
#define bpf_core_field_offset(field...) __builtin_preserve_field_info(___bpf_field_ref(field), BPF_FIELD_BYTE_OFFSET)
#define bpf_core_field_signed(field...) __builtin_preserve_field_info(___bpf_field_ref(field), BPF_FIELD_SIGNED)

#define bpf_core_type_id_local(type) __builtin_btf_type_id(*(typeof(type) *)0, BPF_TYPE_ID_LOCAL)
#define bpf_core_type_id_kernel(type) __builtin_btf_type_id(*(typeof(type) *)0, BPF_TYPE_ID_TARGET)
#define bpf_core_type_exists(type) __builtin_preserve_type_info(*(typeof(type) *)0, BPF_TYPE_EXISTS)
#define bpf_core_type_matches(type) __builtin_preserve_type_info(*(typeof(type) *)0, BPF_TYPE_MATCHES)
#define bpf_core_type_size(type) __builtin_preserve_type_info(*(typeof(type) *)0, BPF_TYPE_SIZE)

#define bpf_core_enum_value_exists(enum_type, enum_value) \
	__builtin_preserve_enum_value(*(typeof(enum_type) *)enum_value, BPF_ENUMVAL_EXISTS)
#define bpf_core_enum_value(enum_type, enum_value) \
	__builtin_preserve_enum_value(*(typeof(enum_type) *)enum_value, BPF_ENUMVAL_VALUE)

/* reads of size bytes at a relocatable kernel (or user) address */
#define bpf_core_read(dst, sz, src) \
	bpf_probe_read_kernel(dst, sz, (const void *)__builtin_preserve_access_index(src))
#define bpf_core_read_user(dst, sz, src) \
	bpf_probe_read_user(dst, sz, (const void *)__builtin_preserve_access_index(src))
#define bpf_core_read_str(dst, sz, src) \
	bpf_probe_read_kernel_str(dst, sz, (const void *)__builtin_preserve_access_index(src))
#define bpf_core_read_user_str(dst, sz, src) \
	bpf_probe_read_user_str(dst, sz, (const void *)__builtin_preserve_access_index(src))

/* plain reads for BPF_PROBE_READ: no relocation */
#define ___bpf_probe_read(dst, sz, src) bpf_probe_read_kernel(dst, sz, (const void *)(src))
#define ___bpf_probe_read_str(dst, sz, src) bpf_probe_read_kernel_str(dst, sz, (const void *)(src))
#define ___bpf_probe_read_user(dst, sz, src) bpf_probe_read_user(dst, sz, (const void *)(src))
#define ___bpf_probe_read_user_str(dst, sz, src) bpf_probe_read_user_str(dst, sz, (const void *)(src))

/* one step: read field of ptr (seen as type) into dst, sizeof(*dst) bytes */
#define ___bpf_rd(fn, dst, type, ptr, field) fn((void *)(dst), sizeof(*(dst)), &((type)(ptr))->field)

${chainMacros()}

#define ___bpf_chain(src, args...) ___bpf_apply(___bpf_chain, ___bpf_narg(args))(src, args)
#define ___bpf_read_chain(fn, last, dst, src, args...) \
	___bpf_apply(___bpf_rd, ___bpf_narg(args))(fn, last, dst, src, args)

/* BPF_CORE_READ_INTO(&dst, s, a, b, c) reads s->a->b->c into dst, one probe read per arrow */
#define BPF_CORE_READ_INTO(dst, src, a, ...) \
	({ ___bpf_read_chain(bpf_core_read, bpf_core_read, dst, (src), a, ##__VA_ARGS__) })
#define BPF_CORE_READ_USER_INTO(dst, src, a, ...) \
	({ ___bpf_read_chain(bpf_core_read_user, bpf_core_read_user, dst, (src), a, ##__VA_ARGS__) })
#define BPF_PROBE_READ_INTO(dst, src, a, ...) \
	({ ___bpf_read_chain(___bpf_probe_read, ___bpf_probe_read, dst, (src), a, ##__VA_ARGS__) })
#define BPF_PROBE_READ_USER_INTO(dst, src, a, ...) \
	({ ___bpf_read_chain(___bpf_probe_read_user, ___bpf_probe_read_user, dst, (src), a, ##__VA_ARGS__) })

/* the same with the last field (a char array) read as a NUL-terminated string; dst is &array */
#define BPF_CORE_READ_STR_INTO(dst, src, a, ...) \
	({ ___bpf_read_chain(bpf_core_read, bpf_core_read_str, dst, (src), a, ##__VA_ARGS__) })
#define BPF_CORE_READ_USER_STR_INTO(dst, src, a, ...) \
	({ ___bpf_read_chain(bpf_core_read_user, bpf_core_read_user_str, dst, (src), a, ##__VA_ARGS__) })
#define BPF_PROBE_READ_STR_INTO(dst, src, a, ...) \
	({ ___bpf_read_chain(___bpf_probe_read, ___bpf_probe_read_str, dst, (src), a, ##__VA_ARGS__) })
#define BPF_PROBE_READ_USER_STR_INTO(dst, src, a, ...) \
	({ ___bpf_read_chain(___bpf_probe_read_user, ___bpf_probe_read_user_str, dst, (src), a, ##__VA_ARGS__) })

/* BPF_CORE_READ(s, a, b, c) is the value of s->a->b->c, read the CO-RE way */
#define BPF_CORE_READ(src, a, ...) \
({ \
	typeof(___bpf_chain((src), a, ##__VA_ARGS__)) __r; \
	BPF_CORE_READ_INTO(&__r, (src), a, ##__VA_ARGS__); \
	__r; \
})
#define BPF_CORE_READ_USER(src, a, ...) \
({ \
	typeof(___bpf_chain((src), a, ##__VA_ARGS__)) __r; \
	BPF_CORE_READ_USER_INTO(&__r, (src), a, ##__VA_ARGS__); \
	__r; \
})
#define BPF_PROBE_READ(src, a, ...) \
({ \
	typeof(___bpf_chain((src), a, ##__VA_ARGS__)) __r; \
	BPF_PROBE_READ_INTO(&__r, (src), a, ##__VA_ARGS__); \
	__r; \
})
#define BPF_PROBE_READ_USER(src, a, ...) \
({ \
	typeof(___bpf_chain((src), a, ##__VA_ARGS__)) __r; \
	BPF_PROBE_READ_USER_INTO(&__r, (src), a, ##__VA_ARGS__); \
	__r; \
})

#endif /* __BPF_CORE_READ_H__ */
`;
