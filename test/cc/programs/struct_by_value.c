// about: structs passed by value to noinline functions (8 and 16 bytes, clang passes them in registers), built by always_inline functions that return them by value
// packet: ipv4-tcp
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
struct small { __u32 a, b; };
struct pair16 { __u64 x, y; };
__u64 out[4];
static __attribute__((noinline)) __u64 take(struct small s) { return s.a * 10 + s.b; }
static __always_inline struct small make(__u32 v) { struct small s = { v, v + 1 }; return s; }
static __attribute__((noinline)) __u64 take16(struct pair16 p) { return p.x - p.y; }
static __always_inline struct pair16 make16(__u64 v) { struct pair16 p = { v * 3, v }; return p; }
__u32 in = 4;
SEC("xdp") int prog(struct xdp_md *ctx) {
  struct small s = { in, 7 };
  out[0] = take(s);
  struct small m = make(in);
  out[1] = m.a + m.b * 100;
  struct pair16 p = make16(in);
  out[2] = take16(p);
  out[3] = p.x;
  return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
