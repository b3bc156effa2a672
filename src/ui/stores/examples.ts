// The documents a first visit starts with, one per dialect: small, commented and valid.

import type { Dialect } from "../../protocol/index.ts";

const llvm = `; Welcome to bpfplay: eBPF assembly in the LLVM dialect,
; the syntax llvm-objdump prints and llvm-mc accepts.
;
; Count the set bits of a number: r1 holds the input,
; r0 (the return value) the count.

	r1 = 0xb5            ; 0b10110101: five bits set
	r0 = 0
loop:
	if r1 == 0 goto done
	r2 = r1
	r2 &= 1              ; the lowest bit
	r0 += r2
	r1 >>= 1
	goto loop
done:
	exit
`;

const ubpf = `# Welcome to bpfplay: eBPF assembly in the uBPF dialect,
# the syntax of uBPF and the bpf_conformance suite.
#
# Count the set bits of a number: %r1 holds the input,
# %r0 (the return value) the count.

mov %r1, 0xb5           # 0b10110101: five bits set
mov %r0, 0
jeq %r1, 0, +5          # to exit
mov %r2, %r1
and %r2, 1              # the lowest bit
add %r0, %r2
rsh %r1, 1
ja -6                   # back to jeq
exit
`;

export const EXAMPLES: Readonly<Record<Dialect, string>> = { llvm, ubpf };

/** The document a first visit starts with: C, the language most eBPF is written in. */
export const C_EXAMPLE = `// Welcome to bpfplay: restricted C, compiled in your browser to eBPF.
// Count IPv4 packets per IP protocol in a hash map, and let them pass.
// Press Run, or step it line by line (F10) and watch the Locals.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 256);
} counts SEC(".maps");

SEC("xdp")
int count_protocols(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;

	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;

	struct iphdr *ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > data_end)
		return XDP_PASS;

	__u32 proto = ip->protocol;
	__u64 *count = bpf_map_lookup_elem(&counts, &proto);
	if (count) {
		__sync_fetch_and_add(count, 1);
	} else {
		__u64 one = 1;
		bpf_map_update_elem(&counts, &proto, &one, BPF_ANY);
	}
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
`;
