// cgroup/connect4: redirect connections to port 8080 to port 80.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

SEC("cgroup/connect4")
int connect4(struct bpf_sock_addr *ctx)
{
	if (ctx->user_port == bpf_htons(8080))
		ctx->user_port = bpf_htons(80);
	return 1;
}

char LICENSE[] SEC("license") = "GPL";
