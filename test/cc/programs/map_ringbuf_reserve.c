// about: bpf_ringbuf_reserve, fill the record in place, then submit or discard by a condition; a reservation larger than the ring fails
// packet: ipv4-udp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct rec { __u64 id; __u32 vals[4]; };

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} rb SEC(".maps");

__u32 failed;

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	for (__u32 i = 0; i < 3; i++) {
		struct rec *r = bpf_ringbuf_reserve(&rb, sizeof(*r), 0);
		if (!r) {
			failed++;
			continue;
		}
		r->id = i;
		for (int j = 0; j < 4; j++)
			r->vals[j] = i * 10 + j;
		if (i == 1)
			bpf_ringbuf_discard(r, 0);
		else
			bpf_ringbuf_submit(r, 0);
	}
	void *big = bpf_ringbuf_reserve(&rb, 8192, 0);
	if (big)
		bpf_ringbuf_discard(big, 0);
	else
		failed += 10;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
