// an array of ring buffers filled in C (.values = { [0] = &rb1, [1] = &rb2 }) whose size libbpf rounds up to a page multiple — from selftests progs/test_ringbuf_multi.c
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct ringbuf_map {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 1000); /* libbpf makes it 4096 */
} rb1 SEC(".maps"), rb2 SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
	__uint(max_entries, 2);
	__type(key, int);
	__array(values, struct ringbuf_map);
} rbs SEC(".maps") = {
	.values = { [0] = &rb1, [1] = &rb2 },
};

SEC("tp/syscalls/sys_enter_getpgid")
int ringbuf_array_of_maps(void *ctx)
{
	int key = 1;
	void *rb = bpf_map_lookup_elem(&rbs, &key);
	__u64 *slot;

	if (!rb)
		return 0;
	slot = bpf_ringbuf_reserve(rb, sizeof(*slot), 0);
	if (!slot)
		return 0;
	*slot = 42;
	bpf_ringbuf_submit(slot, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
