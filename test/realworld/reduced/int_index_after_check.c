// an int global compared with sizeof (converted to 64 bits) and then used as an array index: bpfplay sign-extends it twice, bounds the first copy and indexes with the second, so the kernel sees an unbounded index ("value -2147483648 makes map_value pointer be out of bounds") — from lizrice/learning-ebpf chapter6/hello-verifier.bpf.c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

int c = 1;
char message[12] = "Hello World";

SEC("kprobe/do_nanosleep")
int int_index_after_check(void *ctx)
{
	c++;
	if (c < sizeof(message)) {
		char a = message[c];

		bpf_printk("%c", a);
	}
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
