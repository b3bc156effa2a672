import { describe, expect, it } from "vitest";
import { asmCompletions, asmContext, declaredMaps, helperAsmDoc, helperOfCall } from "./asmdocs.ts";
import { helperDocs } from "./cdocs.ts";

describe("helperOfCall", () => {
  it("finds the helper of every way assembly names it", () => {
    for (const t of ["call 6", "\tcall bpf_trace_printk", "call trace_printk ; print", "call bpf_trace_printk#6", "loop: call 6"]) expect(helperOfCall(t), t).toBe(6);
    expect(helperOfCall("call bpf_map_lookup_elem")).toBe(1);
  });

  it("gives nothing for a label, callx, a kfunc, an unknown id or a comment", () => {
    for (const t of ["call sub", "callx r2", "call kfunc 1234", "call 999999", "; call 6", "r0 = 0", "# call 6"]) expect(helperOfCall(t), t).toBeUndefined();
  });
});

describe("helperAsmDoc", () => {
  it("is the C mode's prototype, summary and callers, then the assembly calling convention", () => {
    const doc = helperAsmDoc(6)!;
    const c = helperDocs().find((d) => d.label === "bpf_trace_printk")!.doc;
    expect(doc.slice(0, c.length)).toEqual(c);
    expect(doc[0]).toContain("long bpf_trace_printk(const char *fmt, __u32 fmt_size, ...)");
    expect(doc.join("\n")).toMatch(/Helper #6; callable from every program type/);
    expect(helperAsmDoc(44)!.join("\n")).toMatch(/bpf_xdp_adjust_head[\s\S]*callable from xdp\./);
    expect(doc[doc.length - 1]).toMatch(/`call bpf_trace_printk` or `call 6`.*r1–r5.*r0/);
    expect(helperAsmDoc(0)).toBeUndefined();
  });

  it("warns when the program type may not call the helper", () => {
    expect(helperAsmDoc(44, "socket_filter")!.join("\n")).toContain("**Not callable from socket_filter**");
    expect(helperAsmDoc(44, "xdp")!.join("\n")).not.toContain("Not callable");
    expect(helperAsmDoc(6, "socket_filter")!.join("\n")).not.toContain("Not callable");
  });

  it("names the attach types of a helper only some of them may call, and warns by the program's section", () => {
    expect(helperAsmDoc(64)!.join("\n")).toMatch(/Helper #64; callable from cgroup_sock_addr \(cgroup\/connect4, cgroup\/connect6\)\./);
    expect(helperAsmDoc(64, "cgroup/connect6")!.join("\n")).not.toContain("Not callable");
    expect(helperAsmDoc(64, "cgroup/bind4")!.join("\n")).toContain("**Not callable from cgroup/bind4**");
  });
});

describe("asmContext", () => {
  it("tells a call, a map reference, a context offset, an operand and a comment apart", () => {
    expect(asmContext("\tcall ")).toBe("call");
    expect(asmContext("\tcall bpf_tr")).toBe("call");
    expect(asmContext("\tr1 = map[co")).toBe("map");
    expect(asmContext("\tr2 = *(u32 *)(r1 + ")).toBe("field");
    expect(asmContext("ldxw %r2, [%r1+")).toBe("field");
    expect(asmContext("\tr2 = ")).toBe("operand");
    expect(asmContext("\tr0 = 1 ; call ")).toBe("none");
    expect(asmContext("\tcall bpf_trace_printk#6 ")).toBe("operand");
  });
});

describe("asmCompletions", () => {
  const text = ".map counts, type=hash, key_size=4, value_size=8, max_entries=64\n.map events, type=ringbuf\nr0 = 0\nexit";
  it("completes helper names after call, by name or id, with their prototype", () => {
    const items = asmCompletions("call", { text, progType: "xdp", dialect: "llvm" });
    const printk = items.find((i) => i.label === "bpf_trace_printk")!;
    expect(printk).toMatchObject({ insert: "bpf_trace_printk", filter: "bpf_trace_printk 6" });
    expect(printk.detail).toContain("#6 long bpf_trace_printk(");
    expect(items.length).toBeGreaterThan(150);
    // uBPF calls helpers by number
    expect(asmCompletions("call", { text, progType: "xdp", dialect: "ubpf" }).find((i) => i.label === "bpf_trace_printk")?.insert).toBe("6");
  });

  it("completes the maps the text declares", () => {
    expect(declaredMaps(text).map((m) => m.name)).toEqual(["counts", "events"]);
    expect(asmCompletions("map", { text, progType: "xdp", dialect: "llvm" }).map((i) => [i.label, i.insert])).toEqual([
      ["counts", "counts"],
      ["events", "events"],
    ]);
  });

  it("completes the program type's context fields as their offsets", () => {
    const xdp = asmCompletions("field", { text, progType: "xdp", dialect: "llvm" });
    expect(xdp.map((i) => [i.label, i.insert])).toContainEqual(["data_end", "4"]);
    const skb = asmCompletions("field", { text, progType: "socket_filter", dialect: "llvm" });
    expect(skb.find((i) => i.label === "data")).toMatchObject({ insert: "76", detail: "+76 u32 — struct __sk_buff" });
  });

  it("completes registers, with % in uBPF unless typed", () => {
    const regs = asmCompletions("operand", { text, progType: "xdp", dialect: "llvm" });
    expect(regs.map((r) => r.label)).toEqual(["r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10"]);
    expect(regs[10].detail).toMatch(/frame pointer/);
    expect(asmCompletions("operand", { text, progType: "xdp", dialect: "ubpf", before: "mov " })[1].insert).toBe("%r1");
    expect(asmCompletions("operand", { text, progType: "xdp", dialect: "ubpf", before: "mov %" })[1].insert).toBe("r1");
    expect(asmCompletions("none", { text, progType: "xdp", dialect: "llvm" })).toEqual([]);
  });
});
