// A tail call in a function of the program may return from it, after the program it ran changed
// the packet: the kernel forgets the caller's packet pointers on that path, so the read after
// the call is refused.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u32);
} jumps SEC(".maps");

static __attribute__((noinline)) int jump(struct __sk_buff *skb)
{
	int r;
	bpf_tail_call(skb, &jumps, 0);
	asm volatile("%0 = 7" : "=r"(r));
	return r;
}

SEC("tc")
int tail_call_pkt(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data, *end = (void *)(long)skb->data_end;
	if (data + 14 > end)
		return 0;
	if (jump(skb) != 7)
		return ((unsigned char *)data)[12];
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
