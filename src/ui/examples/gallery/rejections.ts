// Verifier rejections: one program for each mistake the verifier most often refuses, each with
// its fixed version one click away. What the message means and how to fix it in general is the
// catalogue's (src/ui/format/explain.ts, the one the Problems list and the Verifier pane show):
// an example names the code, never restates the words.

import type { GalleryExample } from "./types.ts";

const PKT = `#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>
`;

const uninit = (fixed: boolean) => `; ${fixed ? "Fixed: r0 is set before the branch, so every path returns a value." : "A socket filter that keeps long packets. On the short path nothing\n; ever writes r0, and the verifier will not let a register be read\n; (here: returned) before it has been written."}

.section socket

${fixed ? "\tr0 = 0                         ; keep nothing, unless...\n" : ""}\tr2 = *(u32 *)(r1 + 0)          ; skb->len
\tif r2 < 40 goto out
\tr0 = r2                        ; keep the whole packet
out:
\texit${fixed ? "" : "                           ; r0 is unset when len < 40"}
`;

const bounds = (fixed: boolean) => `// ${fixed ? "Fixed: compare the end of the header with data_end before reading it." : "Reads the EtherType without checking that the packet is that long:\n// the verifier knows nothing about the packet's length until a\n// comparison with data_end tells it."}
${PKT}
SEC("xdp")
int ether_type(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
${fixed ? "\n\tif ((void *)(eth + 1) > data_end)\n\t\treturn XDP_DROP;\n" : "\n\t(void)data_end; /* never compared */\n"}
	return eth->h_proto == bpf_htons(ETH_P_IP) ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
`;

const nullCheck = (fixed: boolean) => `// ${fixed ? "Fixed: bpf_map_lookup_elem may return NULL; test it before use." : "Uses the result of a map lookup without testing it: the lookup\n// returns NULL when the key is missing, so the pointer may be NULL."}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 16);
} counts SEC(".maps");

SEC("xdp")
int count(struct xdp_md *ctx)
{
	__u32 key = ctx->ingress_ifindex;
	__u64 *n = bpf_map_lookup_elem(&counts, &key);

${fixed ? "\tif (n)\n\t\t*n += 1;\n" : "\t*n += 1;\n"}	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
`;

const mapBounds = (fixed: boolean) => `// ${fixed ? "Fixed: the index is masked to 0..3, the slots the value has." : "A histogram of packet sizes with 4 slots, but the index can reach 7:\n// the verifier proves every access lands inside the map value."}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct histogram {
	__u64 slots[4];
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, struct histogram);
	__uint(max_entries, 1);
} sizes SEC(".maps");

SEC("xdp")
int size_histogram(struct xdp_md *ctx)
{
	__u32 zero = 0;
	__u32 len = ctx->data_end - ctx->data;
	struct histogram *h = bpf_map_lookup_elem(&sizes, &zero);

	if (!h)
		return XDP_PASS;
	__u32 slot = (len >> 6) & ${fixed ? "3;  /* 0..3 */" : "7;  /* 0..7, one past the end and more */"}
	h->slots[slot] += 1;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
`;

const loop = (fixed: boolean) => `// ${fixed ? "Fixed: look a bounded number of times, then give up: the verifier\n// follows 16 rounds and sees the end." : "Spins until user space sets a flag in a map. Nothing in the program\n// changes between rounds, so the verifier sees the loop come back to\n// the same state: it might never end, and the verifier refuses it."}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 1);
} ready SEC(".maps");

SEC("xdp")
int wait_ready(struct xdp_md *ctx)
{
	__u32 zero = 0;
	__u64 *flag = bpf_map_lookup_elem(&ready, &zero);

	if (!flag)
		return XDP_PASS;
${fixed ? "\tfor (int i = 0; i < 16; i++)\n\t\tif (*(volatile __u64 *)flag != 0)\n\t\t\treturn XDP_PASS;\n\treturn XDP_DROP; /* not ready: give up */\n" : "\twhile (*(volatile __u64 *)flag == 0)\n\t\t; /* wait */\n\treturn XDP_PASS;\n"}}

char LICENSE[] SEC("license") = "GPL";
`;

const ctxAccess = (fixed: boolean) => `// ${fixed ? "Fixed: a socket filter copies packet bytes out with bpf_skb_load_bytes." : "A socket filter reading the packet directly through skb->data, as XDP\n// and tc programs may. Socket filters may not: for them those context\n// fields do not exist, and the verifier refuses the load."}
#include <linux/bpf.h>
#include <linux/in.h>
#include <bpf/bpf_helpers.h>

SEC("socket")
int tcp_only(struct __sk_buff *skb)
{
	__u8 proto;

${fixed ? "\tif (bpf_skb_load_bytes(skb, 9, &proto, 1) < 0)\n\t\treturn 0;\n" : "\t__u8 *data = (void *)(long)skb->data;\n\tif ((void *)(data + 10) > (void *)(long)skb->data_end)\n\t\treturn 0;\n\tproto = data[9];\n"}	/* keep TCP packets whole (the packet starts at the IP header) */
	return proto == IPPROTO_TCP ? skb->len : 0;
}

char LICENSE[] SEC("license") = "GPL";
`;

