// A perf_event program reads its sample period and counts per CPU.
#include <linux/bpf.h>
#include <linux/bpf_perf_event.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 1);
} samples SEC(".maps");

SEC("perf_event")
int on_sample(struct bpf_perf_event_data *ctx)
{
	__u32 k = 0;
	__u64 *v = bpf_map_lookup_elem(&samples, &k);
	if (v)
		*v += ctx->sample_period;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
