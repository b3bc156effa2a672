// Start here: the smallest programs, to learn the editor, the verifier and the debugger on.

import { ASM_TEXT } from "./asm.ts";
import type { GalleryExample } from "./types.ts";

const hello = `// Hello, bpf_printk: write a line to the kernel's trace buffer
// (/sys/kernel/tracing/trace_pipe; here, the Terminal tab).
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int hello(struct xdp_md *ctx)
{
	__u32 len = ctx->data_end - ctx->data;

	bpf_printk("Hello, eBPF! packet of %u bytes", len);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
`;

const passDrop = `// The smallest decision an XDP program makes: XDP_PASS hands the
// packet to the kernel's network stack, XDP_DROP throws it away before
// the stack has seen it. This one drops pings (ICMP) and passes the rest.
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("xdp")
int drop_ping(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);

	/* The verifier insists: prove the header is inside the packet first. */
	if ((void *)(ip + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto == bpf_htons(ETH_P_IP) && ip->protocol == IPPROTO_ICMP)
		return XDP_DROP;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
`;

export const START_EXAMPLES: readonly GalleryExample[] = [
  {
    id: "c-hello", title: "Hello, bpf_printk", group: "start", progType: "xdp", language: "c", text: hello,
    shows: "A complete libbpf-style program: the SEC() section that names its type, the context argument, bpf_printk and the licence.",
    tryThis: "Press Run and read the Terminal tab; then Step through it and watch r0 and the registers change.",
    events: { about: "the default 64-byte frame" },
    outcome: { verdict: "accepted", r0: 2, r0Name: "XDP_PASS", printk: "Hello, eBPF! packet of 64 bytes" },
  },
  {
    id: "c-xdp-pass-drop", title: "XDP pass or drop", group: "start", progType: "xdp", language: "c", text: passDrop,
    shows: "XDP's verdicts, and the bounds check the verifier demands before a header is read.",
    tryThis: "Pick the default frame in the Events tab (TCP): the program passes it (r0 = 2).",
    events: { preset: "icmp_echo", about: "an ICMP echo request (ping)" },
    outcome: { verdict: "accepted", r0: 1, r0Name: "XDP_DROP" },
  },
  {
    id: "printk", title: "Hello from bpf_printk", group: "start", progType: "kprobe", text: ASM_TEXT.printk,
    shows: "The bytecode behind bpf_printk: the format string built on the stack 8 bytes at a time, then a helper call.",
    tryThis: "Step over the stores and watch the Stack pane spell the string.",
    events: { about: "any (a kprobe's registers, all zero)" },
    outcome: { verdict: "accepted", r0: 0, printk: "Hello, eBPF! #1" },
  },
  {
    id: "popcount", title: "Count set bits", group: "start", progType: "socket_filter", text: ASM_TEXT.popcount,
    shows: "Plain arithmetic in registers: a loop that adds r1's lowest bit to r0 and shifts r1 right until nothing is left.",
    tryThis: "Step and watch r1 shrink one bit per round; change the number.",
    events: { about: "none (it reads no input)" },
    outcome: { verdict: "accepted", r0: 5 },
  },
  {
    id: "endless", title: "Endless loop (stopped by the budget)", group: "start", progType: "socket_filter", text: ASM_TEXT.endless, endless: true,
    shows: "What happens to a program that never ends: the verifier would refuse it, and here the instruction budget stops it.",
    tryThis: "Press Run, then Pause or Reset: the page stays responsive.",
  },
];
