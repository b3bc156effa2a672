// about: xdp: bpf_strncmp against string literals (constant strings in .rodata) and bpf_snprintf (BPF_SNPRINTF) with integers of both widths, flags and widths, %c, %s, %pI4 on the packet's source address, %pi4, %pI6, %pi6, %pks, %%; a truncated output and a count-only call (NULL, 0)
// packet: ipv4-udp
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>

char out[64];
char small[8];
char more[160];
long rc[8];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + ETH_HLEN;
	if ((void *)(ip + 1) > end)
		return XDP_DROP;
	char name[16] = "bash";
	rc[0] = bpf_strncmp(name, sizeof(name), "bash");
	rc[1] = bpf_strncmp(name, sizeof(name), "bat");
	rc[2] = bpf_strncmp(name, sizeof(name), "bas");
	rc[3] = bpf_strncmp(name, 3, "bat");
	rc[4] = BPF_SNPRINTF(out, sizeof(out), "%d %u %lld|%-5x|%05d|%+d %c %s %pI4 100%%", -7, -7, -9000000000LL, 0xab, 42, 3, 'Q', name, &ip->saddr);
	rc[5] = BPF_SNPRINTF(small, sizeof(small), "%s-%s", name, name);
	rc[6] = bpf_snprintf(0, 0, "%%", 0, 0);
	__u8 a6[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xab, 0xcd };
	rc[7] = BPF_SNPRINTF(more, sizeof(more), "%pi4|%pI6|%pi6|%05d|%-3c|%6s|%pks|%08llX|% d", &ip->daddr, a6, a6, -42, 'x', name, name, 0x1234abcdLL, 5);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
