// The ELF reader against clang-19's own objects: what libbpf would make of them (maps, global
// data, programs with their subprograms linked, relocations), and that corrupted or truncated
// objects give a placed error, never a throw or a hang.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Program } from "../program.ts";
import { parseElf, SHT_NOBITS } from "./elf.ts";
import { readObject } from "./read.ts";
import type { BpfObject } from "./read.ts";

const CLANG = process.env.CLANG ?? "clang-19";
const have = spawnSync(CLANG, ["--version"]).status === 0;
if (!have) {
  if (process.env.CI === "true") throw new Error(`${CLANG} is missing, and CI installs it`);
  console.warn(`SKIP: ${CLANG} is not installed`);
}

const dir = mkdtempSync(join(tmpdir(), "bpfplay-elf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function compile(name: string, source: string): Uint8Array {
  const c = join(dir, `${name}.c`);
  writeFileSync(c, source);
  const o = join(dir, `${name}.o`);
  const p = spawnSync(CLANG, ["-O2", "-g", "-target", "bpf", "-mcpu=v3", "-I/usr/include/x86_64-linux-gnu", "-c", c, "-o", o], { encoding: "utf8" });
  if (p.status !== 0) throw new Error(`clang: ${p.stderr}`);
  return new Uint8Array(readFileSync(o));
}

const MAPS_AND_DATA = `
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
struct { __uint(type, BPF_MAP_TYPE_HASH); __type(key, __u32); __type(value, __u64); __uint(max_entries, 64); } counts SEC(".maps");
struct val { __u64 a; __u32 b[3]; };
struct { __uint(type, BPF_MAP_TYPE_PERCPU_ARRAY); __uint(key_size, 4); __type(value, struct val); __uint(max_entries, 8); __uint(map_flags, 0); } stats SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_RINGBUF); __uint(max_entries, 4096); } events SEC(".maps");
const volatile int limit = 7;
int total = 3;
int zero;
static __noinline int add(int a, int b) { return a + b + zero; }
SEC("xdp") int prog(struct xdp_md *ctx) {
  __u32 k = 1; __u64 one = 1, *v = bpf_map_lookup_elem(&counts, &k);
  if (v) __sync_fetch_and_add(v, 1); else bpf_map_update_elem(&counts, &k, &one, 0);
  total += add(limit, 2);
  bpf_printk("hi %d", total);
  return total > 10 ? XDP_PASS : XDP_DROP;
}
char LICENSE[] SEC("license") = "Dual BSD/GPL";
`;

const LINKING = `
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
int seen;
static __noinline int leaf(int x) { seen++; return x * 3; }
static __noinline int mid(int x) { return leaf(x) + leaf(x + 1); }
static __noinline int other(int x) { return x - 1; }
SEC("xdp") int first(struct xdp_md *ctx) { return mid(ctx->ingress_ifindex) & 3; }
SEC("xdp") int second(struct xdp_md *ctx) { return other(ctx->ingress_ifindex) & 3; }
SEC("tc") int third(struct __sk_buff *skb) { return leaf(skb->len) + other(1); }
char LICENSE[] SEC("license") = "GPL";
`;

function read(bytes: Uint8Array): BpfObject {
  const r = readObject(bytes);
  if (!r.ok) throw new Error(`${r.error.section}+${r.error.offset}: ${r.error.message}`);
  return r.object;
}

/** The function symbol a call at `pc` lands on. */
function callee(p: Program, pc: number): string | undefined {
  const to = pc + 1 + p.insns[pc].imm;
  return p.functions?.find((f) => f.start === to)?.name;
}

describe.runIf(have)("reading clang-19's objects", () => {
  it("finds BTF-defined maps, global data and the license", () => {
    const o = read(compile("maps", MAPS_AND_DATA));
    expect(o.license).toBe("Dual BSD/GPL");
    const plain = o.maps.map(({ init, ...m }) => ({ ...m, init: init && Buffer.from(init).toString("hex") }));
    expect(plain).toEqual([
      { name: "counts", type: "hash", keySize: 4, valueSize: 8, maxEntries: 64, flags: 0, init: undefined },
      { name: "stats", type: "percpu_array", keySize: 4, valueSize: 24, maxEntries: 8, flags: 0, init: undefined },
      { name: "events", type: "ringbuf", keySize: 0, valueSize: 0, maxEntries: 4096, flags: 0, init: undefined },
      // limit, then bpf_printk's "hi %d" format
      { name: ".rodata", type: "array", keySize: 4, valueSize: 10, maxEntries: 1, flags: 0x80, init: "07000000686920256400", frozen: true },
      { name: ".data", type: "array", keySize: 4, valueSize: 4, maxEntries: 1, flags: 0, init: "03000000" },
      { name: ".bss", type: "array", keySize: 4, valueSize: 4, maxEntries: 1, flags: 0, init: "00000000" },
    ]);
  });

  it("names the global variables and where they live", () => {
    const o = read(compile("maps", MAPS_AND_DATA));
    const byName = Object.fromEntries(o.globals.map((g) => [g.name, `${g.map}+${g.offset}:${g.size}`]));
    expect(byName).toMatchObject({ limit: ".rodata+0:4", total: ".data+0:4", zero: ".bss+0:4" });
  });

  it("relocates map and global data references as libbpf does", () => {
    const o = read(compile("maps", MAPS_AND_DATA));
    expect(o.programs.map((p) => [p.name, p.section, p.progType])).toEqual([["prog", "xdp", "xdp"]]);
    const p = o.programs[0];
    const lds = p.insns.flatMap((i, pc) => (i.code === 0x18 && i.src ? [{ pc, src: i.src, imm: i.imm, off: p.insns[pc + 1].imm }] : []));
    const byName = (n: string) => o.maps.findIndex((m) => m.name === n);
    expect(lds.filter((l) => l.src === 1).every((l) => l.imm === byName("counts"))).toBe(true);
    // limit at .rodata+0, the format at .rodata+4, total at .data+0, zero at .bss+0 (in add)
    const data = lds.filter((l) => l.src === 2).map((l) => `${o.maps[l.imm].name}+${l.off}`);
    expect(new Set(data)).toEqual(new Set([".rodata+0", ".rodata+4", ".data+0", ".bss+0"]));
    for (const r of p.relocations ?? []) if (r.kind === "map_value") expect(o.maps[p.insns[r.pc].imm].name).toBe(r.symbol);
  });

  it("appends each called .text function once per program, transitively, and fixes the calls", () => {
    const o = read(compile("link", LINKING));
    expect(o.programs.map((p) => `${p.section}/${p.name}`)).toEqual(["xdp/first", "xdp/second", "tc/third"]);
    const [first, second, third] = o.programs;
    expect(first.functions?.map((f) => f.name)).toEqual(["first", "mid", "leaf"]);
    expect(second.functions?.map((f) => f.name)).toEqual(["second", "other"]);
    expect(third.functions?.map((f) => f.name).sort()).toEqual(["leaf", "other", "third"]);
    for (const p of o.programs) {
      const calls = p.insns.flatMap((i, pc) => (i.code === 0x85 && i.src === 1 ? [pc] : []));
      expect(calls.length).toBeGreaterThan(0);
      for (const pc of calls) expect(callee(p, pc), `${p.name} insn ${pc}`).toBe(p.relocations?.find((r) => r.pc === pc)?.symbol);
      // every function ends where the next starts, and the last at the end
      const fs = p.functions ?? [];
      fs.forEach((f, k) => expect(f.end).toBe(k + 1 < fs.length ? fs[k + 1].start : p.insns.length));
    }
    expect(first.insns.filter((i, pc) => i.code === 0x85 && i.src === 1 && callee(first, pc) === "leaf")).toHaveLength(2);
  });

  it("gives every instruction its source line from .BTF.ext", () => {
    const o = read(compile("link", LINKING));
    const first = o.programs[0];
    const lineOf = (text: string) => LINKING.split("\n").findIndex((l) => l.includes(text)) + 1;
    const at = (fn: string) => first.lines[first.functions!.find((f) => f.name === fn)!.start];
    expect(first.lineTable?.every((e) => e !== undefined && e.file.endsWith("link.c"))).toBe(true);
    expect(at("first")).toBe(lineOf("int first("));
    expect(at("leaf")).toBe(lineOf("int leaf("));
    expect(first.lines.filter((l, pc) => first.lineTable![pc]!.stmt && l === lineOf("int mid("))).not.toHaveLength(0);
  });

  it("says where a file is malformed, and never throws or hangs (truncation and corruption)", () => {
    const objects = [compile("maps", MAPS_AND_DATA), compile("link", LINKING)];
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let errors = 0;
    let cases = 0;
    let truncated = 0;
    const start = Date.now();
    for (const obj of objects) {
      const mutants: Uint8Array[] = [];
      for (let k = 0; k < 150; k++) {
        // the section header table is at the end: any truncation loses part of it
        const r = readObject(obj.slice(0, rand(obj.length)));
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error.message).not.toMatch(/^internal error/);
        truncated++;
      }
      for (let k = 0; k < 150; k++) {
        const m = obj.slice();
        for (let n = 1 + rand(4); n > 0; n--) m[rand(m.length)] = rand(256);
        mutants.push(m);
      }
      // most random bytes land in debug info the reader skips: aim at what it does read
      const file = parseElf(obj);
      const shoff = Number(new DataView(obj.buffer, obj.byteOffset).getBigUint64(40, true));
      for (const sec of file.sections) {
        if (!/^(\.symtab|\.strtab|\.BTF|\.rel|\.maps|\.text|xdp|tc|license|\.data|\.rodata)/.test(sec.name) || sec.type === SHT_NOBITS) continue;
        const start = sec.data.byteOffset - obj.byteOffset;
        for (let k = 0; k < 20; k++) {
          const m = obj.slice();
          for (let n = 1 + rand(3); n > 0; n--) m[start + rand(Math.max(1, sec.data.length))] = rand(256);
          // and the section's own header: offset, size, link, info
          if (k % 5 === 0) m[shoff + sec.index * 64 + [24, 32, 40, 44][rand(4)] + rand(4)] = rand(256);
          mutants.push(m);
        }
      }
      // the header fields that steer everything: section table offset, count, string index
      for (const at of [40, 41, 44, 58, 60, 62]) {
        const m = obj.slice();
        m[at] ^= 0xff;
        mutants.push(m);
      }
      for (const m of mutants) {
        cases++;
        const r = readObject(m);
        if (!r.ok) {
          errors++;
          expect(r.error.message, "an internal error is a reader bug").not.toMatch(/^internal error/);
          expect(typeof r.error.section).toBe("string");
          expect(Number.isInteger(r.error.offset)).toBe(true);
        }
      }
    }
    expect(truncated).toBe(300);
    expect(errors).toBeGreaterThan(0);
    console.log(`ELF fuzz: ${cases} corrupted objects, ${errors} refused with a placed error, the rest read`);
    expect(Date.now() - start).toBeLessThan(20_000);
  });

  it("places what it does not resolve: an extern (__kconfig) is an error at the instruction that uses it", () => {
    const r = readObject(
      compile(
        "extern",
        `#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
extern unsigned int LINUX_KERNEL_VERSION __attribute__((section(".kconfig")));
SEC("xdp") int prog(struct xdp_md *ctx) { return LINUX_KERNEL_VERSION > 5 ? XDP_PASS : XDP_DROP; }
char LICENSE[] SEC("license") = "GPL";`,
      ),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.section).toBe("xdp");
      expect(r.error.offset % 8).toBe(0);
      expect(r.error.message).toMatch(/LINUX_KERNEL_VERSION.*extern/);
    }
  });

  it("reads an object with maps and no program", () => {
    const o = read(
      compile(
        "nomaps",
        `#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __type(key, int); __type(value, long); __uint(max_entries, 3); } only SEC(".maps");`,
      ),
    );
    expect(o.programs).toEqual([]);
    expect(o.maps.map((m) => [m.name, m.type, m.keySize, m.valueSize, m.maxEntries])).toEqual([["only", "array", 4, 8, 3]]);
  });

  it("refuses what is not a BPF object", () => {
    const r = readObject(new TextEncoder().encode("not an ELF file at all, just text.............................."));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ section: "ELF header", offset: 0 });
  });
});
