// A kprobe without vmlinux.h: pt_regs from linux/ptrace.h (rdi, rsi, ...), plain probe reads.
#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, uint32_t);
	__type(value, uint64_t);
} calls SEC(".maps");

SEC("kprobe/vfs_read")
int BPF_KPROBE(count_read, void *file, char *buf, size_t count)
{
	uint32_t zero = 0;
	uint64_t *n = bpf_map_lookup_elem(&calls, &zero);
	bool big = count > 4096;
	if (n)
		__sync_fetch_and_add(n, 1);
	if (big)
		bpf_printk("read %lu bytes from %lx", count, PT_REGS_PARM1(ctx));
	return 0;
}

SEC("kprobe/vfs_write")
int probe_write(struct pt_regs *ctx)
{
	unsigned long len = PT_REGS_PARM3(ctx);
	char buf[32];
	BPF_SNPRINTF(buf, sizeof(buf), "%lu/%d", len, KERNEL_VERSION(6, 12, 0));
	bpf_printk("write %s rc %ld", buf, PT_REGS_RC(ctx));
	return offsetof(struct pt_regs, rdi) == 112 ? 0 : 1;
}

char LICENSE[] SEC("license") = "GPL";
