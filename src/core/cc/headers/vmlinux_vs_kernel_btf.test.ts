// Differential: bpfplay's vmlinux.h subset against the running kernel's BTF. bpftool dumps the
// kernel's types as C; clang-19 checks, for every field of vmlinux_layout.ts, that its offset and
// size are the table's in both that dump and our vmlinux.h, and that every struct keeps its size.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { clang, findClang, recordLayouts, recordSizes, writeTree } from "../../../../test/support/clang_layout.ts";
import { BUILTIN_HEADERS } from "./index.ts";
import { KERNEL_STRUCTS, LAYOUT_KERNEL } from "./vmlinux_layout.ts";

const BTF = "/sys/kernel/btf/vmlinux";

function kernelDump(): { text?: string; why?: string } {
  if (!existsSync(BTF)) return { why: `${BTF} is missing (kernel without CONFIG_DEBUG_INFO_BTF)` };
  const r = spawnSync("bpftool", ["btf", "dump", "file", BTF, "format", "c"], { encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.error || r.status !== 0) return { why: `bpftool btf dump failed: ${r.error?.message ?? r.stderr}` };
  return { text: r.stdout };
}

/** One _Static_assert per table fact: struct sizes, field offsets and sizes. */
function assertions(): string {
  const out: string[] = [];
  for (const s of KERNEL_STRUCTS) {
    out.push(`_Static_assert(sizeof(struct ${s.tag}) == ${s.size}, "sizeof(struct ${s.tag})");`);
    for (const fld of s.fields) {
      out.push(`_Static_assert(__builtin_offsetof(struct ${s.tag}, ${fld.name}) == ${fld.off}, "offsetof(${s.tag}, ${fld.name})");`);
      out.push(`_Static_assert(sizeof(((struct ${s.tag} *)0)->${fld.name}) == ${fld.size}, "sizeof(${s.tag}.${fld.name})");`);
    }
  }
  return out.join("\n") + "\n";
}

const failures = (stderr: string) => [...stderr.matchAll(/static assertion failed[^"]*"([^"]+)"/g)].map((m) => m[1]);

describe(`vmlinux.h vs the running kernel's BTF (table from ${LAYOUT_KERNEL})`, () => {
  const cc = findClang();
  const dump = cc ? kernelDump() : {};
  if (cc && !dump.text) {
    if (process.env.CI === "true") throw new Error(`FAIL: ${dump.why}`);
    console.warn(`SKIP: ${dump.why}`);
  }
  const release = existsSync("/proc/sys/kernel/osrelease") ? readFileSync("/proc/sys/kernel/osrelease", "utf8").trim() : "?";

  it.skipIf(!dump.text)("every field of the table sits at the kernel's offset with the kernel's size", () => {
    const dir = writeTree({ "vmlinux.h": dump.text! }, "bpfplay-btf-");
    const r = clang(["-target", "bpf", "-fsyntax-only", `-I${dir}`], `#include "vmlinux.h"\n${assertions()}`);
    console.log(`kernel ${release}: ${KERNEL_STRUCTS.length} structs, ${KERNEL_STRUCTS.reduce((n, s) => n + s.fields.length, 0)} fields`);
    expect(failures(r.err)).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it.skipIf(!cc)("our vmlinux.h lays the table out as it says", () => {
    const dir = writeTree(BUILTIN_HEADERS);
    const r = clang(["-target", "bpf", "-fsyntax-only", "-nostdinc", `-I${dir}`], `#include <vmlinux.h>\n${assertions()}`);
    expect(failures(r.err)).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it.skipIf(!dump.text)("the UAPI records of our vmlinux.h have the kernel's size and alignment", () => {
    const btfDir = writeTree({ "vmlinux.h": dump.text! }, "bpfplay-btf-");
    const ours = writeTree(BUILTIN_HEADERS);
    // clang's own __NSConstantString_tag is in every dump
    const names = [...recordLayouts(["-nostdinc", `-I${ours}`], `#include <vmlinux.h>\n`).keys()].filter((n) => !n.includes("__NSConstantString"));
    const kernel = recordSizes([`-I${btfDir}`], `#include "vmlinux.h"\n`, names);
    const mine = recordSizes(["-nostdinc", `-I${ours}`], `#include <vmlinux.h>\n`, names);
    const problems: string[] = [];
    for (const n of names) {
      const [r, k] = [mine.get(n), kernel.get(n)];
      if (!r) problems.push(`${n}: no size in ours`);
      else if (!k) problems.push(`${n}: not in the kernel's BTF`);
      else if (k.size !== r.size || k.align !== r.align) problems.push(`${n}: sizeof ${r.size} align ${r.align}, kernel ${k.size} / ${k.align}`);
    }
    console.log(`records compared: ${names.length}`);
    expect(names.length).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  });
});
