// A tracepoint program reading what an openat event points to.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 1);
  __type(key, __u32);
  __type(value, char[64]);
} names SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_ARRAY);
  __uint(max_entries, 4);
  __type(key, __u32);
  __type(value, __u64);
} facts SEC(".maps");

struct openat_args {
  unsigned long long unused;
  long syscall_nr;
  long dfd;
  const char *filename;
  long flags;
  long mode;
};

SEC("tracepoint/syscalls/sys_enter_openat")
int trace_openat(struct openat_args *ctx) {
  __u32 k = 0;
  char *buf = bpf_map_lookup_elem(&names, &k);
  if (!buf)
    return 0;
  bpf_probe_read_user_str(buf, 64, ctx->filename);
  __u64 *v = bpf_map_lookup_elem(&facts, &k);
  if (v)
    *v = bpf_get_current_pid_tgid();
  k = 1;
  v = bpf_map_lookup_elem(&facts, &k);
  if (v)
    *v = ctx->dfd;
  k = 2;
  v = bpf_map_lookup_elem(&facts, &k);
  if (v)
    *v = ctx->flags;
  bpf_printk("openat %s", buf);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
