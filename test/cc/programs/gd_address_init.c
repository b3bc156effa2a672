// about: globals initialised with addresses: a static pointer never written and a const pointer are folded to their target (clang -O2 loads the target directly), a string literal behind a static pointer reads from .rodata; a mutable global pointer keeps only its relocation's addend once libbpf loads .data (it skips .rel.data), so it reads as that number
// packet: ipv4-udp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

long x = 5;
int y[4] = { 10, 20, 30, 40 };
static int *p = &y[2];
long *const q = &x;
static const char *s = "hello";
int *mp = &y[1];
struct ptrs {
	long *a;
	long n;
} ps = { &x, 7 };
__u64 out[4];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	out[0] = *p + *q;
	out[1] = s[1] + s[4];
	out[2] = (long)mp;
	out[3] = ps.n + (long)ps.a;
	x += 1;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
