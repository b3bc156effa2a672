// The code generator's errors, through compile(): stable codes, placed at the C construct.
import { describe, expect, it } from "vitest";
import { compile } from "../index.ts";

const HEAD = `#include <linux/bpf.h>\n#include <bpf/bpf_helpers.h>\n`;

function errors(body: string, cpu: 3 | 4 = 3) {
  const r = compile(HEAD + body, { file: "t.c", cpu });
  return r.diagnostics.filter((d) => d.severity === "error").map((d) => ({ code: d.code, line: (d.span?.line ?? 0) - 2, message: d.message }));
}

describe("code generator diagnostics", () => {
  it("stack-limit: more than 512 bytes of locals", () => {
    const e = errors(`SEC("xdp") int p(struct xdp_md *ctx) {\n  volatile char buf[600];\n  buf[0] = 1;\n  return buf[0];\n}\n`);
    expect(e.map((x) => x.code)).toEqual(["stack-limit"]);
    expect(e[0].message).toMatch(/^Looks like the BPF stack limit is exceeded/);
  });

  it("recursion: located at the call that closes the cycle", () => {
    const e = errors(`static __noinline int f(int n) {\n  return n ? f(n - 1) : 0;\n}\nSEC("xdp") int p(struct xdp_md *ctx) { return f(3); }\n`);
    expect(e).toEqual([expect.objectContaining({ code: "recursion", line: 2 })]);
  });

  it("too-many-args: a sixth argument of a bpf-to-bpf call", () => {
    const e = errors(`static __noinline int f(int a, int b, int c, int d, int e, int g) { return a + g; }\nSEC("xdp") int p(struct xdp_md *ctx) {\n  return f(1, 2, 3, 4, 5, 6);\n}\n`);
    expect(e.map((x) => x.code)).toContain("too-many-args");
  });

  it("func-address: a function's address outside a callback argument", () => {
    const e = errors(`static long cb(__u32 i, void *d) { return 0; }\nSEC("xdp") int p(struct xdp_md *ctx) {\n  long x = (long)cb;\n  return x != 0;\n}\n`);
    expect(e).toEqual([expect.objectContaining({ code: "func-address", line: 3 })]);
  });

  it("unsupported: signed division of possibly negative values before cpu v4, in clang's words", () => {
    const src = `SEC("xdp") int p(struct xdp_md *ctx) {\n  int n = ctx->data_end - ctx->data;\n  return (n - 100) / 3;\n}\n`;
    expect(errors(src, 3)).toEqual([expect.objectContaining({ code: "unsupported", line: 3, message: "unsupported signed division, please convert to unsigned div/mod." })]);
    expect(errors(src, 4)).toEqual([]);
  });

  it("variadic: only a variadic function compiled as a function of its own; inlined ones are fine", () => {
    const fn = (attr: string) => `static ${attr} int sum(int a, ...) { return a + 1; }\nSEC("xdp") int p(struct xdp_md *ctx) {\n  return sum(1, 2, 3);\n}\n`;
    expect(errors(fn("__noinline"))).toEqual([expect.objectContaining({ code: "variadic", line: 1, message: "variadic functions are not supported in BPF programs" })]);
    expect(errors(fn("__always_inline"))).toEqual([]);
    expect(errors(fn(""))).toEqual([]);
  });

  it("memcall: a memory builtin whose size is a constant only once inlined, and only where reachable", () => {
    const copy = (attr: string, body: string) => `__u32 len;\nstatic ${attr} void copy(char *d, int n) {\n  ${body}\n}\nSEC("xdp") int p(struct xdp_md *ctx) {\n  char b[16] = {};\n  copy(b, 8);\n  return b[0];\n}\n`;
    expect(errors(copy("__always_inline", "__builtin_memcpy(d, d + 8, n);"))).toEqual([]);
    expect(errors(copy("__always_inline", "if (n > 8) __builtin_memset(d, 0, len); else __builtin_memcmp(d, d + 8, n);"))).toEqual([]);
    expect(errors(copy("__noinline", "__builtin_memcpy(d, d + 8, n);"))).toEqual([
      expect.objectContaining({ code: "memcall", line: 3, message: "A call to built-in function 'memcpy' is not supported." }),
    ]);
    expect(errors(copy("__always_inline", "__builtin_memset(d, 0, len);"))).toEqual([expect.objectContaining({ code: "memcall", line: 3 })]);
  });

  it("a function given to an inlined function's parameter is called directly; a real indirect call is refused", () => {
    const src = (attr: string) => `static int twice(int x) { return 2 * x; }\nstatic ${attr} int apply(int (*f)(int), int v) {\n  return f(v) + (*f)(1);\n}\nSEC("xdp") int p(struct xdp_md *ctx) {\n  return apply(twice, 3);\n}\n`;
    expect(errors(src("__always_inline"))).toEqual([]);
    expect(errors(src("__noinline"))).toEqual([expect.objectContaining({ code: "unsupported", line: 3, message: "indirect calls are not supported by the BPF target" })]);
    // a kfunc given that way is still a kfunc (selftests' test_bpf_nf.c passes bpf_xdp_ct_lookup so)
    const kf = `extern int bpf_kf(void *c, int x) __ksym;\nstatic __always_inline int call_it(int (*fn)(void *, int), void *c) {\n  return fn(c, 1);\n}\nSEC("xdp") int p(struct xdp_md *ctx) { return call_it(bpf_kf, ctx); }\n`;
    expect(errors(kf)).toEqual([expect.objectContaining({ line: 3, message: "kfunc 'bpf_kf' calls need BTF, which bpfplay does not emit" })]);
  });

  it("a callback argument is fine", () => {
    expect(errors(`static long cb(__u32 i, void *d) { return 0; }\nSEC("xdp") int p(struct xdp_md *ctx) {\n  bpf_loop(4, cb, 0, 0);\n  return 2;\n}\n`)).toEqual([]);
  });
});
