// x86 inline assembly in a static inline function called only from another unused inline function (asm/swab.h's __arch_swab32 under linux/swab.h's __fswab32, reached from linux/if_ether.h) — from libbpf-bootstrap examples/c/sockfilter.bpf.c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __inline__ __u32 host_swab32(__u32 val)
{
	__asm__("bswapl %0" : "=r" (val) : "0" (val));
	return val;
}

static __inline__ __u32 swab32_of(__u32 x)
{
	return host_swab32(x);
}

SEC("socket")
int unused_inline_asm(struct __sk_buff *skb)
{
	return skb->len;
}

char LICENSE[] SEC("license") = "GPL";
