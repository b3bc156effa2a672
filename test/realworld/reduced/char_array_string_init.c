// a char array on the stack initialised from a string literal (a bpf_trace_printk format): bpfplay gives it a 1-byte-aligned slot and stores it byte by byte with shifts (4-5x clang's instructions); clang puts it at an 8-byte-aligned slot and stores 8 bytes at a time — from selftests progs/test_xdp_devmap_helpers.c, test_legacy_printk.c, kernel samples/bpf/sock_flags.bpf.c
// size: at most 1.5 x clang
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int char_array_string_init(struct xdp_md *ctx)
{
	char fmt[] = "devmap redirect: dev %u -> dev %u len %u\n";

	bpf_trace_printk(fmt, sizeof(fmt), ctx->ingress_ifindex, ctx->rx_queue_index, 0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
