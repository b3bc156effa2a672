// about: cgroup_skb egress filter: allow everything but TCP to port 80, counting both verdicts in an array map (return 1 allows, 0 denies)
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 2);
} verdicts SEC(".maps");

SEC("cgroup_skb/egress")
int prog(struct __sk_buff *skb)
{
	struct iphdr ip;
	__u16 dport = 0;
	__u32 allow = 1;
	if (bpf_skb_load_bytes(skb, 0, &ip, sizeof(ip)) == 0 && ip.protocol == IPPROTO_TCP) {
		bpf_skb_load_bytes(skb, ip.ihl * 4 + 2, &dport, 2);
		if (dport == bpf_htons(80))
			allow = 0;
	}
	__u32 key = allow;
	__u64 *n = bpf_map_lookup_elem(&verdicts, &key);
	if (n)
		*n += 1;
	return allow ? 1 : 0;
}

char LICENSE[] SEC("license") = "GPL";
