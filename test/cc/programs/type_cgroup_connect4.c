// about: cgroup/connect4 redirect: a connect to 10.0.0.1:8080 goes to 127.0.0.1:80 instead, counted per socket type in an array map; other connects pass untouched (return 1 lets the call go on). BPF_PROG_TEST_RUN cannot run cgroup_sock_addr, so the kernel only loads it
// ctx: 02000000 0a000001 00000000000000000000000000000000 1f900000 02000000 01000000 06000000
// ctx: 00000000 00000000000000000000000000000000 00000000 0000000000000000
// kernel: load-only
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__type(key, __u32);
	__type(value, __u64);
	__uint(max_entries, 4);
} redirected SEC(".maps");

SEC("cgroup/connect4")
int connect4(struct bpf_sock_addr *ctx)
{
	if (ctx->user_ip4 != bpf_htonl(0x0a000001) || ctx->user_port != bpf_htons(8080))
		return 1;
	ctx->user_ip4 = bpf_htonl(0x7f000001);
	ctx->user_port = bpf_htons(80);
	__u32 key = ctx->type & 3;
	__u64 *n = bpf_map_lookup_elem(&redirected, &key);
	if (n)
		__sync_fetch_and_add(n, 1);
	return 1;
}

char LICENSE[] SEC("license") = "GPL";
