// about: CO-RE built-ins as libbpf's macros use them: bpf_core_field_exists/size/offset, bpf_core_type_exists/size, bpf_core_enum_value_exists, BPF_CORE_READ_INTO (values from the shared vmlinux.h)
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_tracing.h>

__u64 out[8];

SEC("kprobe/tcp_sendmsg")
int BPF_KPROBE(prog, struct sock *sk)
{
	out[0] = bpf_core_field_exists(sk->__sk_common.skc_daddr);
	out[1] = bpf_core_field_size(sk->__sk_common.skc_dport);
	out[2] = bpf_core_field_offset(struct sock, __sk_common);
	out[3] = bpf_core_type_exists(struct task_struct);
	out[4] = bpf_core_type_size(struct sock_common);
	out[5] = bpf_core_enum_value_exists(enum bpf_map_type, BPF_MAP_TYPE_RINGBUF);
	__u16 family = 0;
	BPF_CORE_READ_INTO(&family, sk, __sk_common.skc_family);
	out[6] = family;
	out[7] = bpf_core_field_exists(struct sock, sk_rcvbuf);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
