// Robustness: the real libbpf headers (libbpf-dev) and a vmlinux.h dumped from this kernel's BTF
// preprocess and parse without an error, with a program that uses their macros; clang-19 compiles
// the same program, so a failure here is ours.

import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "./parse.ts";
import { preprocess } from "./preprocess.ts";

const LIBBPF = "/usr/include/bpf";
const HEADERS = ["bpf_helpers.h", "bpf_tracing.h", "bpf_core_read.h", "bpf_endian.h"];

const PROGRAM = `
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_endian.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 64);
  __type(key, u32);
  __type(value, u64);
} counts SEC(".maps");

const volatile int filter_pid = 0;

SEC("kprobe/do_unlinkat")
int BPF_KPROBE(do_unlinkat, int dfd, struct filename *name)
{
  pid_t pid = bpf_get_current_pid_tgid() >> 32;
  const char *filename = BPF_CORE_READ(name, name);
  struct task_struct *t = (void *)bpf_get_current_task();
  int ppid = BPF_CORE_READ(t, real_parent, tgid);
  if (bpf_core_field_exists(t->pid))
    ppid++;
  unsigned int sz = bpf_core_field_size(t->pid);
  bpf_printk("unlink pid=%d file=%s ppid=%d", pid, filename, ppid);
  u64 v = bpf_ntohl(5) + sz, *old = bpf_map_lookup_elem(&counts, &pid);
  if (old)
    __sync_fetch_and_add(old, 1);
  else
    bpf_map_update_elem(&counts, &pid, &v, BPF_ANY);
  return 0;
}

SEC("xdp")
int xdp_pass(struct xdp_md *ctx)
{
  void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > end)
    return XDP_DROP;
  return eth->h_proto == bpf_htons(0x0800) ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
`;

function missing(): string | undefined {
  for (const h of HEADERS) if (!existsSync(join(LIBBPF, h))) return `${join(LIBBPF, h)} not found (libbpf-dev)`;
  if (!existsSync("/sys/kernel/btf/vmlinux")) return "/sys/kernel/btf/vmlinux not found";
  try {
    execFileSync("bpftool", ["version"], { stdio: "ignore" });
  } catch {
    return "bpftool not installed";
  }
  return undefined;
}

describe("real libbpf headers and a bpftool vmlinux.h", () => {
  const why = missing();
  const dir = mkdtempSync(join(tmpdir(), "hdr-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it("preprocess and parse with no error", () => {
    if (why) {
      if (process.env.CI === "true") throw new Error(why);
      console.log(`SKIP: ${why}`);
      return;
    }
    const vmlinux = execFileSync("bpftool", ["btf", "dump", "file", "/sys/kernel/btf/vmlinux", "format", "c"], { encoding: "utf8", maxBuffer: 1 << 28 });
    writeFileSync(join(dir, "vmlinux.h"), vmlinux);
    writeFileSync(join(dir, "prog.c"), PROGRAM);
    // clang accepts the program: otherwise the test itself is wrong.
    execFileSync("clang-19", ["-target", "bpf", "-D__TARGET_ARCH_x86", "-O2", "-g", "-I", "/usr/include", "-c", join(dir, "prog.c"), "-o", join(dir, "prog.o")]);
    const reader = { read: (p: string) => (existsSync(p) ? readFileSync(p, "utf8") : undefined) };
    const t0 = performance.now();
    const pp = preprocess(PROGRAM, { file: join(dir, "prog.c"), reader, includeDirs: ["/usr/include"] });
    const r = parse(pp.tokens, { file: join(dir, "prog.c"), pragmas: pp.pragmas });
    const ms = performance.now() - t0;
    console.log(`vmlinux.h (${vmlinux.split("\n").length} lines) + libbpf headers: preprocess+parse ${ms.toFixed(0)} ms, ${pp.tokens.length} tokens`);
    const errors = [...pp.diagnostics, ...r.diagnostics].filter((d) => d.severity === "error").map((d) => `${d.span?.file}:${d.span?.line}:${d.span?.column}: ${d.message}`);
    expect(errors).toEqual([]);
    for (const h of HEADERS) expect(Object.keys(pp.sources)).toContain(join(LIBBPF, h));
    const funcs = r.unit.funcs.filter((f) => f.section).map((f) => [f.name, f.section]);
    expect(funcs).toEqual([["do_unlinkat", "kprobe/do_unlinkat"], ["xdp_pass", "xdp"]]);
    expect(r.unit.globals.map((g) => [g.name, g.section])).toEqual([["counts", ".maps"], ["filter_pid", ".rodata"], ["____do_unlinkat.____fmt", ".rodata"], ["LICENSE", "license"]]);
    // bpf_get_current_pid_tgid is helper 14 in every libbpf.
    expect(JSON.stringify(r.unit.funcs.find((f) => f.name === "____do_unlinkat")?.body, (k, v) => (typeof v === "bigint" ? Number(v) : k === "sym" || k === "def" ? undefined : v))).toContain('"kind":"helper","id":14');
  }, 60_000);
});
