// tracing helpers the kernel allows but bpfplay's verifier refuses: bpf_get_ns_current_pid_tgid in a tracepoint, bpf_get_stack in perf_event, bpf_get_stackid in a kprobe — from libbpf-bootstrap minimal_ns.bpf.c and profile.bpf.c, kernel samples/bpf/spintest.bpf.c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_STACK_TRACE);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, 127 * sizeof(__u64));
	__uint(max_entries, 64);
} stacks SEC(".maps");

SEC("tp/syscalls/sys_enter_write")
int ns_pid(void *ctx)
{
	struct bpf_pidns_info ns;

	if (bpf_get_ns_current_pid_tgid(4, 0xeffffffc, &ns, sizeof(ns)))
		return 0;
	return ns.pid == 1;
}

SEC("perf_event")
int user_stack(void *ctx)
{
	__u64 ips[16];

	return bpf_get_stack(ctx, ips, sizeof(ips), BPF_F_USER_STACK) > 0;
}

SEC("kprobe/do_nanosleep")
int stack_id(void *ctx)
{
	return bpf_get_stackid(ctx, &stacks, 0) >= 0;
}

char LICENSE[] SEC("license") = "GPL";
