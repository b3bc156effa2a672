// about: a kprobe reading its five arguments with PT_REGS_PARM1..5 from the registers in struct pt_regs (ctx sets di, si, dx, cx, r8)
// ctx: 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000 0000000000000000
// ctx: 0500000000000000 0000000000000000 0000000000000000 0000000000000000 0400000000000000 0300000000000000 0200000000000000 0100000000000000
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

__u64 args[5];

SEC("kprobe/do_sys_openat2")
int prog(struct pt_regs *ctx)
{
	args[0] = PT_REGS_PARM1(ctx);
	args[1] = PT_REGS_PARM2(ctx);
	args[2] = PT_REGS_PARM3(ctx);
	args[3] = PT_REGS_PARM4(ctx);
	args[4] = PT_REGS_PARM5(ctx);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
