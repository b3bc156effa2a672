// about: __sync_fetch_and_add/sub/or/and/xor on 64- and 32-bit globals, with the fetched value used and unused (atomic add vs fetch-add)
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 a64 = 100, o64 = 0xf0, x64 = 0xff;
__u32 a32 = 50, n32 = 0xffff;
__u64 got[6];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__sync_fetch_and_add(&a64, 5);
	got[0] = __sync_fetch_and_add(&a64, 10);
	got[1] = __sync_fetch_and_sub(&a32, 8);
	got[2] = __sync_fetch_and_or(&o64, 0x0f0f);
	got[3] = __sync_fetch_and_and(&n32, 0x0ff0);
	got[4] = __sync_fetch_and_xor(&x64, 0x1234);
	__sync_fetch_and_add(&a32, 1);
	got[5] = a64 + a32;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
