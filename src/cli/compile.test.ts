import { describe, expect, it } from "vitest";
import { readObject } from "../core/elf/read.ts";
import { cli } from "../../test/support/cli.ts";

const XDP = `#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "common.h"

SEC("xdp")
int pass(struct xdp_md *ctx) { return VERDICT; }

SEC("tc")
int other(struct __sk_buff *skb) { return 0; }

char LICENSE[] SEC("license") = "GPL";
`;

describe("bpfplay compile", () => {
  it("resolves #include \"...\" from the including file's folder, picks a program with --prog, and prints JSON", () => {
    const r = cli(["compile", "src/prog.c", "--prog", "pass", "--json"], { "src/prog.c": XDP, "src/common.h": "#define VERDICT XDP_DROP\n" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const j = r.json();
    expect(j.name).toBe("pass");
    expect(j.section).toBe("xdp");
    expect(j.prog_type).toBe("xdp");
    expect(j.license).toBe("GPL");
    expect(j.programs.map((p: { name: string }) => p.name)).toEqual(["pass", "other"]);
    expect(j.insns.map((i: { text: string }) => i.text)).toEqual(["w0 = 1", "exit"]);
    expect(j.line_table[0]).toMatchObject({ pc: 0, file: "src/prog.c", line: 6, stmt: true });
    expect(j.errors).toEqual([]);
  });

  it("takes -D NAME[=VALUE] and -I DIR as clang does, and looks for <...> in the file's own folder first", () => {
    const files = { "p.c": `#include <bpf/bpf_helpers.h>\n#include <v.h>\nSEC("xdp") int f(void *ctx) { return V + W; }\n`, "inc/v.h": "#define V 1\n", "v.h": "#define V 40\n" };
    const r = cli(["compile", "p.c", "-I", "inc", "-DW=2", "--json"], files);
    expect(r.status).toBe(0);
    expect(r.json().insns.map((i: { text: string }) => i.text)).toEqual(["w0 = 42", "exit"]);
    const r2 = cli(["compile", "p.c", "-Iinc", "-D", "W", "--json"], { ...files, "v.h": undefined as unknown as string });
    expect(r2.json().insns.map((i: { text: string }) => i.text)).toEqual(["w0 = 2", "exit"]);
  });

  it("asks which program when a file has several, and names them", () => {
    const r = cli(["compile", "src/prog.c", "-o", "x.bin"], { "src/prog.c": XDP, "src/common.h": "#define VERDICT 2\n" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("choose one with --prog NAME (pass (SEC(\"xdp\")), other (SEC(\"tc\")))");
  });

  it("reports every error with its file, line and column, the source line and a caret", () => {
    const r = cli(["compile", "bad.c", "-o", "x.bin"], { "bad.c": `#include <bpf/bpf_helpers.h>\nSEC("xdp") int f(void *ctx) {\n  int a = b;\n  return c\n}\n` });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("bad.c:3:11: error: use of undeclared identifier 'b'");
    expect(r.stderr).toContain("    int a = b;\n            ^");
    expect(r.stderr).toMatch(/bad\.c:4:\d+: error: use of undeclared identifier 'c'/);
    expect(r.written["x.bin"]).toBeUndefined();
  });

  it("writes bytecode with -o and global data maps with their contents in --json", () => {
    const src = `#include <bpf/bpf_helpers.h>\nconst volatile int limit = 7;\nSEC("xdp") int f(void *ctx) { return limit; }\n`;
    const r = cli(["compile", "g.c", "-o", "g.bin"], { "g.c": src });
    expect(r.status).toBe(0);
    expect(r.written["g.bin"].length % 8).toBe(0);
    const j = cli(["compile", "g.c", "--json"], { "g.c": src }).json();
    expect(j.maps).toEqual([{ name: ".rodata", type: "array", key_size: 4, value_size: 4, max_entries: 1, flags: 0x80, init_hex: "07000000" }]);
  });

  it("lists a prog array's slots in --json, and run fills them with the programs they name", () => {
    const src = `#include <linux/bpf.h>\n#include <bpf/bpf_helpers.h>\nint tail(struct xdp_md *ctx);
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 2); __uint(key_size, 4); __array(values, int (void *)); } jumps SEC(".maps") = { .values = { [1] = (void *)&tail } };
SEC("xdp") int tail(struct xdp_md *ctx) { return XDP_DROP; }
SEC("xdp") int entry(struct xdp_md *ctx) { bpf_tail_call(ctx, &jumps, 1); return XDP_PASS; }\n`;
    const j = cli(["compile", "t.c", "--prog", "entry", "--json"], { "t.c": src }).json();
    expect(j.maps).toEqual([{ name: "jumps", type: "prog_array", key_size: 4, value_size: 4, max_entries: 2, flags: 0, slots: [{ index: 1, prog: "tail" }] }]);
    const r = cli(["run", "t.c", "--prog", "entry", "--packet-hex", "00".repeat(64), "--json"], { "t.c": src }).json();
    expect(r).toMatchObject({ accepted: true, result: { r0: "1" } });
  });

  it("writes an ELF object with -o FILE.o: every program, its maps and slots, that run takes back", () => {
    const src = `#include <linux/bpf.h>\n#include <bpf/bpf_helpers.h>\nint tail(struct xdp_md *ctx);
struct { __uint(type, BPF_MAP_TYPE_PROG_ARRAY); __uint(max_entries, 2); __uint(key_size, 4); __array(values, int (void *)); } jumps SEC(".maps") = { .values = { [1] = (void *)&tail } };
SEC("xdp") int tail(struct xdp_md *ctx) { return XDP_DROP; }
SEC("xdp") int entry(struct xdp_md *ctx) { bpf_tail_call(ctx, &jumps, 1); return XDP_PASS; }
char LICENSE[] SEC("license") = "GPL";\n`;
    const r = cli(["compile", "t.c", "-o", "t.o"], { "t.c": src });
    expect(r.status).toBe(0);
    const obj = r.written["t.o"];
    expect(Array.from(obj.subarray(0, 4))).toEqual([0x7f, 0x45, 0x4c, 0x46]);
    const back = readObject(obj);
    if (!back.ok) throw new Error(back.error.message);
    expect(back.object.programs.map((p) => p.name)).toEqual(["tail", "entry"]);
    expect(back.object.maps.find((m) => m.name === "jumps")?.slots).toEqual([{ index: 1, prog: "tail" }]);
    expect(back.object.license).toBe("GPL");
  });

  it("run and verify take C files", () => {
    const files = { "src/prog.c": XDP, "src/common.h": "#define VERDICT XDP_DROP\n" };
    const v = cli(["verify", "src/prog.c", "--prog", "pass", "--json"], files);
    expect(v.json()).toMatchObject({ accepted: true });
    const r = cli(["run", "src/prog.c", "--prog", "xdp", "--packet-hex", "00".repeat(64), "--json"], files);
    expect(r.status).toBe(0);
    expect(r.json().result.r0).toBe("1");
  });

  it("locates a verifier rejection on the C line", () => {
    const src = `#include <linux/bpf.h>\n#include <bpf/bpf_helpers.h>\nSEC("xdp")\nint f(struct xdp_md *ctx) {\n  unsigned char *p = (void *)(long)ctx->data;\n  return p[20];\n}\n`;
    const r = cli(["verify", "p.c"], { "p.c": src });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^p\.c:6:\d+: insn \d+: error: invalid access to packet/m);
  });
});
