// CO-RE through files and dentries: the name, mode and size of the file being read.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_tracing.h>

struct seen {
	char name[32];
	__u16 mode;
	__s64 size;
	__u64 ino;
	__u32 flags;
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} reads SEC(".maps");

SEC("kprobe/vfs_read")
int BPF_KPROBE(on_read, struct file *f)
{
	struct seen *s = bpf_ringbuf_reserve(&reads, sizeof(*s), 0);
	if (!s)
		return 0;
	const unsigned char *name = BPF_CORE_READ(f, f_path.dentry, d_name.name);
	bpf_probe_read_kernel_str(s->name, sizeof(s->name), name);
	s->mode = BPF_CORE_READ(f, f_inode, i_mode);
	s->size = BPF_CORE_READ(f, f_inode, i_size);
	s->ino = BPF_CORE_READ(f, f_path.dentry, d_inode, i_ino);
	s->flags = BPF_CORE_READ(f, f_flags);
	bpf_ringbuf_submit(s, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
