import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { compile, type CompileOptions, type CompileResult } from "./index.ts";
import { clearPreamble, preambleLines, preambleStats } from "./preamble.ts";

const FIREWALL = readFileSync(join(import.meta.dirname, "../../../test/bench/programs/firewall.c"), "utf8");

/** Everything a compile gives but the AST (which shares the header's symbols by design). */
const out = (r: CompileResult) =>
  JSON.stringify({ programs: r.programs, maps: r.maps, license: r.license, diagnostics: r.diagnostics }, (_, v) =>
    typeof v === "bigint" ? `${v}n` : v instanceof Uint8Array ? [...v] : v instanceof Map ? [...v] : v instanceof Set ? [...v] : v,
  );

/** The same compile from the top, with nothing saved. */
function fresh(source: string, opts: CompileOptions): string {
  clearPreamble();
  const r = out(compile(source, opts));
  clearPreamble();
  return r;
}

const stats = () => ({ ...preambleStats });
const since = (a: typeof preambleStats) => ({ resumed: preambleStats.resumed - a.resumed, saved: preambleStats.saved - a.saved, dropped: preambleStats.dropped - a.dropped });

beforeEach(() => clearPreamble());

describe("which lines are the preamble", () => {
  it("leading blank lines, comments and one-line directives", () => {
    expect(preambleLines("// a\n/* b */\n\n#include <linux/bpf.h>\n#define X 1\nint x;\n")).toBe(5);
    expect(preambleLines("#define A \\\n 1\nint x;\n")).toBe(0);
    expect(preambleLines("/* a\n b */\n#include <linux/bpf.h>\n")).toBe(0);
    expect(preambleLines("#include <linux/bpf.h> /* x\n*/ int y;\n")).toBe(0);
    expect(preambleLines("#include <linux/bpf.h>")).toBe(0);
  });
});

describe("compiling again with the same #include lines", () => {
  const opts = { file: "firewall.c" };

  it("resumes after the preamble, and gives what a compile from the top gives", () => {
    const want = fresh(FIREWALL, opts);
    const s = stats();
    expect(out(compile(FIREWALL, opts))).toBe(want);
    expect(out(compile(FIREWALL, opts))).toBe(want);
    // If this fails, preamble.ts declined to save: a field added to Parser or Preprocessor needs a kind there.
    expect(since(s)).toEqual({ resumed: 1, saved: 1, dropped: 0 });
  });

  it("every keystroke's text compiles as from the top, errors and all", () => {
    const edits = [
      FIREWALL,
      FIREWALL.replace("#define RATE_LIMIT 100", "#define RATE_LIMIT 7"),
      FIREWALL.replace("return XDP_PASS;", "return XDP_PASS"),
      FIREWALL.replace("__u32 saddr;", "__u32 saddr; int saddr;"),
      FIREWALL + "\nSEC(\"xdp\") int second(struct xdp_md *ctx) { return bpf_get_prandom_u32() & 1; }\n",
      FIREWALL.replace("#include <bpf/bpf_endian.h>\n", ""),
      "#include <linux/bpf.h>\n#include <bpf/bpf_helpers.h>\nstatic long (*bpf_trace_printk)(const char *fmt, __u32 fmt_size, ...) = (void *) 6;\nSEC(\"xdp\") int f(void *c) { return undeclared; }\n",
      FIREWALL,
    ];
    const want = edits.map((e) => fresh(e, opts));
    const s = stats();
    for (let round = 0; round < 2; round++) edits.forEach((e, k) => expect(out(compile(e, opts)), `edit ${k}`).toBe(want[k]));
    // The #define lines at the top are part of the preamble: edit 1 and the next one start from the top.
    expect(since(s).resumed).toBe(5);
  });

  it("a struct the user completes that a header declared is not kept completed for the next compile", () => {
    const head = "#include <linux/bpf.h>\n#include <bpf/bpf_helpers.h>\n#include <bpf/bpf_tracing.h>\n";
    const defines = head + "struct pt_regs { long di; };\nSEC(\"kprobe/f\") int f(struct pt_regs *r) { return r->di; }\nchar LICENSE[] SEC(\"license\") = \"GPL\";\n";
    const uses = head + "SEC(\"kprobe/f\") int f(struct pt_regs *r) { return sizeof(struct pt_regs); }\nchar LICENSE[] SEC(\"license\") = \"GPL\";\n";
    const o = { file: "k.c" };
    const wantUses = fresh(uses, o);
    expect(wantUses).toContain("incomplete type");
    const wantDefines = fresh(defines, o);
    const s = stats();
    expect(out(compile(uses, o))).toBe(wantUses); // saves
    expect(out(compile(defines, o))).toBe(wantDefines); // resumes, completes the header's struct: dropped
    expect(out(compile(uses, o))).toBe(wantUses);
    expect(since(s)).toEqual({ resumed: 1, saved: 2, dropped: 1 });
  });

  it("a changed -D, cpu or included file is not resumed from", () => {
    const files: Record<string, string> = { "dir/inc.h": "#define V 1\n" };
    const reader = { read: (p: string) => files[p] };
    const src = '#include "inc.h"\n#include <linux/bpf.h>\n#include <bpf/bpf_helpers.h>\nSEC("xdp") int f(void *c) { return V + W; }\nchar LICENSE[] SEC("license") = "GPL";\n';
    const o = { file: "dir/p.c", reader, defines: { W: "2" } };
    const want = fresh(src, o);
    compile(src, o);
    expect(out(compile(src, o))).toBe(want);
    for (const other of [{ ...o, defines: { W: "3" } }, { ...o, cpu: 3 as const }]) {
      const w = fresh(src, other);
      compile(src, o);
      expect(out(compile(src, other))).toBe(w);
    }
    compile(src, o);
    files["dir/inc.h"] = "#define V 5\n";
    const w = fresh(src, o);
    compile(src, o);
    files["dir/inc.h"] = "#define V 1\n";
    compile(src, o);
    files["dir/inc.h"] = "#define V 5\n";
    expect(out(compile(src, o))).toBe(w);
    expect(w).not.toBe(want);
  });
});
