// Differential: clang-19 -target bpf compiles every built-in header, alone and with its usual
// companions, and three libbpf-style programs against these headers only (-nostdinc), with
// -Wall and not one diagnostic.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clang, findClang, writeTree } from "../../../../test/support/clang_layout.ts";
import { BUILTIN_HEADERS } from "./index.ts";

/** Sets of headers programs include together. */
const COMPANIONS: readonly (readonly string[])[] = [
  ["linux/bpf.h", "bpf/bpf_helpers.h", "bpf/bpf_endian.h", "linux/ip.h"],
  ["linux/bpf.h", "linux/pkt_cls.h", "linux/if_ether.h", "linux/if_packet.h", "linux/ip.h", "linux/ipv6.h", "linux/in.h", "linux/in6.h", "linux/tcp.h", "linux/udp.h", "linux/icmp.h", "linux/icmpv6.h", "bpf/bpf_helpers.h", "bpf/bpf_endian.h"],
  ["vmlinux.h", "bpf/bpf_helpers.h", "bpf/bpf_tracing.h", "bpf/bpf_core_read.h", "bpf/bpf_endian.h"],
  ["linux/types.h", "linux/bpf.h", "linux/ptrace.h", "bpf/bpf_helpers.h", "bpf/bpf_tracing.h", "bpf/bpf_core_read.h"],
  ["stdint.h", "stdbool.h", "stddef.h", "linux/bpf.h", "bpf/bpf_helpers.h"],
  ["bpf/bpf_helpers.h", "linux/bpf.h", "linux/ip.h", "bpf/bpf_endian.h"],
  ["bpf/bpf_helpers.h", "vmlinux.h", "bpf/bpf_tracing.h"],
];

const PROGRAMS = ["xdp_parse.c", "kprobe_core.c", "kprobe_uapi.c"];

describe("built-in headers compile with clang-19 -target bpf -Wall", () => {
  const cc = findClang();
  const dir = cc ? writeTree(BUILTIN_HEADERS) : "";
  const args = ["-target", "bpf", "-O2", "-g", "-Wall", "-Wextra", "-Wno-unused-parameter", "-nostdinc", `-I${dir}`, "-D__TARGET_ARCH_x86"];

  it.skipIf(!cc)("each header on its own", () => {
    const bad: string[] = [];
    for (const h of Object.keys(BUILTIN_HEADERS)) {
      const r = clang([...args, "-fsyntax-only"], `#include <${h}>\n`);
      if (!r.ok || r.err) bad.push(`${h}:\n${r.err.slice(0, 1500)}`);
    }
    expect(bad).toEqual([]);
  });

  it.skipIf(!cc)("with their usual companions, in the usual orders", () => {
    const bad: string[] = [];
    for (const set of COMPANIONS) {
      const r = clang([...args, "-fsyntax-only"], set.map((h) => `#include <${h}>`).join("\n") + "\n");
      if (!r.ok || r.err) bad.push(`${set.join(" ")}:\n${r.err.slice(0, 1500)}`);
    }
    expect(bad).toEqual([]);
  });

  for (const p of PROGRAMS)
    it.skipIf(!cc)(`${p} compiles to an object with no diagnostic`, () => {
      const src = readFileSync(join(import.meta.dirname, "testdata", p), "utf8");
      const r = clang([...args, "-c", "-o", "/dev/null", `-I${dir}`], src);
      expect(r.err).toBe("");
      expect(r.ok).toBe(true);
    });
});
