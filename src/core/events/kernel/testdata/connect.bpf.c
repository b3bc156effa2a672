// A kprobe on tcp_v4_connect reading the socket with CO-RE, and the current task through
// bpf_get_current_task, as tcpconnect does.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_endian.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 8);
  __type(key, __u32);
  __type(value, __u64);
} out SEC(".maps");

static void put(__u32 k, __u64 v) {
  __u64 *p = bpf_map_lookup_elem(&out, &k);
  if (p)
    *p = v;
}

SEC("kprobe/tcp_v4_connect")
int BPF_KPROBE(trace_connect, struct sock *sk) {
  put(0, bpf_ntohs(BPF_CORE_READ(sk, __sk_common.skc_dport)));
  put(1, BPF_CORE_READ(sk, __sk_common.skc_daddr));
  put(2, BPF_CORE_READ(sk, __sk_common.skc_num));
  struct task_struct *task = (struct task_struct *)bpf_get_current_task();
  put(3, BPF_CORE_READ(task, real_parent, tgid));
  put(4, BPF_CORE_READ(task, cred, uid.val));
  put(5, bpf_get_current_uid_gid());
  put(6, bpf_get_current_cgroup_id());
  char comm[16];
  bpf_get_current_comm(comm, sizeof(comm));
  put(7, comm[0] | (comm[1] << 8) | (comm[2] << 16));
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
