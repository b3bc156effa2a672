// sk_msg: pass small messages, redirect the rest through a sockhash.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_SOCKHASH);
	__type(key, __u32);
	__type(value, __u32);
	__uint(max_entries, 4);
} peers SEC(".maps");

SEC("sk_msg")
int msg(struct sk_msg_md *m)
{
	__u32 k = m->local_port;
	if (m->size < 16)
		return SK_PASS;
	return bpf_msg_redirect_hash(m, &peers, &k, 0);
}

char LICENSE[] SEC("license") = "GPL";
