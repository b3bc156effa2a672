// BPF inline assembly with operands (%[name] placeholders, "r"/"i" constraints) — from selftests progs/test_ldsx_insn.c and xdp-tutorial experiment01-tailgrow/xdp_data_access_helpers.h
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int inline_bpf_asm(struct xdp_md *ctx)
{
	__u64 out;

	asm volatile ("%[out] = %[k]\n\t"
		      "%[out] += 1\n\t"
		      : [out]"=r"(out)
		      : [k]"i"(41));
	return out == 42 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";
