// Maps, calls and loops: the map types programs keep state in, bpf-to-bpf calls, tail calls and
// the bounded loops the verifier accepts.

import { C_TEXT } from "../c_catalog.ts";
import { ASM_TEXT } from "./asm.ts";
import type { GalleryExample } from "./types.ts";

const checksum = `// Check the IPv4 header checksum in a bounded loop: add the header's
// ten 16-bit words, fold the carries; a correct header sums to 0xffff.
// The loop has a constant bound, so the verifier can follow every round.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("xdp")
int check_ip_csum(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	__u16 *words = (void *)(eth + 1);

	if ((void *)(words + 10) > data_end || eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;

	__u32 sum = 0;
	for (int i = 0; i < 10; i++)
		sum += words[i];
	sum = (sum & 0xffff) + (sum >> 16);
	sum = (sum & 0xffff) + (sum >> 16);
	return sum == 0xffff ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
`;

const tailCall = `// Tail calls: the entry program jumps through a prog_array to the
// program for the packet's IP protocol, and never comes back. A slot
// with no program makes bpf_tail_call fall through to the next line.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <bpf/bpf_helpers.h>

int handle_tcp(struct xdp_md *ctx);
int handle_udp(struct xdp_md *ctx);

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 256);
	__type(key, __u32);
	__array(values, int(void *));
} by_proto SEC(".maps") = {
	.values = { [IPPROTO_TCP] = (void *)&handle_tcp, [IPPROTO_UDP] = (void *)&handle_udp },
};

SEC("xdp")
int handle_tcp(struct xdp_md *ctx)
{
	return XDP_DROP;
}

SEC("xdp")
int handle_udp(struct xdp_md *ctx)
{
	return XDP_TX;
}

SEC("xdp")
int dispatch(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + sizeof(struct ethhdr);

	if ((void *)(ip + 1) > data_end)
		return XDP_PASS;
	bpf_tail_call(ctx, &by_proto, ip->protocol);
	return XDP_PASS; /* no program for this protocol */
}

char LICENSE[] SEC("license") = "GPL";
`;

const lru = `// An LRU hash keeps the most recently used keys: when it is full, an
// update evicts the entry used longest ago instead of failing. Here it
// remembers the last few sources and their packet counts.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__type(key, __be32);   /* the IPv4 source address */
	__type(value, __u64);
	__uint(max_entries, 4);
} recent SEC(".maps");

SEC("xdp")
int track_sources(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);

	if ((void *)(ip + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;

	__be32 src = ip->saddr;
	__u64 *n = bpf_map_lookup_elem(&recent, &src);
	if (n) {
		__sync_fetch_and_add(n, 1);
	} else {
		__u64 one = 1;
		bpf_map_update_elem(&recent, &src, &one, BPF_ANY);
	}
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
`;

const perCpu = `// Per-CPU counters: every CPU has its own copy of the value, so the
// program adds without an atomic instruction and without contention;
// user space reads all the copies and sums them.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 1);
} packets SEC(".maps");

SEC("xdp")
int count_per_cpu(struct xdp_md *ctx)
{
	__u32 zero = 0;
	__u64 *n = bpf_map_lookup_elem(&packets, &zero);

	if (n)
		*n += 1; /* this CPU's copy only: no lock needed */
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
`;

