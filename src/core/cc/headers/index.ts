// The headers a BPF C program may include without a disk: keyed by the path as written in
// #include. The preprocessor reads them last, after the program's own folder and -I folders.

import { BASE_HEADERS } from "./base.ts";
import { BPF_CORE_READ_H } from "./bpf_core_read.ts";
import { BPF_ENDIAN_H } from "./bpf_endian.ts";
import { BPF_HELPERS_H } from "./bpf_helpers.ts";
import { BPF_TRACING_H } from "./bpf_tracing.ts";
import { helperDefsText } from "./helper_defs.ts";
import { LINUX_BPF_H } from "./linux_bpf.ts";
import { IN, IN6 } from "./net_inet.ts";
import { ASM_BYTEORDER, IF_ETHER, IF_PACKET, IP, IPV6 } from "./net_link.ts";
import { ICMP, ICMPV6, PKT_CLS, TCP, UDP } from "./net_transport.ts";
import { ASM_PTRACE, LINUX_PTRACE } from "./ptrace.ts";
import { uapiHeader } from "./uapi.ts";
import { vmlinuxText } from "./vmlinux.ts";

export const BUILTIN_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  ...BASE_HEADERS,
  "asm/byteorder.h": ASM_BYTEORDER,
  "asm/ptrace.h": uapiHeader(ASM_PTRACE),
  "linux/bpf.h": LINUX_BPF_H,
  "linux/if_ether.h": uapiHeader(IF_ETHER),
  "linux/if_packet.h": uapiHeader(IF_PACKET),
  "linux/ip.h": uapiHeader(IP),
  "linux/in.h": uapiHeader(IN),
  "linux/in6.h": uapiHeader(IN6),
  "linux/ipv6.h": uapiHeader(IPV6),
  "linux/tcp.h": uapiHeader(TCP),
  "linux/udp.h": uapiHeader(UDP),
  "linux/icmp.h": uapiHeader(ICMP),
  "linux/icmpv6.h": uapiHeader(ICMPV6),
  "linux/pkt_cls.h": uapiHeader(PKT_CLS),
  "linux/ptrace.h": uapiHeader(LINUX_PTRACE),
  "bpf/bpf_helpers.h": BPF_HELPERS_H,
  "bpf/bpf_helper_defs.h": helperDefsText(),
  "bpf/bpf_endian.h": BPF_ENDIAN_H,
  "bpf/bpf_tracing.h": BPF_TRACING_H,
  "bpf/bpf_core_read.h": BPF_CORE_READ_H,
  "vmlinux.h": vmlinuxText(),
});
