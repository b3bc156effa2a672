// about: atomic exchange (__sync_lock_test_and_set) and compare-and-swap (__sync_val_compare_and_swap, __sync_bool_compare_and_swap) that succeed and fail
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u64 lock, value = 10;
__u32 small = 3;
__u64 got[6];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	got[0] = __sync_lock_test_and_set(&lock, 1);
	got[1] = __sync_lock_test_and_set(&lock, 2);
	got[2] = __sync_val_compare_and_swap(&value, 10, 20);   /* succeeds */
	got[3] = __sync_val_compare_and_swap(&value, 10, 30);   /* fails */
	got[4] = __sync_bool_compare_and_swap(&small, 3, 4);
	got[5] = __sync_val_compare_and_swap(&small, 4, 9) + small;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