export const MAPS_EXAMPLES: readonly GalleryExample[] = [
  {
    id: "xdp-counter", title: "XDP packet counter (hash map)", group: "maps", progType: "xdp", text: ASM_TEXT.xdpCounter,
    shows: "A hash map in bytecode: the key on the stack, lookup, NULL check, atomic add, or update on the first packet.",
    tryThis: "Press Run a few times: the map keeps its counts between runs, as a kernel map does between packets.",
    events: { about: "the default IPv4 frame" },
    outcome: { verdict: "accepted", r0: 2, r0Name: "XDP_PASS", map: { name: "counts", keyHex: "00080000", keyAbout: "EtherType 0x0800", value: 1 } },
  },
  {
    id: "c-lru", title: "LRU hash map", group: "maps", progType: "xdp", language: "c", text: lru,
    shows: "BPF_MAP_TYPE_LRU_HASH: a bounded table that evicts the least recently used entry when full.",
    tryThis: "Change the source address in the Events tab five times, running each: the oldest source disappears from the Maps tab.",
    events: { about: "the default frame from 10.0.0.1" },
    outcome: { verdict: "accepted", r0: 2, r0Name: "XDP_PASS", map: { name: "recent", keyHex: "0a000001", keyAbout: "10.0.0.1", value: 1 } },
  },
  {
    id: "c-percpu", title: "Per-CPU counters", group: "maps", progType: "xdp", language: "c", text: perCpu,
    shows: "BPF_MAP_TYPE_PERCPU_ARRAY: a value per CPU, updated without atomics.",
    tryThis: "Run a few times and look at the Maps tab, which shows the copy of the CPU the run is on.",
    events: { about: "any packet" },
    outcome: { verdict: "accepted", r0: 2, r0Name: "XDP_PASS", map: { name: "packets", keyHex: "00000000", keyAbout: "0", value: 1 } },
  },
  {
    id: "ringbuf", title: "Ring buffer events", group: "maps", progType: "xdp", text: ASM_TEXT.ringbuf,
    shows: "Sending records to user space: reserve, fill, submit; the verifier makes sure every reserved record is submitted or discarded.",
    tryThis: "Run twice: the Maps pane lists two records.",
    events: { about: "the default frame" },
    outcome: { verdict: "accepted", r0: 2, r0Name: "XDP_PASS", records: { name: "events", count: 1 } },
  },
  {
    id: "c-ringbuf", title: "ring buffer events", group: "maps", progType: "xdp", language: "c", text: C_TEXT.ringbuf,
    shows: "The ring buffer from C: a struct reserved in the ring, filled with the packet's length and first bytes.",
    tryThis: "Remove bpf_ringbuf_submit: the verifier says the record leaks (an unreleased reference).",
    events: { about: "the default frame" },
    outcome: { verdict: "accepted", r0: 2, r0Name: "XDP_PASS", records: { name: "events", count: 1 } },
  },
  {
    id: "sum-bytes", title: "Sum the packet's bytes (loop)", group: "maps", progType: "sched_cls", text: ASM_TEXT.sumBytes,
    shows: "A bounded loop in bytecode: the index is checked against a constant and the pointer against data_end on every round.",
    tryThis: "Remove the 'if r8 >= 64' line: the verifier still accepts it (the packet check bounds it), but try removing the data_end check instead.",
    events: { about: "the default 64-byte frame" },
    outcome: { verdict: "accepted", r0: 0, r0Name: "TC_ACT_OK" },
  },
  {
    id: "c-checksum", title: "Bounded loop: IPv4 checksum", group: "maps", progType: "xdp", language: "c", text: checksum,
    shows: "A C loop with a constant bound, which the verifier follows round by round (or clang unrolls).",
    tryThis: "Change a byte of the IP header in the Events tab: the checksum fails and the packet is dropped.",
    events: { about: "the default frame, whose IPv4 checksum is right" },
    outcome: { verdict: "accepted", r0: 2, r0Name: "XDP_PASS" },
  },
  {
    id: "calls", title: "bpf-to-bpf calls", group: "maps", progType: "socket_filter", text: ASM_TEXT.calls,
    shows: "Calls between functions of one program: each gets its own 512-byte stack frame, and r6-r9 survive the call.",
    tryThis: "Step into the calls, watch the Call stack pane, and Step out.",
    events: { about: "none (it reads no input)" },
    outcome: { verdict: "accepted", r0: 25 },
  },
  {
    id: "c-tail-call", title: "Tail call through a prog_array", group: "maps", progType: "xdp", language: "c", text: tailCall, entry: "dispatch",
    shows: "bpf_tail_call: one program replaces itself with another from a prog_array, which libbpf fills from .values.",
    tryThis: "Load the DNS preset (UDP): handle_udp answers XDP_TX; the ping preset finds no program and passes.",
    events: { about: "the default frame: TCP" },
    outcome: { verdict: "accepted", r0: 1, r0Name: "XDP_DROP (from handle_tcp)" },
  },
];
