// Differential: bpfplay's front end lays out every struct and union of the built-in headers
// (vmlinux.h included) as clang-19 -target bpf does. CO-RE queries fold against these layouts,
// so they must be the compiled ones: sizeof, alignment and every member's offset (and bit
// position, for bitfields).
import { describe, expect, it } from "vitest";
import { findClang, recordLayouts, recordSizes, writeTree } from "../../../../test/support/clang_layout.ts";
import { parse } from "../parse.ts";
import { preprocess } from "../preprocess.ts";
import type { CType, RecordDef } from "../types.ts";
import { BUILTIN_HEADERS } from "./index.ts";

const SETS = {
  uapi: Object.keys(BUILTIN_HEADERS).filter((h) => h !== "vmlinux.h" && h !== "bpf/bpf_helper_defs.h" && !["stdint.h", "stddef.h", "stdbool.h"].includes(h) && h !== "linux/ptrace.h" && h !== "asm/ptrace.h"),
  vmlinux: ["vmlinux.h", "bpf/bpf_helpers.h", "bpf/bpf_core_read.h"],
  ptrace: ["linux/ptrace.h"],
};

/**
 * Top-level members as clang's dump lists them: "off name", or for a bitfield "byte:lo-hi name"
 * with byte the one holding its first bit. Unnamed bitfields (padding) have no member here, so
 * they are left out of both lists.
 */
function bpfplayMembers(def: RecordDef): string[] {
  return def.members.map((m) => {
    if (m.bitWidth === undefined) return `${m.offset} ${m.name ?? ""}`;
    const first = m.offset * 8 + m.bitOffset!;
    const byte = Math.floor(first / 8);
    return `${byte}:${first - byte * 8}-${first - byte * 8 + m.bitWidth - 1} ${m.name ?? ""}`;
  });
}

describe("bpfplay's layout of the built-in headers' records vs clang-19's", () => {
  const cc = findClang();
  for (const [set, headers] of Object.entries(SETS))
    it.skipIf(!cc)(set, () => {
      const dir = writeTree(BUILTIN_HEADERS);
      const includes = headers.map((h) => `#include <${h}>`).join("\n") + "\n";
      const args = ["-nostdinc", `-I${dir}`, "-D__TARGET_ARCH_x86"];
      const clangRecords = [...recordLayouts(args, includes).values()].filter((r) => !r.name.includes("__NSConstantString"));
      const sizes = recordSizes(args, includes, clangRecords.map((r) => r.name));
      // one global per record makes bpfplay lay each out where the test can reach it
      const probes = clangRecords.map((r, k) => `${r.name} __probe_${k};`).join("\n");
      const pp = preprocess(includes + probes + "\n", { file: "probe.c", defines: { __TARGET_ARCH_x86: "1" } });
      const parsed = parse(pp.tokens, { file: "probe.c", pragmas: pp.pragmas });
      expect([...pp.diagnostics, ...parsed.diagnostics].map((d) => d.message)).toEqual([]);
      const problems: string[] = [];
      clangRecords.forEach((r, k) => {
        const g = parsed.unit.globals.find((v) => v.name === `__probe_${k}`);
        const t = g?.type as CType | undefined;
        if (!t || (t.kind !== "struct" && t.kind !== "union")) return problems.push(`${r.name}: no record type in bpfplay`);
        const s = sizes.get(r.name)!;
        if (t.def.size !== s.size || t.def.align !== s.align) problems.push(`${r.name}: bpfplay ${t.def.size}/${t.def.align}, clang ${s.size}/${s.align}`);
        // depth 1: the record's own members; a bitfield without a name is padding
        const want = r.lines.filter((l) => l.depth === 1 && !(l.off.includes(":") && l.name === "")).map((l) => `${l.off} ${l.name}`);
        const have = bpfplayMembers(t.def);
        if (want.join("|") !== have.join("|")) problems.push(`${r.name}: bpfplay [${have.join(", ")}], clang [${want.join(", ")}]`);
      });
      console.log(`${set}: ${clangRecords.length} records`);
      expect(problems).toEqual([]);
    });
});
