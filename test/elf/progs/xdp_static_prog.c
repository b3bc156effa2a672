// Refused as an object: libbpf 1.x loads no static program ("program 'hidden' is static and not supported").
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
SEC("xdp") static __attribute__((used)) int hidden(struct xdp_md *ctx) { return XDP_PASS; }
SEC("xdp") int shown(struct xdp_md *ctx) { return XDP_DROP; }
char LICENSE[] SEC("license") = "GPL";
