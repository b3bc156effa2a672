// about: kprobe reading kernel memory with bpf_probe_read_kernel and a string with bpf_probe_read_kernel_str from the first argument; the return codes kept
// ctx: 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000
// ctx: 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0010000000000000
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

long long rc[2];
char name[16];
__u64 word;

SEC("kprobe/do_unlinkat")
int BPF_KPROBE(prog, int dfd, struct filename *fn)
{
	rc[0] = bpf_probe_read_kernel(&word, sizeof(word), (void *)PT_REGS_PARM1(ctx));
	rc[1] = bpf_probe_read_kernel_str(name, sizeof(name), (void *)PT_REGS_PARM2(ctx));
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
