// about: bpf_perf_event_output to a perf event array with no reader attached: the helper's error code is what the program sees
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
	__uint(max_entries, 2);
} perf SEC(".maps");

long long rc;

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	struct { __u32 len; __u32 tag; } ev = { ctx->data_end - ctx->data, 0xabcd };
	rc = bpf_perf_event_output(ctx, &perf, BPF_F_CURRENT_CPU, &ev, sizeof(ev));
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
