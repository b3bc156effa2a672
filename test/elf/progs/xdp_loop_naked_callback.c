// A naked function as a bpf_loop callback: clang writes its parameters into BTF without names,
// the kernel refuses such BTF, and libbpf loads the program without it, so the callback's address
// has no func_info: "missing btf func_info".
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __attribute__((naked)) long visit(__u32 i, void *data)
{
	asm volatile("r0 = 0; exit;" ::: "memory");
}

SEC("xdp")
int naked_callback(struct xdp_md *ctx)
{
	bpf_loop(4, visit, 0, 0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
