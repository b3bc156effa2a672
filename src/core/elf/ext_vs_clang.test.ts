// What the reader takes from clang-19's .BTF.ext and older map sections: func_info (each
// function's BTF type), CO-RE relocations resolved against the built-in vmlinux.h (offsets as
// the kernel the layouts come from has them, libbpf's poison for a field no kernel type has),
// legacy `maps` definitions, `.values` slots; and that mutating these parts never crashes or
// hangs the reader.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { vmlinuxText } from "../cc/headers/vmlinux.ts";
import { kernelField } from "../cc/headers/vmlinux_layout.ts";
import { CORE_POISON } from "./core.ts";
import { readObject } from "./read.ts";
import type { BpfObject } from "./read.ts";

const CLANG = process.env.CLANG ?? "clang-19";
const have = spawnSync(CLANG, ["--version"]).status === 0;
if (!have) {
  if (process.env.CI === "true") throw new Error(`${CLANG} is missing, and CI installs it`);
  console.warn(`SKIP: ${CLANG} is not installed`);
}

const dir = mkdtempSync(join(tmpdir(), "bpfplay-elf-ext-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
if (have) writeFileSync(join(dir, "vmlinux.h"), vmlinuxText());

function compile(name: string, source: string, g = true): Uint8Array {
  const c = join(dir, `${name}.c`);
  writeFileSync(c, source);
  const o = join(dir, `${name}.o`);
  const args = ["-O2", ...(g ? ["-g"] : []), "-target", "bpf", "-D__TARGET_ARCH_x86", `-I${dir}`, "-I/usr/include/x86_64-linux-gnu", "-c", c, "-o", o];
  const p = spawnSync(CLANG, args, { encoding: "utf8" });
  if (p.status !== 0) throw new Error(`clang: ${p.stderr}`);
  return new Uint8Array(readFileSync(o));
}

function read(bytes: Uint8Array): BpfObject {
  const r = readObject(bytes);
  if (!r.ok) throw new Error(`${r.error.section}+${r.error.offset}: ${r.error.message}`);
  return r.object;
}

const CORE = `
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
struct task_struct___old { long state; int pid; } __attribute__((preserve_access_index));
struct task_struct___future { int shiny; } __attribute__((preserve_access_index));
__u64 out[8];
SEC("kprobe/do_nanosleep") int facts(void *ctx) {
  struct task_struct *t = (void *)bpf_get_current_task();
  out[0] = BPF_CORE_READ(t, real_parent, tgid);
  out[1] = bpf_core_field_exists(((struct task_struct___old *)t)->state);
  out[2] = bpf_core_type_size(struct task_struct);
  out[3] = bpf_core_enum_value(enum bpf_map_type, BPF_MAP_TYPE_RINGBUF);
  out[4] = bpf_core_field_size(t->comm);
  out[5] = bpf_core_field_offset(((struct task_struct___old *)t)->pid);
  return 0;
}
SEC("kprobe/do_nanosleep") int missing(void *ctx) {
  struct task_struct___future *t = (void *)bpf_get_current_task();
  return BPF_CORE_READ(t, shiny);
}
char LICENSE[] SEC("license") = "GPL";
`;

const CALLBACK = `
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
static long step(__u32 i, void *data) { *(__u64 *)data += i; return 0; }
__noinline int twice(int x) { return x * 2; }
SEC("xdp") int loop(struct xdp_md *ctx) { __u64 s = 0; bpf_loop(4, step, &s, 0); return twice(s) & 3; }
char LICENSE[] SEC("license") = "GPL";
`;

const LEGACY = `
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
struct bpf_map_def { unsigned int type, key_size, value_size, max_entries, map_flags; };
struct bpf_map_def SEC("maps") a = { .type = BPF_MAP_TYPE_ARRAY, .key_size = 4, .value_size = 8, .max_entries = 2 };
struct bpf_map_def SEC("maps") b = { .type = BPF_MAP_TYPE_HASH, .key_size = 4, .value_size = 4, .max_entries = 8, .map_flags = 1 };
SEC("xdp") int prog(struct xdp_md *ctx) { __u32 k = 0; __u64 *v = bpf_map_lookup_elem(&b, &k); return v ? 1 : !!bpf_map_lookup_elem(&a, &k); }
char LICENSE[] SEC("license") = "GPL";
`;

describe.runIf(have)("func_info, CO-RE and legacy maps in clang-19's objects", () => {
  it("resolves CO-RE relocations against the built-in vmlinux.h, as libbpf against the kernel", () => {
    const o = read(compile("core", CORE));
    const facts = o.programs.find((p) => p.name === "facts")!;
    const byKind = (k: string) => facts.core?.filter((c) => c.kind === k).map((c) => c.value);
    // real_parent then tgid: the offsets vmlinux_layout.ts took from the 6.18 kernel
    expect(byKind("byte_off")).toEqual([String(kernelField("task_struct", "real_parent")!.off), String(kernelField("task_struct", "tgid")!.off), String(kernelField("task_struct", "pid")!.off)]);
    expect(byKind("field_exists")).toEqual(["0"]); // task_struct has __state, not state
    expect(byKind("type_size")).toEqual(["3264"]);
    expect(byKind("enumval_value")).toEqual(["27"]);
    expect(byKind("byte_sz")).toEqual(["16"]);
    expect(facts.core?.every((c) => c.error === undefined)).toBe(true);
    // the instructions carry the values
    const pid = facts.core!.find((c) => c.spec.includes("___old.pid"))!;
    expect(facts.insns[pid.pc].imm).toBe(kernelField("task_struct", "pid")!.off);
  });

  it("poisons a relocation no kernel type answers, with libbpf's text", () => {
    const o = read(compile("core", CORE));
    const p = o.programs.find((x) => x.name === "missing")!;
    const bad = p.core!.find((c) => c.error)!;
    expect(bad.error).toMatch(/^failed to resolve CO-RE relocation <byte_off> \[\d+\] struct task_struct___future\.shiny \(0:0 @ offset 0\)$/);
    expect(p.insns[bad.pc]).toMatchObject({ code: 0x85, src: 0, imm: CORE_POISON });
  });

  it("gives every function its BTF type from func_info, entry first", () => {
    const o = read(compile("callback", CALLBACK));
    const p = o.programs[0];
    // the entry first, then the subprograms in the order they were appended
    expect(p.funcInfo?.map((f) => [f.name, f.linkage, f.proto])).toEqual([
      ["loop", "global", "int (struct xdp_md *ctx)"],
      ...p.functions!.slice(1).map((f) => (f.name === "step" ? ["step", "static", "long (__u32 i, void *data)"] : ["twice", "global", "int (int x)"])),
    ]);
    expect(p.functions!.map((f) => f.name).sort()).toEqual(["loop", "step", "twice"]);
    for (const f of p.funcInfo!) expect(p.functions?.find((x) => x.name === f.name)?.start).toBe(f.pc);
    expect(p.funcInfo![0].pc).toBe(0);
    // without -g there is no .BTF.ext, so no func_info
    expect(read(compile("callback_nog", CALLBACK, false)).programs[0].funcInfo).toBeUndefined();
  });

  it("reads legacy SEC(\"maps\") definitions before the other maps", () => {
    const o = read(compile("legacy", LEGACY));
    expect(o.maps.map((m) => [m.name, m.type, m.keySize, m.valueSize, m.maxEntries, m.flags])).toEqual([
      ["a", "array", 4, 8, 2, 0],
      ["b", "hash", 4, 4, 8, 1],
    ]);
    const p = o.programs[0];
    const refs = p.insns.flatMap((i) => (i.code === 0x18 && i.src === 1 ? [o.maps[i.imm].name] : []));
    expect(refs.sort()).toEqual(["a", "b"]);
  });

  it("keeps line_info's source text, so the C lines show without the .c file", () => {
    const o = read(compile("callback", CALLBACK));
    const src = Object.values(o.programs[0].debug?.sources ?? {})[0];
    expect(src.split("\n")[CALLBACK.split("\n").findIndex((l) => l.includes("bpf_loop(4"))]).toContain("bpf_loop(4, step, &s, 0)");
  });

  it("fuzz: mutated func_info, line_info and CO-RE records give a placed error or a reading, never a throw or a hang", () => {
    const objects = [compile("core", CORE), compile("callback", CALLBACK), compile("legacy", LEGACY)];
    let seed = 4242;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let cases = 0;
    let refused = 0;
    const start = Date.now();
    for (const obj of objects) {
      const view = new DataView(obj.buffer, obj.byteOffset, obj.byteLength);
      const shoff = Number(view.getBigUint64(40, true));
      const shnum = view.getUint16(60, true);
      const strIdx = view.getUint16(62, true);
      const strOff = Number(view.getBigUint64(shoff + strIdx * 64 + 24, true));
      const name = (at: number) => {
        let s = "";
        for (let k = strOff + at; obj[k]; k++) s += String.fromCharCode(obj[k]);
        return s;
      };
      for (let i = 0; i < shnum; i++) {
        const h = shoff + i * 64;
        const n = name(view.getUint32(h, true));
        if (n !== ".BTF.ext" && n !== "maps" && n !== ".rel.maps") continue;
        const off = Number(view.getBigUint64(h + 24, true));
        const size = Number(view.getBigUint64(h + 32, true));
        const hdr = n === ".BTF.ext" ? view.getUint32(off + 4, true) : 0;
        // the three parts of .BTF.ext, each aimed at: its header fields, then its records
        const parts = n === ".BTF.ext" ? [8, 16, 24].map((f) => [off + hdr + view.getUint32(off + f, true), view.getUint32(off + f + 4, true)]) : [[off, size]];
        for (const [at, len] of parts) {
          for (let k = 0; k < 60; k++) {
            const m = obj.slice();
            for (let j = 1 + rand(3); j > 0; j--) m[at + rand(Math.max(1, len))] = rand(256);
            if (k % 6 === 0 && n === ".BTF.ext") m[off + 8 + rand(24)] = rand(256);
            cases++;
            const r = readObject(m);
            if (!r.ok) {
              refused++;
              expect(r.error.message, "an internal error is a reader bug").not.toMatch(/^internal error/);
            }
          }
        }
      }
    }
    expect(cases).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(0);
    console.log(`ELF .BTF.ext/maps fuzz: ${cases} mutated objects, ${refused} refused with a placed error`);
    expect(Date.now() - start).toBeLessThan(30_000);
  });
});
