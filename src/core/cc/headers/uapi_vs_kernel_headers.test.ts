// Differential: bpfplay's UAPI and libbpf headers against the real ones. clang-19 lays out every
// struct and union of both and evaluates every integer macro and enumerator of ours; each must
// exist in the reference with the same layout (offsets, bitfields, names, types) and value.
// Reference: Linux 6.12's UAPI headers (from the linux-source-6.12 package) where bpfplay follows
// 6.12, /usr/include (linux-libc-dev 6.1, libbpf-dev 1.1.2) for the rest, clang's own
// freestanding stdint.h/stddef.h/stdbool.h for those.
import { describe, expect, it } from "vitest";
import {
  clang,
  constantValues,
  enumerators,
  findClang,
  glibcStubs,
  integerNames,
  linux612Uapi,
  macros,
  recordLayouts,
  recordSizes,
  writeTree,
} from "../../../../test/support/clang_layout.ts";
import type { RecordLayout } from "../../../../test/support/clang_layout.ts";
import { BUILTIN_HEADERS } from "./index.ts";

const LIBC = ["stdint.h", "stddef.h", "stdbool.h"];
// bpf_helper_defs.h has no include guard in libbpf: bpf_helpers.h brings it in
const KERNEL_AND_LIBBPF = Object.keys(BUILTIN_HEADERS).filter((h) => h !== "vmlinux.h" && h !== "bpf/bpf_helper_defs.h" && !LIBC.includes(h));
const FROM_612 = ["bpf.h", "in.h", "in6.h", "if_ether.h", "if_packet.h", "pkt_cls.h", "ip.h", "ipv6.h", "tcp.h", "udp.h", "icmp.h", "icmpv6.h"];

/** What bpfplay defines that no reference has, and why that is right. */
const NOT_IN_REFERENCE: Readonly<Record<string, string>> = {
  "struct bpf_map_def": "legacy SEC(\"maps\") definition; libbpf 1.0 removed it, its five unsigned ints are those of libbpf 0.x",
};

const includeAll = (names: readonly string[]) => names.map((h) => `#include <${h}>`).join("\n") + "\n";

function layoutDiff(mine: RecordLayout, ref: RecordLayout | undefined): string | undefined {
  if (!ref) return `${mine.name}: not in the reference`;
  if (mine.size !== ref.size || mine.align !== ref.align) return `${mine.name}: sizeof ${mine.size} align ${mine.align}, reference ${ref.size} / ${ref.align}`;
  const text = (r: RecordLayout) => r.lines.map((l) => `${l.off} ${"  ".repeat(l.depth)}${l.type} ${l.name}`);
  const [a, b] = [text(mine), text(ref)];
  for (let k = 0; k < Math.max(a.length, b.length); k++) if (a[k] !== b[k]) return `${mine.name}: line ${k}: ours "${a[k]}", reference "${b[k]}"`;
  return undefined;
}

