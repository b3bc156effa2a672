// The tracepoints bpfplay models: the syscalls tracing programs watch most, the scheduler's process
// life cycle, and the network tracepoints of the connection and drop tracers (tcpretrans, tcplife,
// dropwatch). gen_formats.mjs reads each one's format from tracefs.

/**
 * System calls with both a sys_enter_ and a sys_exit_ tracepoint, and their x86-64 numbers
 * (asm/unistd_64.h): a record's __syscall_nr.
 */
export const SYSCALL_NR: Readonly<Record<string, number>> = {
  openat: 257, openat2: 437, open: 2, read: 0, write: 1, pread64: 17, pwrite64: 18, readv: 19,
  writev: 20, close: 3, execve: 59, execveat: 322, connect: 42, accept: 43, accept4: 288, bind: 49,
  listen: 50, socket: 41, sendto: 44, recvfrom: 45, sendmsg: 46, recvmsg: 47, clone: 56, clone3: 435,
  vfork: 58, mmap: 9, munmap: 11, mprotect: 10, kill: 62, tgkill: 234, exit_group: 231,
  unlinkat: 263, renameat2: 316, mkdirat: 258, newfstatat: 262, ioctl: 16, bpf: 321, ptrace: 101,
  setuid: 105, chdir: 80,
};

export const SYSCALLS = Object.keys(SYSCALL_NR);

export const TRACEPOINT_NAMES: readonly string[] = [
  ...SYSCALLS.flatMap((s) => [`syscalls/sys_enter_${s}`, `syscalls/sys_exit_${s}`]),
  "raw_syscalls/sys_enter", "raw_syscalls/sys_exit",
  "sched/sched_process_exec", "sched/sched_process_exit", "sched/sched_process_fork", "sched/sched_switch", "sched/sched_wakeup",
  "tcp/tcp_retransmit_skb", "tcp/tcp_send_reset", "tcp/tcp_receive_reset", "tcp/tcp_probe",
  "skb/kfree_skb", "skb/consume_skb",
  "sock/inet_sock_set_state", "sock/sock_rcvqueue_full",
  "net/netif_receive_skb", "net/net_dev_xmit",
  "signal/signal_generate",
];
