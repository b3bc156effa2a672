// about: string literals copied into a global buffer and compared with the packet's payload; the literals live in read-only data
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char method[8];
__u32 is_get;

static __always_inline int starts_with(const __u8 *p, const char *s, int n)
{
	for (int i = 0; i < n; i++)
		if (p[i] != s[i])
			return 0;
	return 1;
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u8 *p = (void *)(long)ctx->data + 54;
	if ((void *)(p + 8) > (void *)(long)ctx->data_end)
		return XDP_PASS;
	if (starts_with(p, "GET ", 4)) {
		is_get = 1;
		__builtin_memcpy(method, "GET", 4);
	} else if (starts_with(p, "POST ", 5)) {
		__builtin_memcpy(method, "POST", 5);
	}
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
