// about: loop conditions with side effects (assignment and post-increment inside the condition), a comma in a while condition, early exits
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

char text[16] = "abc def ghi";
__u32 out[4];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	int i = 0;
	char c;
	__u32 letters = 0, spaces = 0;
	while (i < 15 && (c = text[i++]) != 0) {
		if (c == ' ')
			spaces++;
		else
			letters++;
	}
	out[0] = letters;
	out[1] = spaces;
	out[2] = i;
	int j = 0, k = 10;
	while (j++, k--, j < k)
		;
	out[3] = j * 100 + k;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
