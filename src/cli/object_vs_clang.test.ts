// The command line on clang-19's objects: --prog, the first program and the others named, verify
// of every program, disassemble with the C lines, an object error with its place.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli } from "../../test/support/cli.ts";

const CLANG = process.env.CLANG ?? "clang-19";
const have = spawnSync(CLANG, ["--version"]).status === 0;
if (!have) {
  if (process.env.CI === "true") throw new Error(`${CLANG} is missing, and CI installs it`);
  console.warn(`SKIP: ${CLANG} is not installed`);
}
const dir = mkdtempSync(join(tmpdir(), "bpfplay-cli-obj-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SOURCE = `#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
__u32 hits;
static __noinline int bump(int x) { hits += x; return x; }
SEC("xdp") int first(struct xdp_md *ctx) { return bump(2); }
SEC("xdp") int second(struct xdp_md *ctx) { unsigned char *p = (void *)(long)ctx->data; return p[0]; }
SEC("tc") int third(struct __sk_buff *skb) { return bump(0); }
char LICENSE[] SEC("license") = "GPL";
`;

function object(): Uint8Array {
  writeFileSync(join(dir, "two.c"), SOURCE);
  const p = spawnSync(CLANG, ["-O2", "-g", "-target", "bpf", "-I/usr/include/x86_64-linux-gnu", "-c", join(dir, "two.c"), "-o", join(dir, "two.o")], { encoding: "utf8" });
  if (p.status !== 0) throw new Error(p.stderr);
  return new Uint8Array(readFileSync(join(dir, "two.o")));
}

const packet = "00".repeat(60);

describe.runIf(have)("bpfplay run|verify|disassemble prog.o", () => {
  const o = have ? object() : new Uint8Array();
  it("run takes the first program and names the others; --prog picks one by function or section", () => {
    const r = cli(["run", "two.o", "--packet-hex", packet, "--json"], { "two.o": o });
    expect(r.status).toBe(0);
    expect(r.json().result).toMatchObject({ r0: "2", maps: { ".bss": [{ key: "00000000", value: "02000000" }] } });
    expect(r.stderr).toMatch(/3 programs; taking the first, first \(SEC\("xdp"\)\) \(others: second \(SEC\("xdp"\)\), third \(SEC\("tc"\)\)/);
    const t = cli(["run", "two.o", "--prog", "tc", "--packet-hex", packet, "--json"], { "two.o": o });
    expect(t.json().result.r0).toBe("0");
    expect(t.stderr).toBe("");
  });

  it("an unknown --prog names the programs there are; a section with two needs a function name", () => {
    const r = cli(["run", "two.o", "--prog", "nope"], { "two.o": o });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--prog nope: two.o has no such program (it has: first (SEC(\"xdp\")), second (SEC(\"xdp\")), third (SEC(\"tc\")))");
    expect(cli(["run", "two.o", "--prog", "xdp"], { "two.o": o }).stderr).toMatch(/section 'xdp' of two.o holds 2 programs/);
  });

  it("verify without --prog verifies every program, as loadall loads them, and places the rejection on the C line", () => {
    const r = cli(["verify", "two.o", "--json"], { "two.o": o });
    expect(r.status).toBe(1);
    const j = r.json();
    expect(j.accepted).toBe(false);
    expect(j.programs.map((p: { program: string; accepted: boolean }) => [p.program, p.accepted])).toEqual([
      ["first", true],
      ["second", false],
      ["third", true],
    ]);
    expect(j.programs[1].errors[0]).toMatchObject({ line: 6, message: expect.stringMatching(/^invalid access to packet/) });
    const one = cli(["verify", "two.o", "--prog", "first"], { "two.o": o });
    expect(one.status).toBe(0);
    expect(one.stdout).toMatch(/accepted\n$/);
  });

  it("disassemble interleaves the C lines from .BTF.ext, as llvm-objdump -S", () => {
    const r = cli(["disassemble", "two.o", "--prog", "first"], { "two.o": o });
    expect(r.status).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("Disassembly of section xdp (program first):");
    // the entry, then bump appended after it, each under its C line
    expect(lines).toContain("; SEC(\"xdp\") int first(struct xdp_md *ctx) { return bump(2); }");
    expect(lines).toContain("bump:");
    expect(lines.indexOf("; static __noinline int bump(int x) { hits += x; return x; }")).toBeGreaterThan(lines.indexOf("bump:"));
    expect(r.stdout).toMatch(/call pc\+\d+|call bump/);
  });

  it("a CO-RE relocation no kernel type answers reads as libbpf prints it", () => {
    writeFileSync(
      join(dir, "core.c"),
      `#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
struct task_struct___future { int shiny; } __attribute__((preserve_access_index));
SEC("kprobe/do_nanosleep") int k(void *ctx) { struct task_struct___future *t = (void *)bpf_get_current_task(); return BPF_CORE_READ(t, shiny); }
char LICENSE[] SEC("license") = "GPL";
`,
    );
    const p = spawnSync(CLANG, ["-O2", "-g", "-target", "bpf", "-I/usr/include/x86_64-linux-gnu", "-c", join(dir, "core.c"), "-o", join(dir, "core.o")], { encoding: "utf8" });
    expect(p.stderr).toBe("");
    const r = cli(["verify", "core.o"], { "core.o": new Uint8Array(readFileSync(join(dir, "core.o"))) });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/\n1: <invalid CO-RE relocation>\nfailed to resolve CO-RE relocation <byte_off> \[\d+\] struct task_struct___future\.shiny \(0:0 @ offset 0\)\nprocessed 2 insns/);
    expect(r.stderr).toContain("note: failed to resolve CO-RE relocation");
    const d = cli(["disassemble", "core.o"], { "core.o": new Uint8Array(readFileSync(join(dir, "core.o"))) });
    expect(d.stdout).toMatch(/\t\tCO-RE <byte_off> \[\d+\] struct task_struct___future\.shiny \(0:0 @ offset 0\): unresolved \(no matching targets found\), poisoned as libbpf does\n/);
  });

  it("a corrupted object is an error with its section and offset", () => {
    const bad = o.slice(0, o.length - 10);
    const r = cli(["verify", "two.o"], { "two.o": bad });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^two\.o: error: ELF header\+0x[0-9a-f]+: the section header table: /);
  });
});
