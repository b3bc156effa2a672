// about: a sparse switch on a TCP/UDP destination port (far-apart values), a default in the middle of the cases
// packet: ipv4-udp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

__u32 verdict;
__u16 ports[6] = { 53, 80, 443, 8080, 22, 65535 };
__u32 out[6];

static __attribute__((noinline)) __u32 service(__u16 port)
{
	switch (port) {
	case 22: return 1;
	case 53: return 2;
	default: return 0;
	case 80:
	case 8080: return 3;
	case 443: return 4;
	case 65535: return 5;
	}
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u8 *p = (void *)(long)ctx->data;
	if ((void *)(p + 38) > (void *)(long)ctx->data_end)
		return XDP_ABORTED;
	for (int i = 0; i < 6; i++)
		out[i] = service(ports[i]);
	verdict = service(bpf_ntohs(*(__u16 *)(p + 36)));
	return verdict == 2 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
