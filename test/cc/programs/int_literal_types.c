// about: the types of integer literals (0xffffffff is unsigned int, 4294967295 is long, 2147483648 is long), character literals with escapes, sizeof of literals
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 one = 1;
long long out[12];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	out[0] = 0xffffffff + one;              /* unsigned int: wraps to 0 */
	out[1] = 4294967295 + one;              /* long: 4294967296 */
	out[2] = -2147483648 < 0;               /* a negated long: 1 */
	out[3] = 0x80000000 >> 31;              /* unsigned: 1 */
	out[4] = sizeof(0xffffffff) * 100 + sizeof(4294967295) * 10 + sizeof('a');
	out[5] = '\xff';                        /* char is signed: -1 */
	out[6] = '\101' + '\n' + '\0';
	out[7] = "\x41\102C"[one & 3];
	out[8] = 0x7fffffff + one;              /* int + unsigned int: 2147483648 */
	out[9] = 1ull << 63 >> 63;
	out[10] = 010 + 0b101;                  /* octal and binary */
	out[11] = (int)0xfffffffe;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
