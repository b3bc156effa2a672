// A tail call in a function of the program while the caller holds a ringbuf record: the kernel
// checks for leaked references in the program's own frame only, and the caller releases it.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u32);
} jumps SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

static __attribute__((noinline)) int jump(struct __sk_buff *skb)
{
	bpf_tail_call(skb, &jumps, 0);
	return 1;
}

SEC("tc")
int tail_call_ref(struct __sk_buff *skb)
{
	long *rec = bpf_ringbuf_reserve(&events, 8, 0);
	if (!rec)
		return 0;
	int r = jump(skb);
	bpf_ringbuf_submit(rec, 0);
	return r;
}

char LICENSE[] SEC("license") = "GPL";
