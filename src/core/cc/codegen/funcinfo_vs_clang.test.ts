// func_info of bpfplay's compile against the ELF reader's of clang-19's -O2 -g object of the same
// C: every function both keep out of line has the same linkage, signature (the verifier verifies
// a global function from it) and prototype text, and bpfplay's exported object reads back to the
// same linkage and signature (its BTF keeps only what the kernel reads: `int` for every integer).
// Sources: the global-function corpus of test/elf/progs and a few prototypes written here.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readObject } from "../../elf/read.ts";
import { writeObject } from "../../elf/write.ts";
import type { FuncInfo } from "../../program.ts";
import { compile } from "../index.ts";

const CLANG = process.env.CLANG ?? "clang-19";
const have = spawnSync(CLANG, ["--version"]).status === 0;
if (!have) {
  if (process.env.CI === "true") throw new Error(`${CLANG} is missing, and CI installs it`);
  console.warn(`SKIP: ${CLANG} is not installed`);
}
const PROGS = join(__dirname, "../../../../test/elf/progs");
const dir = mkdtempSync(join(tmpdir(), "bpfplay-funcinfo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEAD = "#include <linux/bpf.h>\n#include <bpf/bpf_helpers.h>\n";
/** Prototypes the corpus does not have: widths, typedefs, records, void, enums, static functions, a const pointee, arrays. */
const WRITTEN: Record<string, string> = {
  protos: `${HEAD}
typedef unsigned int u32;
struct pair { __u64 a; __u32 b; };
union either { __u32 x; __u64 y; };
enum color { RED, GREEN };
struct fwd;
__noinline int widths(char c, unsigned short s, long l, _Bool b, enum color e) { return c + s + l + b + e; }
__noinline int wide(__u64 u, short c) { return u + c; }
__noinline int pointers(struct pair *p, const __u32 *q, u32 *r, void *v, union either *w) { return (p ? 1 : 0) + (q ? 2 : 0) + (r ? 4 : 0) + (v ? 8 : 0) + (w ? 16 : 0); }
__noinline int bytes_of(unsigned char *bytes) { return bytes ? 32 : 0; }
__noinline int arrays(__u32 (*rows)[4], struct fwd *f) { return (rows ? 1 : 0) + (f ? 2 : 0); }
__u32 sink;
__noinline void nothing(__u32 *p) { if (p) sink = *p; }
static __noinline int hidden(int x) { return x * 3; }
__noinline int ctx_arg(struct xdp_md *ctx, int n) { return ctx->data_end - ctx->data + n; }
SEC("xdp")
int protos(struct xdp_md *ctx)
{
	struct pair p = {};
	__u32 q = 1, rows[2][4] = {};
	union either w = {};
	unsigned char bytes[3] = {};
	nothing(&q);
	return widths(1, 2, 3, 1, GREEN) + wide(4, 5) + pointers(&p, &q, &q, &p, &w) + bytes_of(bytes) + arrays(rows, 0) + hidden(ctx->ingress_ifindex) + ctx_arg(ctx, 2) > 100 ? XDP_DROP : XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
`,
  kprobe: `${HEAD}#include <bpf/bpf_tracing.h>
typedef struct pt_regs regs_t;
__noinline int regs(struct pt_regs *regs, regs_t *user) { return (regs ? 1 : 0) + (user ? 2 : 0); }
SEC("kprobe/do_nanosleep")
int probe(struct pt_regs *ctx) { return regs(ctx, ctx); }
char LICENSE[] SEC("license") = "GPL";
`,
};

function clangObject(name: string, source: string): Uint8Array {
  const c = join(dir, `${name}.c`);
  writeFileSync(c, source);
  const o = join(dir, `${name}.o`);
  const p = spawnSync(CLANG, ["-O2", "-g", "-target", "bpf", "-D__TARGET_ARCH_x86", "-I/usr/include/x86_64-linux-gnu", "-c", c, "-o", o], { encoding: "utf8" });
  if (p.status !== 0) throw new Error(`${CLANG} ${name}: ${p.stderr}`);
  return new Uint8Array(readFileSync(o));
}

const shape = (f: FuncInfo) => ({ name: f.name, linkage: f.linkage, sig: f.sig });
/** With the prototype's text, as the Program pane shows it (cc spells `signed char` as `char`: not tested). */
const shown = (f: FuncInfo) => ({ ...shape(f), proto: f.proto });

const corpus = readdirSync(PROGS).filter((f) => /^xdp_global_.*\.c$/.test(f)).sort();
const cases: [string, string][] = [...corpus.map((f): [string, string] => [f.replace(/\.c$/, ""), readFileSync(join(PROGS, f), "utf8")]), ...Object.entries(WRITTEN)];

describe.runIf(have)("func_info: bpfplay's compile vs clang's object read back", () => {
  it.each(cases)("%s", (name, source) => {
    const ours = compile(source, { file: `${name}.c` });
    expect(ours.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const theirs = readObject(clangObject(name, source));
    if (!theirs.ok) throw new Error(theirs.error.message);
    let compared = 0;
    for (const p of ours.programs) {
      const q = theirs.object.programs.find((x) => x.name === p.name);
      expect(q, p.name).toBeDefined();
      const mine = p.program.funcInfo ?? [];
      // one record per function placed in the program, the entry at 0
      expect(mine.map((f) => f.pc)).toEqual((p.program.functions ?? []).map((f) => f.start));
      for (const f of mine) {
        const c = q!.funcInfo?.find((x) => x.name === f.name);
        // clang inlined it (a function called once that is not __noinline): nothing to compare
        if (!c) continue;
        compared++;
        expect(shown(f)).toEqual(shown(c));
      }
      // a __noinline function is out of line in both
      for (const m of source.matchAll(/__noinline\s+\w+\s+(\w+)\s*\(/g)) {
        if (mine.some((f) => f.name === m[1])) expect(q!.funcInfo?.some((c) => c.name === m[1]), m[1]).toBe(true);
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it.each(cases)("%s: bpfplay's exported object reads back to its func_info", (name, source) => {
    const ours = compile(source, { file: `${name}.c` });
    const w = writeObject({ programs: ours.programs, maps: ours.maps, license: ours.license });
    if ("error" in w) throw new Error(w.error);
    const back = readObject(w.bytes);
    if (!back.ok) throw new Error(back.error.message);
    for (const p of ours.programs) {
      const q = back.object.programs.find((x) => x.name === p.name);
      expect((q?.funcInfo ?? []).map((f) => ({ ...shape(f), pc: f.pc }))).toEqual((p.program.funcInfo ?? []).map((f) => ({ ...shape(f), pc: f.pc })));
    }
  });
});
