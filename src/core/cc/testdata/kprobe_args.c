#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} last SEC(".maps");

SEC("kprobe/do_sys_openat2")
int on_open(struct pt_regs *ctx)
{
	int dfd = (int)PT_REGS_PARM1(ctx);
	__u32 zero = 0;
	__u64 *v = bpf_map_lookup_elem(&last, &zero);
	if (!v)
		return 0;
	*v = (__u64)dfd + bpf_get_prandom_u32() % 4;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
