// about: __builtin_memcpy/memset/memcmp whose size is a parameter of a static __always_inline function, constant at every call (known only after inlining), and a variable-size memcpy in a switch arm that constant sizes never reach (the kernel's __read_once_size idiom)
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 counter = 0x1122334455667788ULL;
__u8 saved[16];
__u64 out[4];

static __always_inline void copy_n(void *to, const void *from, __u32 len)
{
	__builtin_memcpy(to, from, len);
}

static __always_inline void fill_n(void *to, int c, unsigned long len)
{
	__builtin_memset(to, c, len);
}

static __always_inline int same_n(const void *a, const void *b, int len)
{
	return __builtin_memcmp(a, b, len) == 0;
}

static __always_inline void read_sized(const volatile void *p, void *res, int size)
{
	switch (size) {
	case 1: *(__u8 *)res = *(volatile __u8 *)p; break;
	case 4: *(__u32 *)res = *(volatile __u32 *)p; break;
	case 8: *(__u64 *)res = *(volatile __u64 *)p; break;
	default:
		__builtin_memcpy(res, (const void *)p, size);
	}
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	__u8 mac[6], buf[12];
	__u64 v = 0;
	__u32 w = 0;

	if (data + 12 > data_end)
		return XDP_PASS;
	copy_n(mac, data, 6);
	copy_n(saved, data + 6, sizeof(mac));
	fill_n(buf, 0xab, 12);
	fill_n(saved + 6, 0, 4);
	read_sized(&counter, &v, sizeof(v));
	read_sized(&counter, &w, sizeof(w));
	out[0] = v;
	out[1] = w;
	out[2] = mac[0] + mac[5] + buf[11] + same_n(mac, data, 6) + same_n(buf, mac, 6) * 2;
	out[3] = same_n(saved, data + 6, 6) + same_n(buf, buf + 1, 11) * 4;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
