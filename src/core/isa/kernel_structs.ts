// The kernel objects bpfplay models for tracing programs: which fields of task_struct, sock,
// sk_buff, ... it knows, at which byte offsets. vmlinux.h is printed from this table (padding
// fills the gaps, so a field's offset without CO-RE equals the real kernel's), the front end
// folds CO-RE queries against it, and events/kernel builds its synthetic kernel objects on it
// (it lives in isa so that the C compiler, the events and the VM share one table).
//
// Offsets and sizes: Linux 6.18.44 x86-64 (the kernel bpfplay's tests run on), read from
// `bpftool btf dump file /sys/kernel/btf/vmlinux format c`; see cc/headers/README.md.
// cc/headers/vmlinux_vs_kernel_btf.test.ts compares every entry with that kernel's BTF.

export interface KernelField {
  readonly name: string;
  readonly off: number;
  readonly size: number;
  /** The C declaration, e.g. `char comm[16]`, `struct task_struct *real_parent`. */
  readonly decl: string;
}

export interface KernelStruct {
  readonly tag: string;
  readonly size: number;
  readonly align: number;
  readonly fields: readonly KernelField[];
  readonly doc: string;
}

/** The kernel release the offsets were taken from. */
export const LAYOUT_KERNEL = "6.18.44 x86-64";

const f = (off: number, size: number, decl: string): KernelField => {
  const m = /([A-Za-z_]\w*)\s*(\[[^\]]*\])*$/.exec(decl);
  if (!m) throw new Error(`internal: no field name in ${decl}`);
  return { name: m[1], off, size, decl };
};

const ulong = (name: string, off: number) => f(off, 8, `unsigned long ${name}`);

