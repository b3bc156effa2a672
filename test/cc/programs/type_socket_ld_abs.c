// about: a socket filter reading the packet with the legacy load_byte/load_half/load_word builtins (LD_ABS, offsets from the IP header), as tcpdump-style filters do
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>

unsigned long long load_byte(void *skb, unsigned long long off) asm("llvm.bpf.load.byte");
unsigned long long load_half(void *skb, unsigned long long off) asm("llvm.bpf.load.half");
unsigned long long load_word(void *skb, unsigned long long off) asm("llvm.bpf.load.word");

__u64 out[3];

SEC("socket")
int prog(struct __sk_buff *skb)
{
	out[0] = load_half(skb, 2);                  /* IP total length, host order */
	out[1] = load_byte(skb, 9);                  /* IP protocol */
	out[2] = load_word(skb, 16);                 /* destination address */
	return out[1] == 6 ? -1 : 0;
}

char LICENSE[] SEC("license") = "GPL";
