// Global functions compiled by bpfplay's C compiler, three ways, against the kernel: for every
// xdp_global_*.c of test/elf/progs (non-static __noinline functions taking pointers checked or not
// for NULL, the context, scalars whose bounds only the caller knew, .rodata settings, ...),
// bpfplay's verdict on its own compile (func_info with linkage and prototypes, so each global
// function is verified on its own) equals the kernel's on clang-19's -O2 -g object of the same
// source, and the kernel's on the object bpfplay exports (src/core/elf/write.ts), loaded by libbpf.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compile } from "../../src/core/cc/index.ts";
import { writeObject } from "../../src/core/elf/write.ts";
import { verify } from "../../src/core/verifier/index.ts";
import { kernelAvailable } from "../kernel/reference.ts";
import { skipOrFail } from "../support/skip.ts";
import { CLANG, clangAvailable, PROGS } from "./build.ts";
import { bpftoolAvailable, loadAll, unpin } from "./libbpf.ts";
import type { LoadAll } from "./libbpf.ts";
import { errorLine } from "./sides.ts";
import type { Verdict } from "./sides.ts";

const clang = clangAvailable();
const tool = clang.ok ? bpftoolAvailable() : clang;
const kernel = tool.ok ? kernelAvailable() : tool;
const ready = clang.ok && tool.ok && kernel.ok;
if (!ready) skipOrFail(`cc global functions vs kernel: ${!clang.ok ? clang.reason : !tool.ok ? tool.reason : !kernel.ok ? kernel.reason : ""}`);

const dir = mkdtempSync(join(tmpdir(), "bpfplay-ccglobal-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files = readdirSync(PROGS).filter((f) => /^xdp_global_.*\.c$/.test(f)).sort();

const kernelVerdict = (l: LoadAll): Verdict => (l.kind === "loaded" ? { kind: "loaded" } : l.kind === "rejected" ? { kind: "rejected", prog: l.prog, message: errorLine(l.log) } : l);

function kernelOn(obj: string, tag: string): Verdict {
  const l = loadAll(obj, tag);
  try {
    return kernelVerdict(l);
  } finally {
    unpin(l);
  }
}

const show = (v: Verdict) => (v.kind === "loaded" ? "loaded" : v.kind === "rejected" ? `rejected '${v.prog}': ${v.message.split("\n").pop()}` : `refused: ${v.message}`);
/** The same outcome; for a rejection, the same program and bpfplay's message among the kernel's error lines. */
const same = (mine: Verdict, theirs: Verdict) =>
  mine.kind === theirs.kind && (mine.kind !== "rejected" || (theirs.kind === "rejected" && mine.prog === theirs.prog && theirs.message.split("\n").includes(mine.message)));

describe.runIf(ready)("bpfplay's compile of global functions: its verdict, the kernel's on clang's object and on bpfplay's", () => {
  it.each(files)("%s", (f) => {
    const source = readFileSync(join(PROGS, f), "utf8");
    const r = compile(source, { file: f });
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    // bpfplay: the programs in order, as libbpf loads them, the first rejection the verdict
    let mine: Verdict = { kind: "loaded" };
    for (const p of r.programs) {
      expect(p.program.funcInfo?.length, "func_info").toBe(p.program.functions?.length);
      const v = verify(p.program, { progType: p.program.progType!, logLevel: 0 });
      if (!v.accepted) {
        mine = { kind: "rejected", prog: p.name, message: v.diagnostics[0]?.message ?? "" };
        break;
      }
    }
    const clangObj = join(dir, f.replace(/\.c$/, ".clang.o"));
    const c = spawnSync(CLANG, ["-O2", "-g", "-target", "bpf", "-I/usr/include/x86_64-linux-gnu", "-c", join(PROGS, f), "-o", clangObj], { encoding: "utf8" });
    expect(c.status, c.stderr).toBe(0);
    const theirs = kernelOn(clangObj, `${f}_clang`);
    const w = writeObject({ programs: r.programs, maps: r.maps, license: r.license });
    if ("error" in w) throw new Error(w.error);
    const oursObj = join(dir, f.replace(/\.c$/, ".bpfplay.o"));
    writeFileSync(oursObj, w.bytes);
    const exported = kernelOn(oursObj, `${f}_bpfplay`);
    console.log(`${f}: bpfplay ${show(mine)}; kernel on clang's ${show(theirs)}; kernel on bpfplay's ${show(exported)}`);
    // clang's instructions are not bpfplay's: a rejection's message names an instruction, so against
    // clang's object the verdict is the outcome and the program; against bpfplay's own object, the message too
    expect({ mine: show(mine), agree: mine.kind === theirs.kind && (mine.kind !== "rejected" || (theirs.kind === "rejected" && mine.prog === theirs.prog)) }).toEqual({ mine: show(mine), agree: true });
    expect({ exported: show(exported), agree: same(mine, exported) }).toEqual({ exported: show(exported), agree: true });
  }, 120_000);
});