describe("UAPI and libbpf headers vs the kernel's and libbpf's", () => {
  const cc = findClang();
  const uapi = linux612Uapi(FROM_612);
  if (cc && !uapi.dir) {
    if (process.env.CI === "true") throw new Error(`FAIL: ${uapi.why}`);
    console.warn(`SKIP: Linux 6.12 UAPI headers: ${uapi.why}; comparing with /usr/include (6.1) only`);
  }
  const ours = cc ? writeTree(BUILTIN_HEADERS) : "";
  const oursArgs = ["-nostdinc", `-I${ours}`, "-D__TARGET_ARCH_x86"];
  const refArgs = [...(uapi.dir ? [`-I${uapi.dir}`] : []), `-I${cc ? glibcStubs() : ""}`, "-I/usr/include/x86_64-linux-gnu", "-I/usr/include", "-D__TARGET_ARCH_x86"];

  it.skipIf(!cc)("every struct and union has the reference's layout", () => {
    const src = includeAll(KERNEL_AND_LIBBPF);
    const mine = recordLayouts(oursArgs, src);
    const ref = recordLayouts(refArgs, src);
    const problems: string[] = [];
    for (const r of mine.values()) {
      if (NOT_IN_REFERENCE[r.name] || r.name.includes("__NSConstantString")) continue;
      const d = layoutDiff(r, ref.get(r.name));
      if (d) problems.push(d);
    }
    // the dump shows records before trailing attributes (packed, aligned) apply: sizes from sizeof
    const names = [...mine.keys()].filter((n) => !NOT_IN_REFERENCE[n] && !n.includes("__NSConstantString"));
    const [ms, rs] = [recordSizes(oursArgs, src, names), recordSizes(refArgs, src, names)];
    for (const n of names) {
      const [a, b] = [ms.get(n), rs.get(n)];
      if (!a || !b || a.size !== b.size || a.align !== b.align) problems.push(`${n}: sizeof/_Alignof ours ${JSON.stringify(a)}, reference ${JSON.stringify(b)}`);
    }
    console.log(`records compared: ${names.length}, layout lines: ${names.reduce((n, r) => n + mine.get(r)!.lines.length, 0)}`);
    expect(problems).toEqual([]);
    expect(mine.size).toBeGreaterThan(25);
  });

  it.skipIf(!cc)("every integer macro and enumerator has the reference's value", () => {
    const src = includeAll(KERNEL_AND_LIBBPF);
    const myEnums = enumerators(oursArgs, src);
    const names = [...integerNames(macros(oursArgs, src), myEnums)].sort();
    const refEnums = enumerators(refArgs, src);
    // an enumerator the reference lacks would not compile there: print only those it has
    const mineValues = constantValues(oursArgs, src, names, myEnums);
    const refNames = names.filter((n) => !myEnums.has(n) || refEnums.has(n));
    const refValues = constantValues(refArgs.filter((a) => !a.includes("bpfplay-stubs")), src, refNames, refEnums);
    const problems: string[] = [];
    for (const n of names) {
      const [a, b] = [mineValues.get(n), refValues.get(n)];
      if (a === undefined) problems.push(`${n}: ours does not evaluate`);
      else if (b === undefined) problems.push(`${n}: not in the reference`);
      else if (a !== b) problems.push(`${n}: ours ${a}, reference ${b}`);
    }
    console.log(`constants compared: ${names.length} (${myEnums.size} enumerators)`);
    expect(problems).toEqual([]);
    expect(names.length).toBeGreaterThan(600);
  });

  it.skipIf(!cc)("libbpf's headers define no public macro ours lack", () => {
    // BPF_PROG2 (BPF_PROG for struct arguments passed by value) is not written yet
    const WITHOUT = new Set(["BPF_PROG2"]);
    const names = (args: string[]) => {
      const src = "#include <linux/types.h>\n" + ["bpf_helpers.h", "bpf_tracing.h", "bpf_core_read.h", "bpf_endian.h"].map((h) => `#include <bpf/${h}>`).join("\n") + "\n";
      const r = clang(["-target", "bpf", "-E", "-dM", ...args], src);
      expect(r.err).toBe("");
      return new Set([...r.out.matchAll(/^#define ([A-Za-z]\w*)/gm)].map((m) => m[1]));
    };
    const [mine, ref] = [names(oursArgs), names(refArgs)];
    const missing = [...ref].filter((n) => !mine.has(n) && !WITHOUT.has(n));
    console.log(`libbpf public macros: ${ref.size}, ours lack ${missing.length} beyond the ${WITHOUT.size} known`);
    expect(missing).toEqual([]);
  });

  it.skipIf(!cc)("stdint.h, stddef.h and stdbool.h match clang's freestanding headers", () => {
    const src = includeAll(LIBC) + "size_t a; ptrdiff_t b; intptr_t c; uintptr_t d; int64_t e; uint64_t f; int32_t g; uint8_t h;\n";
    const mineMacros = macros(oursArgs, src);
    const names = [...integerNames(mineMacros, new Set())].sort();
    const mineValues = constantValues(oursArgs, src, names, new Set());
    const refValues = constantValues(["-ffreestanding"], src, names, new Set());
    const problems = names.filter((n) => mineValues.get(n) !== refValues.get(n)).map((n) => `${n}: ours ${mineValues.get(n)}, clang ${refValues.get(n)}`);
    expect(problems).toEqual([]);
    expect(names.length).toBeGreaterThan(20);
  });
});
