// about: libbpf section names that pick the same program types: xdp.frags, classifier, tcx/ingress, tc/egress, socket/name; every program runs in the VM and loads in the kernel
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

__u32 seen[5];

SEC("xdp.frags")
int frags(struct xdp_md *ctx) { seen[0]++; return XDP_PASS; }

SEC("classifier")
int cls(struct __sk_buff *skb) { seen[1] = skb->len; return TC_ACT_OK; }

SEC("tcx/ingress")
int tcx(struct __sk_buff *skb) { seen[2] = skb->protocol; return TC_ACT_OK; }

SEC("tc/egress")
int tc_out(struct __sk_buff *skb) { seen[3] = skb->ifindex; return TC_ACT_SHOT; }

SEC("socket/keep_all")
int sock(struct __sk_buff *skb) { seen[4] = skb->len; return skb->len; }

char LICENSE[] SEC("license") = "GPL";