export const KERNEL_STRUCTS: readonly KernelStruct[] = [
  {
    tag: "pt_regs",
    size: 168,
    align: 8,
    doc: "registers at kernel entry; the context of kprobe programs (x86-64 names)",
    fields: [
      ...["r15", "r14", "r13", "r12", "bp", "bx", "r11", "r10", "r9", "r8", "ax", "cx", "dx", "si", "di", "orig_ax", "ip"].map((r, k) => ulong(r, 8 * k)),
      f(136, 2, "unsigned short cs"),
      ulong("flags", 144),
      ulong("sp", 152),
      f(160, 2, "unsigned short ss"),
    ],
  },
  {
    tag: "trace_entry",
    size: 8,
    align: 4,
    doc: "the header every tracepoint record starts with",
    fields: [f(0, 2, "unsigned short type"), f(2, 1, "unsigned char flags"), f(3, 1, "unsigned char preempt_count"), f(4, 4, "int pid")],
  },
  {
    tag: "trace_event_raw_sys_enter",
    size: 64,
    align: 8,
    doc: "the record of the raw_syscalls:sys_enter tracepoint",
    fields: [f(0, 8, "struct trace_entry ent"), f(8, 8, "long id"), f(16, 48, "unsigned long args[6]"), f(64, 0, "char __data[0]")],
  },
  {
    tag: "trace_event_raw_sys_exit",
    size: 24,
    align: 8,
    doc: "the record of the raw_syscalls:sys_exit tracepoint",
    fields: [f(0, 8, "struct trace_entry ent"), f(8, 8, "long id"), f(16, 8, "long ret"), f(24, 0, "char __data[0]")],
  },
  {
    tag: "trace_event_raw_sched_process_exec",
    size: 20,
    align: 4,
    doc: "the record of sched:sched_process_exec; the file name is at (__data_loc_filename & 0xffff) from the record's start",
    fields: [f(0, 8, "struct trace_entry ent"), f(8, 4, "u32 __data_loc_filename"), f(12, 4, "pid_t pid"), f(16, 4, "pid_t old_pid"), f(20, 0, "char __data[0]")],
  },
  {
    tag: "trace_event_raw_sched_switch",
    size: 64,
    align: 8,
    doc: "the record of sched:sched_switch",
    fields: [
      f(0, 8, "struct trace_entry ent"), f(8, 16, "char prev_comm[16]"), f(24, 4, "pid_t prev_pid"), f(28, 4, "int prev_prio"),
      f(32, 8, "long prev_state"), f(40, 16, "char next_comm[16]"), f(56, 4, "pid_t next_pid"), f(60, 4, "int next_prio"),
      f(64, 0, "char __data[0]"),
    ],
  },
  {
    tag: "cred",
    size: 184,
    align: 8,
    doc: "a task's credentials",
    fields: [
      f(8, 4, "kuid_t uid"), f(12, 4, "kgid_t gid"), f(16, 4, "kuid_t suid"), f(20, 4, "kgid_t sgid"),
      f(24, 4, "kuid_t euid"), f(28, 4, "kgid_t egid"), f(32, 4, "kuid_t fsuid"), f(36, 4, "kgid_t fsgid"),
    ],
  },
  {
    tag: "nsproxy",
    size: 72,
    align: 8,
    doc: "the namespaces of a task",
    fields: [
      f(8, 8, "struct uts_namespace *uts_ns"), f(16, 8, "struct ipc_namespace *ipc_ns"), f(24, 8, "struct mnt_namespace *mnt_ns"),
      f(32, 8, "struct pid_namespace *pid_ns_for_children"), f(40, 8, "struct net *net_ns"), f(48, 8, "struct time_namespace *time_ns"),
      f(56, 8, "struct time_namespace *time_ns_for_children"), f(64, 8, "struct cgroup_namespace *cgroup_ns"),
    ],
  },
  {
    tag: "mm_struct",
    size: 1472,
    align: 8,
    doc: "a process's address space: where its arguments and environment are",
    fields: [ulong("arg_start", 488), ulong("arg_end", 496), ulong("env_start", 504), ulong("env_end", 512)],
  },
  {
    tag: "qstr",
    size: 16,
    align: 8,
    doc: "a name with its hash, as dentries keep it",
    fields: [f(0, 4, "u32 hash"), f(4, 4, "u32 len"), f(8, 8, "const unsigned char *name")],
  },
  {
    tag: "inode",
    size: 624,
    align: 8,
    doc: "a file's metadata",
    fields: [
      f(0, 2, "umode_t i_mode"), f(4, 4, "kuid_t i_uid"), f(8, 4, "kgid_t i_gid"), f(12, 4, "unsigned int i_flags"),
      f(40, 8, "struct super_block *i_sb"), f(64, 8, "unsigned long i_ino"), f(80, 8, "loff_t i_size"),
    ],
  },
  {
    tag: "dentry",
    size: 192,
    align: 8,
    doc: "a directory entry: one component of a path",
    fields: [f(0, 4, "unsigned int d_flags"), f(24, 8, "struct dentry *d_parent"), f(32, 16, "struct qstr d_name"), f(48, 8, "struct inode *d_inode")],
  },
  {
    tag: "vfsmount",
    size: 32,
    align: 8,
    doc: "a mount",
    fields: [f(0, 8, "struct dentry *mnt_root"), f(8, 8, "struct super_block *mnt_sb"), f(16, 4, "int mnt_flags")],
  },
  {
    tag: "path",
    size: 16,
    align: 8,
    doc: "a mount and a dentry: where a file is",
    fields: [f(0, 8, "struct vfsmount *mnt"), f(8, 8, "struct dentry *dentry")],
  },
  {
    tag: "file",
    size: 184,
    align: 8,
    doc: "an open file",
    fields: [
      f(4, 4, "fmode_t f_mode"), f(32, 8, "struct inode *f_inode"), f(40, 4, "unsigned int f_flags"),
      f(48, 8, "const struct cred *f_cred"), f(64, 16, "struct path f_path"), f(112, 8, "loff_t f_pos"),
    ],
  },
  {
    tag: "filename",
    size: 32,
    align: 8,
    doc: "a path name copied from user space (do_unlinkat, do_sys_openat2's callees)",
    fields: [f(0, 8, "const char *name"), f(8, 8, "const char *uptr")],
  },
  {
    tag: "linux_binprm",
    size: 408,
    align: 8,
    doc: "a program being executed",
    fields: [
      f(24, 8, "struct mm_struct *mm"), f(64, 8, "struct file *file"), f(88, 4, "int argc"), f(92, 4, "int envc"),
      f(96, 8, "const char *filename"), f(104, 8, "const char *interp"),
    ],
  },
  {
    tag: "task_struct",
    size: 3264,
    align: 8,
    doc: "a thread",
    fields: [
      f(24, 4, "unsigned int __state"), f(44, 4, "unsigned int flags"), f(108, 4, "int prio"), f(112, 4, "int static_prio"),
      f(116, 4, "int normal_prio"), f(1136, 8, "struct mm_struct *mm"), f(1144, 8, "struct mm_struct *active_mm"),
      f(1160, 4, "int exit_state"), f(1164, 4, "int exit_code"), f(1168, 4, "int exit_signal"),
      f(1264, 4, "pid_t pid"), f(1268, 4, "pid_t tgid"), f(1280, 8, "struct task_struct *real_parent"),
      f(1288, 8, "struct task_struct *parent"), f(1328, 8, "struct task_struct *group_leader"),
      f(1488, 8, "u64 utime"), f(1496, 8, "u64 stime"), f(1552, 8, "u64 start_time"), f(1560, 8, "u64 start_boottime"),
      f(1728, 8, "const struct cred *real_cred"), f(1736, 8, "const struct cred *cred"), f(1752, 16, "char comm[16]"),
      f(1824, 8, "struct files_struct *files"), f(1840, 8, "struct nsproxy *nsproxy"),
      f(1952, 4, "kuid_t loginuid"), f(1956, 4, "unsigned int sessionid"),
    ],
  },
  {
    tag: "sock_common",
    size: 136,
    align: 8,
    doc: "the part of a socket shared with request and timewait sockets: addresses and ports",
    fields: [
      f(0, 4, "__be32 skc_daddr"), f(4, 4, "__be32 skc_rcv_saddr"), f(8, 4, "unsigned int skc_hash"),
      f(12, 2, "__be16 skc_dport"), f(14, 2, "__u16 skc_num"), f(16, 2, "unsigned short skc_family"),
      f(18, 1, "volatile unsigned char skc_state"), f(20, 4, "int skc_bound_dev_if"),
      f(56, 16, "struct in6_addr skc_v6_daddr"), f(72, 16, "struct in6_addr skc_v6_rcv_saddr"),
    ],
  },
  {
    tag: "sock",
    size: 784,
    align: 8,
    doc: "a network socket",
    fields: [
      f(0, 136, "struct sock_common __sk_common"), f(244, 4, "int sk_rcvbuf"), f(520, 4, "u32 sk_priority"),
      f(524, 4, "u32 sk_mark"), f(532, 2, "u16 sk_protocol"), f(534, 2, "u16 sk_type"), f(568, 4, "int sk_sndbuf"),
    ],
  },
  {
    tag: "net_device",
    size: 2496,
    align: 8,
    doc: "a network interface",
    fields: [f(56, 4, "unsigned int mtu"), f(176, 4, "unsigned int flags"), f(224, 4, "int ifindex"), f(280, 16, "char name[16]")],
  },
  {
    tag: "sk_buff",
    size: 224,
    align: 8,
    doc: "a packet inside the kernel",
    fields: [
      f(16, 8, "struct net_device *dev"), f(24, 8, "struct sock *sk"), f(32, 8, "ktime_t tstamp"), f(40, 48, "char cb[48]"),
      f(112, 4, "unsigned int len"), f(116, 4, "unsigned int data_len"), f(120, 2, "__u16 mac_len"), f(122, 2, "__u16 hdr_len"),
      f(124, 2, "__u16 queue_mapping"), f(140, 4, "__u32 priority"), f(144, 4, "int skb_iif"), f(148, 4, "__u32 hash"),
      f(164, 4, "__u32 mark"), f(176, 2, "__be16 protocol"), f(178, 2, "__u16 transport_header"),
      f(180, 2, "__u16 network_header"), f(182, 2, "__u16 mac_header"), f(184, 4, "sk_buff_data_t tail"),
      f(188, 4, "sk_buff_data_t end"), f(192, 8, "unsigned char *head"), f(200, 8, "unsigned char *data"),
      f(208, 4, "unsigned int truesize"),
    ],
  },
];

/** Looks a field up: `kernelField("task_struct", "pid")`. */
export function kernelField(tag: string, name: string): KernelField | undefined {
  return KERNEL_STRUCTS.find((s) => s.tag === tag)?.fields.find((x) => x.name === name);
}
