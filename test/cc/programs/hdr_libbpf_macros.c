// about: libbpf's helper macros beyond SEC and maps: offsetof and container_of from bpf_helpers.h, KERNEL_VERSION, __always_inline/__noinline spellings, bpf_printk with no arguments
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct item { __u32 key; __u64 value; __u16 tag; };
struct item it = { 7, 99, 3 };
__u64 out[5];

static __noinline __u64 via_member(__u16 *tagp)
{
	struct item *i = container_of(tagp, struct item, tag);
	return i->value + i->key;
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	out[0] = offsetof(struct item, tag);
	out[1] = via_member(&it.tag);
	out[2] = KERNEL_VERSION(6, 18, 0);
	out[3] = sizeof(struct item);
	bpf_printk("macros");
	out[4] = 1;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
