// A legacy packet load (LD_ABS) in a function of the program. Past the packet's end it ends the
// program, which the kernel verifies as a return from that function with 0: here the caller then
// indexes 128 bytes past its buffer's start, and the kernel refuses the program.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

unsigned long long load_byte(void *skb, unsigned long long off) asm("llvm.bpf.load.byte");

static __attribute__((noinline)) int ttl(struct __sk_buff *skb)
{
	return (load_byte(skb, 22) & 0x7f) + 1;
}

SEC("socket")
int ld_abs_subprog(struct __sk_buff *skb)
{
	char buf[128] = {};
	int t = ttl(skb);
	return buf[128 - t];
}

char LICENSE[] SEC("license") = "GPL";
