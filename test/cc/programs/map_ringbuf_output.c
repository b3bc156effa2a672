// about: bpf_ringbuf_output of an event struct built on the stack, once per run; run twice
// packet: ipv4-tcp
// repeat: 2
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct event { __u32 len; __u16 proto; __u8 first[6]; };

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

__u32 seq;

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u8 *p = (void *)(long)ctx->data;
	if ((void *)(p + 14) > (void *)(long)ctx->data_end)
		return XDP_PASS;
	struct event e = {};
	e.len = ctx->data_end - ctx->data + seq++;
	e.proto = *(__u16 *)(p + 12);
	__builtin_memcpy(e.first, p, 6);
	bpf_ringbuf_output(&events, &e, sizeof(e), 0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
