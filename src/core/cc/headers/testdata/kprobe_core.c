// Tracing programs in the CO-RE style: vmlinux.h, BPF_KPROBE, BPF_CORE_READ, bpf_printk.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_endian.h>

struct event {
	__u32 pid;
	__u32 ppid;
	char comm[16];
	char parent_comm[16];
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, struct event);
} seen SEC(".maps");

SEC("kprobe/do_sys_openat2")
int BPF_KPROBE(trace_open, int dfd, const char *filename, void *how)
{
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	struct event e = {};
	e.pid = bpf_get_current_pid_tgid() >> 32;
	e.ppid = BPF_CORE_READ(task, real_parent, tgid);
	bpf_get_current_comm(e.comm, sizeof(e.comm));
	BPF_CORE_READ_STR_INTO(&e.parent_comm, task, real_parent, group_leader, comm);
	uid_t uid = BPF_CORE_READ(task, cred, uid.val);
	char name[32];
	bpf_probe_read_user_str(name, sizeof(name), filename);
	bpf_printk("open %s by %d (parent %d) uid %u", name, e.pid, e.ppid, uid);
	bpf_map_update_elem(&seen, &e.pid, &e, BPF_ANY);
	return 0;
}

SEC("kretprobe/do_sys_openat2")
int BPF_KRETPROBE(trace_open_ret, long ret)
{
	if (ret < 0)
		bpf_printk("open failed: %ld", ret);
	return 0;
}

SEC("kprobe/tcp_v4_connect")
int BPF_KPROBE(trace_connect, struct sock *sk)
{
	__u32 daddr = BPF_CORE_READ(sk, __sk_common.skc_daddr);
	__u16 dport = BPF_CORE_READ(sk, __sk_common.skc_dport);
	__u16 family = BPF_CORE_READ(sk, __sk_common.skc_family);
	if (bpf_core_field_exists(sk->__sk_common.skc_num))
		bpf_printk("connect %x:%d family %d", bpf_ntohl(daddr), bpf_ntohs(dport), family);
	if (bpf_core_type_exists(struct sk_buff))
		bpf_printk("sk_buff is %d bytes", bpf_core_type_size(struct sk_buff));
	return bpf_core_enum_value(enum bpf_map_type, BPF_MAP_TYPE_RINGBUF) == 27 ? 0 : 1;
}

SEC("ksyscall/kill")
int BPF_KSYSCALL(trace_kill, pid_t pid, int sig)
{
	bpf_printk("kill(%d, %d)", pid, sig);
	return 0;
}

SEC("tracepoint/raw_syscalls/sys_enter")
int trace_enter(struct trace_event_raw_sys_enter *ctx)
{
	if (ctx->id == 59)
		bpf_printk("execve arg0 %lx", ctx->args[0]);
	return 0;
}

#ifndef NO_FENTRY /* the kernel test leaves it out: fentry attach is not permitted on every machine */
SEC("fentry/wake_up_new_task")
int BPF_PROG(trace_new_task, struct task_struct *p)
{
	bpf_printk("new task %d", BPF_CORE_READ(p, pid));
	return 0;
}
#endif

SEC("kprobe/ip_rcv")
int BPF_KPROBE(trace_ip_rcv, struct sk_buff *skb)
{
	unsigned char *head = BPF_CORE_READ(skb, head);
	__u16 net = BPF_CORE_READ(skb, network_header);
	struct iphdr iph;
	bpf_probe_read_kernel(&iph, sizeof(iph), head + net);
	unsigned long ip = PT_REGS_IP(ctx), sp = PT_REGS_SP_CORE(ctx);
	bpf_printk("ip_rcv proto %d len %d at %lx", iph.protocol, BPF_CORE_READ(skb, len), ip + sp);
	return 0;
}

SEC("kprobe/vfs_read")
int BPF_KPROBE(trace_vfs_read, struct file *file, char *buf, size_t count)
{
	char name[32];
	const unsigned char *dname = BPF_CORE_READ(file, f_path.dentry, d_name.name);
	bpf_probe_read_kernel_str(name, sizeof(name), dname);
	unsigned long ino = BPF_CORE_READ(file, f_inode, i_ino);
	bpf_printk("read %s inode %lu, %lu bytes", name, ino, count);
	return 0;
}

SEC("tp/sched/sched_process_exec")
int handle_exec(struct trace_event_raw_sched_process_exec *ctx)
{
	unsigned fname_off = ctx->__data_loc_filename & 0xFFFF;
	char fname[64];
	bpf_probe_read_kernel_str(fname, sizeof(fname), (void *)ctx + fname_off);
	bpf_printk("exec %s pid %d", fname, ctx->pid);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
