// A socket filter summing 32 bytes after the IPv4 header with LD_ABS (load_byte), in an unrolled
// loop. Built for clang's default cpu, the bytes are spilled to the stack between the loads, and
// the level-2 log's stack liveness lines differ: after a spill the kernel's written set is that
// slot alone, where bpfplay carries the later spills back across each LD_ABS ('+written
// -168,-176'). The verdict and the instructions processed are the kernel's.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>

unsigned long long load_byte(void *skb, unsigned long long off) asm("llvm.bpf.load.byte");

SEC("socket")
int sf_sum(struct __sk_buff *skb)
{
	__u32 sum = 0;
	for (int i = 0; i < 32; i++)
		sum += load_byte(skb, ETH_HLEN + 20 + i);
	return sum > 1000 ? -1 : 0;
}

char LICENSE[] SEC("license") = "GPL";
