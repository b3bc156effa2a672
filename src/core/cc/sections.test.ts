// SEC() names: libbpf 1.x's exact names, libbpf 0.x's prefixes (xdp-tutorial's SEC("xdp_pass"),
// loaded by xdp-loader as XDP) with a warning, and a located error for the rest.
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../diag.ts";
import { progTypeOfSection } from "../isa/progtypes.ts";
import { compile } from "./index.ts";

const prog = (sec: string) => `#include <linux/bpf.h>\n#include <bpf/bpf_helpers.h>\nSEC("${sec}") int f(struct xdp_md *ctx) { return XDP_PASS; }\nchar LICENSE[] SEC("license") = "GPL";\n`;

describe("section names", () => {
  it("read libbpf 1.x's names strictly and libbpf 0.x's prefixes as legacy", () => {
    expect(progTypeOfSection("xdp")).toMatchObject({ type: { name: "xdp" }, legacy: false });
    expect(progTypeOfSection("kprobe/tcp_v4_connect")).toMatchObject({ type: { name: "kprobe" }, legacy: false });
    expect(progTypeOfSection("xdp_pass")).toMatchObject({ type: { name: "xdp" }, legacy: true });
    expect(progTypeOfSection("classifier_egress")).toMatchObject({ type: { name: "sched_cls" }, legacy: true });
    expect(progTypeOfSection("usdt/libc.so.6:libc:setjmp")).toBeUndefined();
    expect(progTypeOfSection("x")).toBeUndefined();
  });

  it("read libbpf's leading '?' (a program not loaded by default) as the type the rest names", () => {
    expect(progTypeOfSection("?tc")).toMatchObject({ type: { name: "sched_cls" }, legacy: false });
    expect(progTypeOfSection("?tp/syscalls/sys_enter_getpid")).toMatchObject({ type: { name: "tracepoint" }, legacy: false });
    expect(progTypeOfSection("?cgroup/bind4")).toMatchObject({ type: { name: "cgroup_sock_addr", attach: { name: "cgroup_inet4_bind" } } });
    const r = compile(prog("?xdp"), { file: "p.c", cpu: 3 });
    expect(r.programs[0].program.progType).toBe("xdp");
    expect(r.diagnostics).toEqual([]);
  });

  it("compile SEC(\"xdp_pass\") as XDP with a warning that libbpf 1.x would not know it", () => {
    const r = compile(prog("xdp_pass"), { file: "p.c", cpu: 3 });
    expect(r.programs[0].program.progType).toBe("xdp");
    expect(r.diagnostics.map((d) => formatDiagnostic(d))).toEqual([expect.stringMatching(/^p\.c:3:\d+: warning: SEC\("xdp_pass"\): libbpf 1\.0 and later do not know this section name; bpfplay reads it as xdp/)]);
  });

  it("refuse a section no loader would make a program of, where it is written", () => {
    const r = compile(prog("usdt/libc.so.6:libc:setjmp"), { file: "p.c", cpu: 3 });
    expect(r.diagnostics.map((d) => `${d.severity} ${d.span?.line}`)).toEqual(["error 3"]);
  });
});
