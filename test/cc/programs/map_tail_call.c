// about: a prog_array and bpf_tail_call: the entry jumps to the program for the IP protocol; a missing slot falls through to the code after the call
// packet: ipv4-tcp
// init: jmp:06000000:@handle_tcp
// init: jmp:11000000:@handle_udp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
	__uint(max_entries, 32);
} jmp SEC(".maps");

__u32 seen[3];

SEC("xdp")
int entry(struct xdp_md *ctx)
{
	__u8 *p = (void *)(long)ctx->data;
	if ((void *)(p + 24) > (void *)(long)ctx->data_end)
		return XDP_ABORTED;
	seen[0]++;
	bpf_tail_call(ctx, &jmp, p[23]);
	bpf_tail_call(ctx, &jmp, 1);      /* empty: falls through */
	return XDP_DROP;
}

SEC("xdp")
int handle_tcp(struct xdp_md *ctx)
{
	seen[1]++;
	return XDP_PASS;
}

SEC("xdp")
int handle_udp(struct xdp_md *ctx)
{
	seen[2]++;
	return XDP_TX;
}

char LICENSE[] SEC("license") = "GPL";
