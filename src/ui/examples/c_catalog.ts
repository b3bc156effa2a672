// The text of the first C examples: libbpf-style programs of the kinds people write first, each
// small and commented. The gallery (gallery/*.ts) says what each shows and what a run gives.

const xdpDropPort = `// Drop TCP and UDP packets to one port, counting drops per IP protocol.
// The default input packet is TCP to port 80: Run drops it (r0 = 1, XDP_DROP)
// and the Maps tab shows drops[6] (TCP) going up by one per run.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define BLOCKED_PORT 80

/* TCP and UDP both start with the source and destination ports. */
struct ports {
	__be16 source;
	__be16 dest;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u8);
	__type(value, __u64);
	__uint(max_entries, 256);
} drops SEC(".maps");

SEC("xdp")
int xdp_drop_port(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;

	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;

	struct iphdr *ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > data_end)
		return XDP_PASS;
	if (ip->protocol != IPPROTO_TCP && ip->protocol != IPPROTO_UDP)
		return XDP_PASS;

	__u32 ip_len = ip->ihl * 4;
	struct ports *l4 = (void *)ip + ip_len;
	if ((void *)(l4 + 1) > data_end)
		return XDP_PASS;
	if (l4->dest != bpf_htons(BLOCKED_PORT))
		return XDP_PASS;

	__u8 proto = ip->protocol;
	__u64 *count = bpf_map_lookup_elem(&drops, &proto);
	if (count) {
		__sync_fetch_and_add(count, 1);
	} else {
		__u64 one = 1;
		bpf_map_update_elem(&drops, &proto, &one, BPF_NOEXIST);
	}
	return XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
`;

const tcCounter = `// Count packets and bytes in an array map, then let every packet through.
// Press Run a few times and watch stats in the Maps tab.
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

enum stat { PACKETS, BYTES, NR_STATS };

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, NR_STATS);
} stats SEC(".maps");

static __always_inline void add(__u32 key, __u64 n)
{
	__u64 *value = bpf_map_lookup_elem(&stats, &key);
	if (value)
		__sync_fetch_and_add(value, n);
}

SEC("tc")
int tc_count(struct __sk_buff *skb)
{
	add(PACKETS, 1);
	add(BYTES, skb->len);
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
`;

const socketFilter = `// A socket filter keeps the bytes it returns of each packet: here whole
// IPv4 TCP packets, and nothing of anything else. Run as BPF_PROG_TEST_RUN
// runs it, the packet starts at the IP header and skb->protocol holds the
// EtherType; it reads the packet with bpf_skb_load_bytes.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define IP_PROTO_OFFSET 9 /* offsetof(struct iphdr, protocol) */

SEC("socket")
int tcp_only(struct __sk_buff *skb)
{
	__u8 ip_proto;

	if (skb->protocol != bpf_htons(ETH_P_IP))
		return 0;
	if (bpf_skb_load_bytes(skb, IP_PROTO_OFFSET, &ip_proto, sizeof(ip_proto)) < 0)
		return 0;
	return ip_proto == IPPROTO_TCP ? skb->len : 0;
}

char LICENSE[] SEC("license") = "GPL";
`;

const kprobe = `// Trace outgoing TCP connections: a kprobe on tcp_v4_connect reads the
// destination address out of the socket with BPF_CORE_READ and prints it
// with bpf_printk (see the Terminal tab). The context is struct pt_regs;
// BPF_KPROBE names its arguments.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

SEC("kprobe/tcp_v4_connect")
int BPF_KPROBE(trace_connect, struct sock *sk)
{
	__u32 pid = bpf_get_current_pid_tgid() >> 32;
	__u32 daddr = BPF_CORE_READ(sk, __sk_common.skc_daddr);

	bpf_printk("pid %d connects to %x", pid, daddr);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
`;

const tracepoint = `// Count openat() calls per process: a tracepoint on syscalls/sys_enter_openat
// adds one to the calling pid's entry of a hash map.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 1024);
} opens SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_openat")
int count_openat(struct trace_event_raw_sys_enter *ctx)
{
	__u32 pid = bpf_get_current_pid_tgid() >> 32;
	__u64 *count = bpf_map_lookup_elem(&opens, &pid);

	if (count) {
		__sync_fetch_and_add(count, 1);
	} else {
		__u64 one = 1;
		bpf_map_update_elem(&opens, &pid, &one, BPF_NOEXIST);
	}
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
`;

const ringbuf = `// Send an event per packet to user space through a ring buffer: its length
// and first bytes. Each Run adds a record to events (Maps tab).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct event {
	__u32 len;
	__u8 first[4];
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

SEC("xdp")
int report(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;

	if (data + 4 > data_end)
		return XDP_PASS;

	struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return XDP_PASS;
	e->len = data_end - data;
	__builtin_memcpy(e->first, data, 4);
	bpf_ringbuf_submit(e, 0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
`;

export const C_TEXT = { xdpDropPort, tcCounter, socketFilter, kprobe, tracepoint, ringbuf } as const;
