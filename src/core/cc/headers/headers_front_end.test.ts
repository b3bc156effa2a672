// bpfplay's own front end reads every built-in header, alone and with its companions, and the
// test programs, with no diagnostic: what clang accepts (headers_vs_clang.test.ts), it must too.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../parse.ts";
import { preprocess } from "../preprocess.ts";
import { BUILTIN_HEADERS } from "./index.ts";

function front(source: string, file = "prog.c"): string[] {
  const pp = preprocess(source, { file, defines: { __TARGET_ARCH_x86: "1" } });
  const parsed = parse(pp.tokens, { file, pragmas: pp.pragmas });
  return [...pp.diagnostics, ...parsed.diagnostics].map((d) => `${d.span?.file ?? file}:${d.span?.line ?? "?"}:${d.span?.column ?? "?"}: ${d.severity}: ${d.message}`);
}

describe("the front end reads the built-in headers", () => {
  for (const h of Object.keys(BUILTIN_HEADERS))
    it(`#include <${h}>`, () => {
      expect(front(`#include <${h}>\n`)).toEqual([]);
    });

  it("vmlinux.h with libbpf's headers", () => {
    expect(front(["vmlinux.h", "bpf/bpf_helpers.h", "bpf/bpf_tracing.h", "bpf/bpf_core_read.h", "bpf/bpf_endian.h"].map((h) => `#include <${h}>`).join("\n") + "\n")).toEqual([]);
  });

  it("vmlinux.h after bpf_helpers.h (its typedefs come twice, identically)", () => {
    expect(front("#include <bpf/bpf_helpers.h>\n#include <vmlinux.h>\n#include <bpf/bpf_tracing.h>\n")).toEqual([]);
  });

  for (const p of ["xdp_parse.c", "kprobe_core.c", "kprobe_uapi.c"])
    it(`testdata/${p}`, () => {
      expect(front(readFileSync(join(import.meta.dirname, "testdata", p), "utf8"), p)).toEqual([]);
    });
});