const leak = (fixed: boolean) => `// ${fixed ? "Fixed: the short-packet path gives the record back with bpf_ringbuf_discard." : "Reserves a ring buffer record, then returns early for short packets\n// without submitting or discarding it: a reference the program took\n// and never gave back."}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} lens SEC(".maps");

SEC("xdp")
int report_len(struct xdp_md *ctx)
{
	__u32 len = ctx->data_end - ctx->data;
	__u32 *rec = bpf_ringbuf_reserve(&lens, sizeof(*rec), 0);

	if (!rec)
		return XDP_PASS;
	if (len < 60) {
${fixed ? "\t\tbpf_ringbuf_discard(rec, 0);\n" : ""}\t\treturn XDP_PASS;
	}
	*rec = len;
	bpf_ringbuf_submit(rec, 0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
`;

/** A rejected example and its fix, sharing everything but the text, the verdict and the words. */
function pair(
  id: string,
  title: string,
  progType: string,
  language: "c" | "asm",
  text: (fixed: boolean) => string,
  code: Extract<GalleryExample["outcome"], { verdict: "rejected" }>["code"],
  shows: string,
  fixed: Omit<GalleryExample, "id" | "title" | "group" | "progType" | "language" | "text" | "fixes">,
): GalleryExample[] {
  const c = language === "c" ? { language } : {};
  return [
    {
      id: `reject-${id}`, title: `Rejected: ${title}`, group: "rejections", progType, ...c, text: text(false), shows,
      tryThis: "Read the message in the Problems tab and its explanation, then press Show the fix.",
      outcome: { verdict: "rejected", code, fix: `fix-${id}` },
    },
    { id: `fix-${id}`, title: `Fixed: ${title}`, group: "fixes", progType, ...c, text: text(true), fixes: `reject-${id}`, ...fixed },
  ];
}

export const REJECTION_EXAMPLES: readonly GalleryExample[] = [
  ...pair("uninit", "uninitialised register", "socket_filter", "asm", uninit, "uninit-reg", "A register read before anything wrote it: r0 on the path that skips the assignment.", {
    shows: "Every path must write r0 before exit.", tryThis: "Step with a short packet (the truncated preset) and see r0 = 0.",
    events: { about: "the default frame (50 bytes from its IP header)" }, outcome: { verdict: "accepted", r0: 50 },
  }),
  ...pair("bounds", "missing packet bounds check", "xdp", "c", bounds, "pkt-bounds", "A packet read the verifier cannot prove is inside the packet.", {
    shows: "The bounds check: after `eth + 1 > data_end` fails, the verifier knows 14 bytes are there.", tryThis: "Load the truncated preset: still safe.",
    events: { about: "the default IPv4 frame" }, outcome: { verdict: "accepted", r0: 2, r0Name: "XDP_PASS" },
  }),
  ...pair("null", "missing NULL check", "xdp", "c", nullCheck, "bad-deref", "A map value pointer used before its NULL check.", {
    shows: "After `if (n)` the verifier knows n points into a map value.", tryThis: "Step over the lookup: r0 is 0 (the key is missing), and the branch skips the add.",
    events: { about: "any packet" }, outcome: { verdict: "accepted", r0: 2, r0Name: "XDP_PASS" },
  }),
  ...pair("map-bounds", "out-of-bounds map value", "xdp", "c", mapBounds, "map-bounds", "An index into a map value whose range goes past the value's end.", {
    shows: "Masking the index keeps every access inside the 32-byte value.", tryThis: "Run with the default 64-byte frame: slot 1 counts it.",
    events: { about: "the default 64-byte frame" }, outcome: { verdict: "accepted", r0: 2, r0Name: "XDP_PASS", map: { name: "sizes", keyHex: "00000000", keyAbout: "0 (slot 0)", value: 0 } },
  }),
  ...pair("loop", "unbounded loop", "xdp", "c", loop, "infinite-loop", "A loop the verifier cannot prove ends: it comes back to the same state.", {
    shows: "A constant bound on the rounds makes the loop finite for the verifier.", tryThis: "Set ready[0] to 1 in the Maps tab and run: the program passes the packet.",
    events: { about: "any packet (the flag starts at 0)" }, outcome: { verdict: "accepted", r0: 1, r0Name: "XDP_DROP" },
  }),
  ...pair("ctx", "invalid context access", "socket_filter", "c", ctxAccess, "ctx-access", "A context field this program type may not read.", {
    shows: "bpf_skb_load_bytes is how a socket filter reads the packet.", tryThis: "Load the DNS preset: UDP, so the filter keeps nothing.",
    events: { about: "the default frame (50 bytes from its IP header)" }, outcome: { verdict: "accepted", r0: 50 },
  }),
  ...pair("leak", "leaked reference", "xdp", "c", leak, "ref-leak", "A ring buffer record reserved and never submitted or discarded on one path.", {
    shows: "Every reserved record is submitted or discarded on every path.", tryThis: "Load the truncated preset (40 bytes): the record is discarded, none arrives.",
    events: { about: "the default 64-byte frame" }, outcome: { verdict: "accepted", r0: 2, r0Name: "XDP_PASS", records: { name: "lens", count: 1 } },
  }),
];
