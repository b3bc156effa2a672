// a loop bounded only by values read from a const (frozen .rodata) array: the kernel reads frozen read-only map values as constants and sees the loop end; bpfplay's verifier does not ("invalid access to map value") — from selftests progs/test_rdonly_maps.c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

const struct {
	unsigned a[4];
	char pad;
} limits = { .a = { 2, 3, 4, 5 } };

unsigned total;

SEC("raw_tracepoint/sys_enter")
int rodata_loop_bound(void *ctx)
{
	unsigned *volatile p = (void *)&limits.a;
	unsigned sum = 0;

	while (*p < 5) {
		sum += *p;
		p++;
	}
	total = sum;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
