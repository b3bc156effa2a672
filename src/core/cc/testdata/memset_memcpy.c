#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct rec {
	__u32 id;
	__u8 tag[6];
	__u64 ts;
};

struct rec last;

SEC("xdp")
int memset_memcpy(struct xdp_md *ctx)
{
	struct rec r;
	__builtin_memset(&r, 0, sizeof(r));
	r.id = ctx->data_end - ctx->data;
	__builtin_memset(r.tag, 0xab, sizeof(r.tag));
	__builtin_memcpy(&last, &r, sizeof(r));
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
