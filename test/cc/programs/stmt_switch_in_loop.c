// about: break inside a switch leaves only the switch, continue inside it goes to the next loop round, a loop inside a case
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u8 ops[10] = { 1, 2, 3, 1, 4, 2, 9, 3, 1, 0 };
__u32 out[4];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	__u32 acc = 0, skipped = 0, rounds = 0;
	for (int i = 0; i < 10; i++) {
		rounds++;
		switch (ops[i]) {
		case 0:
			goto done;
		case 1:
			acc += 1;
			break;
		case 2:
			skipped++;
			continue;
		case 3:
			for (int j = 0; j < 3; j++) {
				if (j == 2)
					break;
				acc += 10;
			}
			break;
		default:
			acc *= 2;
		}
		acc += 100;
	}
done:
	out[0] = acc;
	out[1] = skipped;
	out[2] = rounds;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
