// vmlinux.h: the kernel types a CO-RE tracing program includes instead of linux/*.h. bpftool
// dumps every type of the kernel's BTF; bpfplay's holds the UAPI types of its own headers plus
// the kernel structs of vmlinux_layout.ts, each padded so its fields sit at the kernel's offsets.
// Like bpftool's output it has no macros (BTF keeps none) and marks every record
// preserve_access_index, so field accesses are CO-RE relocatable.

import { KERNEL_INT_TYPES } from "./base.ts";
import { BPF_UAPI_TYPES } from "./linux_bpf.ts";
import { ICMP, ICMPV6, PKT_CLS, TCP, UDP } from "./net_transport.ts";
import { IN, IN6 } from "./net_inet.ts";
import { IF_ETHER, IF_PACKET, IP, IPV6 } from "./net_link.ts";
import { KERNEL_STRUCTS } from "./vmlinux_layout.ts";
import type { KernelStruct } from "./vmlinux_layout.ts";

const KERNEL_TYPEDEFS = String.raw`typedef __s8 s8;
typedef __u8 u8;
typedef __s16 s16;
typedef __u16 u16;
typedef __s32 s32;
typedef __u32 u32;
typedef __s64 s64;
typedef __u64 u64;

typedef _Bool bool;
enum {
	false = 0,
	true = 1,
};

typedef __kernel_pid_t pid_t;
typedef __kernel_uid32_t uid_t;
typedef __kernel_gid32_t gid_t;
typedef __kernel_size_t size_t;
typedef __kernel_ssize_t ssize_t;
typedef s64 ktime_t;
typedef long long loff_t;
typedef unsigned short umode_t;
typedef unsigned int fmode_t;
typedef unsigned int sk_buff_data_t;

typedef struct {
	uid_t val;
} kuid_t;

typedef struct {
	gid_t val;
} kgid_t;
`;

/** The struct with `char __pad_<off>[n]` wherever the kernel has fields bpfplay leaves out. */
export function kernelStructText(s: KernelStruct): string {
  const lines = [`/* ${s.doc} */`, `struct ${s.tag} {`];
  let at = 0;
  for (const fld of [...s.fields].sort((a, b) => a.off - b.off)) {
    if (fld.off < at) throw new Error(`internal: ${s.tag}.${fld.name} overlaps the field before it`);
    if (fld.off > at) lines.push(`\tchar __pad_${at}[${fld.off - at}];`);
    lines.push(`\t${fld.decl};`);
    at = fld.off + fld.size;
  }
  if (s.size > at) lines.push(`\tchar __pad_${at}[${s.size - at}];`);
  // the kernel's alignment comes from members left out here (pointers, u64): keep it explicitly
  lines.push(`} __attribute__((aligned(${s.align})));`);
  return lines.join("\n") + "\n";
}

/** Struct tags the kernel structs point to without bpfplay defining them. */
function opaqueTags(defined: Set<string>): string[] {
  const tags = new Set<string>();
  for (const s of KERNEL_STRUCTS)
    for (const fld of s.fields) {
      const m = /struct\s+(\w+)/.exec(fld.decl);
      if (m && !defined.has(m[1])) tags.add(m[1]);
    }
  return [...tags];
}

export function vmlinuxText(): string {
  // bpftool writes packed only where the layout needs it: ethhdr (14 bytes) keeps alignment 2
  const ether = IF_ETHER.types.replace("} __attribute__((packed));", "};");
  const uapi = [ether, ...[IF_PACKET, IN, IN6, IP, IPV6, TCP, UDP, ICMP, ICMPV6, PKT_CLS].map((p) => p.types)].filter((t) => t);
  const defined = new Set(KERNEL_STRUCTS.map((s) => s.tag));
  return [
    "#ifndef __VMLINUX_H__",
    "#define __VMLINUX_H__",
    "",
    "#ifndef BPF_NO_PRESERVE_ACCESS_INDEX",
    "#pragma clang attribute push (__attribute__((preserve_access_index)), apply_to = record)",
    "#endif",
    "",
    KERNEL_INT_TYPES,
    KERNEL_TYPEDEFS,
    BPF_UAPI_TYPES,
    ...uapi,
    opaqueTags(defined).map((t) => `struct ${t};`).join("\n") + "\n",
    ...KERNEL_STRUCTS.map(kernelStructText),
    "#ifndef BPF_NO_PRESERVE_ACCESS_INDEX",
    "#pragma clang attribute pop",
    "#endif",
    "",
    "#endif /* __VMLINUX_H__ */",
    "",
  ].join("\n");
}
