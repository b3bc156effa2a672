// about: a const volatile struct of settings in .rodata (nested array, flags) steering a tc program: frozen, so the verifier prunes what is off
// packet: ipv4-udp
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

struct settings { __u32 mark; __u8 enabled; __u8 verbose; __u16 ports[4]; };
const volatile struct settings cfg = { .mark = 0x42, .enabled = 1, .verbose = 0, .ports = { 53, 123, 0, 0 } };
__u32 hits;

SEC("tc")
int prog(struct __sk_buff *skb)
{
	if (!cfg.enabled)
		return TC_ACT_OK;
	__u16 dport = 0;
	bpf_skb_load_bytes(skb, 14 + 20 + 2, &dport, 2);
	dport = __builtin_bswap16(dport);
	for (int i = 0; i < 4; i++)
		if (cfg.ports[i] && cfg.ports[i] == dport) {
			skb->mark = cfg.mark;
			hits++;
		}
	if (cfg.verbose)
		bpf_printk("port %d", dport);
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
