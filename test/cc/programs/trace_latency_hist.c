// about: a latency histogram in the biolatency style: a kprobe stores the start time per thread, the kretprobe computes the delta, a log2 bucket, and deletes the entry
// ctx: 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000
// ctx: 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#define MAX_SLOTS 27

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 10240);
} start SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, MAX_SLOTS);
} hist SEC(".maps");

static __always_inline __u64 log2l(__u64 v)
{
	__u64 r = 0, shift;
	shift = (v > 0xffffffff) << 5; v >>= shift; r |= shift;
	shift = (v > 0xffff) << 4; v >>= shift; r |= shift;
	shift = (v > 0xff) << 3; v >>= shift; r |= shift;
	shift = (v > 0xf) << 2; v >>= shift; r |= shift;
	shift = (v > 0x3) << 1; v >>= shift; r |= shift;
	r |= (v >> 1);
	return r;
}

SEC("kprobe/vfs_read")
int BPF_KPROBE(enter)
{
	__u32 tid = bpf_get_current_pid_tgid();
	__u64 ts = bpf_ktime_get_ns();
	bpf_map_update_elem(&start, &tid, &ts, BPF_ANY);
	/* time has passed when the exit runs: the same thread's entry is found there */
	__u64 *t0 = bpf_map_lookup_elem(&start, &tid);
	if (t0) {
		__u64 delta = (bpf_ktime_get_ns() - *t0) / 1000;
		__u32 slot = log2l(delta);
		if (slot >= MAX_SLOTS)
			slot = MAX_SLOTS - 1;
		__u64 *n = bpf_map_lookup_elem(&hist, &slot);
		if (n)
			__sync_fetch_and_add(n, 1);
	}
	return 0;
}

SEC("kretprobe/vfs_read")
int BPF_KRETPROBE(leave)
{
	__u32 tid = bpf_get_current_pid_tgid();
	__u64 *t0 = bpf_map_lookup_elem(&start, &tid);
	if (!t0)
		return 0;
	__u64 delta = bpf_ktime_get_ns() - *t0;
	__u32 slot = log2l(delta / 1000);
	if (slot >= MAX_SLOTS)
		slot = MAX_SLOTS - 1;
	__u64 *n = bpf_map_lookup_elem(&hist, &slot);
	if (n)
		__sync_fetch_and_add(n, 1);
	bpf_map_delete_elem(&start, &tid);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
