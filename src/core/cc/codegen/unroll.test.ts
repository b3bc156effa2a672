import { describe, expect, it } from "vitest";
import { disassembleText } from "../../asm/disasm.ts";
import { verify } from "../../verifier/index.ts";
import { compile } from "../index.ts";

function asm(src: string): { text: string; accepted: boolean } {
  const r = compile(src, { cpu: 3 });
  expect(r.diagnostics.filter((d) => d.severity === "error").map((d) => d.message)).toEqual([]);
  const p = r.programs[0].program;
  return { text: disassembleText(p.insns, { maps: p.maps }), accepted: verify(p, { progType: p.progType ?? "sched_cls" }).accepted };
}

const CB = (pragma: string, n: number) => `#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
SEC("tc") int f(struct __sk_buff *skb) {
${pragma}
  for (int i = 0; i < ${n}; i++) skb->cb[i % 5] += i;
  return 0;
}`;

describe("full unrolling of counted loops", () => {
  it("#pragma unroll over skb->cb[i]: constant context offsets, no loop", () => {
    const { text, accepted } = asm(CB("#pragma unroll", 5));
    expect(text).not.toMatch(/goto -/);
    for (const off of [48, 52, 56, 60, 64]) expect(text).toContain(`(r1 + ${off})`);
    expect(accepted).toBe(true);
  });
  it("without the pragma, a small loop indexing the context is unrolled too (as clang -O2)", () => {
    const { text, accepted } = asm(CB("", 5));
    expect(text).not.toMatch(/goto -/);
    expect(accepted).toBe(true);
  });
  it("a loop over more iterations than allowed, or not touching the context, stays a loop", () => {
    expect(asm(CB("", 40)).text).toMatch(/goto -/);
    const plain = asm(`#include <bpf/bpf_helpers.h>
SEC("xdp") int g(void *ctx) { int s = 0; for (int i = 0; i < 5; i++) s += i * i; return s; }`);
    expect(plain.text).toMatch(/goto -/);
  });
});
