// The verifier log of a C program carries its source lines as the kernel prints a program's BTF
// line info (`; <line> @ file:N`). Reference: Linux 6.18's log for the same C (compiled by clang-19
// with -g, loaded by `bpftool prog load`), recorded below; the instructions are the same for both.
import { describe, expect, it } from "vitest";
import { compile } from "../../src/core/cc/index.ts";
import { verify } from "../../src/core/verifier/index.ts";

const SRC = `#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
SEC("xdp")
int f(struct xdp_md *ctx) {
  unsigned char *p = (void *)(long)ctx->data;
  return p[20];
}
`;

const KERNEL_LOG = `0: R1=ctx() R10=fp0
; unsigned char *p = (void *)(long)ctx->data; @ rej.c:5
0: (61) r1 = *(u32 *)(r1 +0)          ; R1=pkt(r=0)
; return p[20]; @ rej.c:6
1: (71) r0 = *(u8 *)(r1 +20)
invalid access to packet, off=20 size=1, R1(id=0,off=20,r=0)
R1 offset is outside of the packet
processed 2 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0
`;

describe("verifier log with C source lines, vs the kernel's", () => {
  it("prints `; line @ file:N` before the first instruction of each line, as Linux 6.18 does", () => {
    const r = compile(SRC, { file: "/home/user/rej.c" });
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const v = verify(r.programs[0].program, { progType: "xdp", logLevel: 1 });
    expect(v.accepted).toBe(false);
    expect(v.log).toBe(KERNEL_LOG);
  });
});
