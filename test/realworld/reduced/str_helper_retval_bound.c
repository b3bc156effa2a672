// a global buffer advanced by bpf_probe_read_kernel_str's result (len >= 0): the kernel bounds the result by the size argument and accepts the second write; bpfplay's verifier leaves it unbounded ("R1 unbounded memory access") — from selftests progs/test_varlen.c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define MAX_LEN 256

char buf_in[MAX_LEN];
char payload[MAX_LEN * 2];
int total;

SEC("raw_tp/sys_enter")
int str_helper_retval_bound(void *ctx)
{
	void *p = payload;
	long len;

	len = bpf_probe_read_kernel_str(p, MAX_LEN, &buf_in[0]);
	if (len >= 0)
		p += len;
	len = bpf_probe_read_kernel_str(p, MAX_LEN, &buf_in[0]);
	if (len >= 0)
		p += len;
	total = p - (void *)payload;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
