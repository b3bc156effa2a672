// about: the preprocessor: token pasting, stringizing, variadic macros with __VA_ARGS__ and ##__VA_ARGS__, macros expanding to other macros, X-macros building a table
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define CAT(a, b) a##b
#define STR(x) #x
#define XSTR(x) STR(x)
#define SUM3(a, b, c, ...) ((a) + (b) + (c))
#define SUM(...) SUM3(__VA_ARGS__, 0, 0, 0)
#define FIRST(x, ...) (x)
#define COUNT(...) (sizeof((int[]){ 0, ##__VA_ARGS__ }) / sizeof(int) - 1)
#define COLORS(X) X(red, 1) X(green, 2) X(blue, 4)
#define ENUM_ITEM(name, v) C_##name = v,
#define VALUE_ITEM(name, v) v * 10,

enum { COLORS(ENUM_ITEM) C_LAST };
static const int weights[] = { COLORS(VALUE_ITEM) };

int CAT(var, 1) = 5;
char name[] = XSTR(CAT(var, 1));
__u64 out[6];

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	out[0] = SUM(var1, 2, 3);
	out[1] = FIRST(7, 8, 9);
	out[2] = COUNT() * 10 + COUNT(1, 2, 3);
	out[3] = C_blue + C_green * 10;
	out[4] = weights[0] + weights[1] + weights[2];
	out[5] = sizeof(name) * 100 + name[3];
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
