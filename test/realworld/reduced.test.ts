// Reduced cases of bpfplay failures met in real eBPF programs (README.md): each reduced/*.c is valid
// C that clang-19 compiles and the kernel loads. bpfplay must compile it, its verifier must accept
// every program, and the kernel must load bpfplay's bytecode; a second line `// size: at most N x clang`
// bounds its instructions against clang-19's. A file whose second line is
// `// expect: located error` holds a program type bpfplay does not run: there the compiler must answer
// with an error that has a file and line (no crash, no silence). Known failures (known_failing.ts)
// must still fail; one that passes fails the test so its entry gets deleted.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { kernelAvailable } from "../kernel/reference.ts";
import { bpfplaySide } from "./bpfplay_side.ts";
import { bpffsReady, CLANG, clangSide } from "./clang_side.ts";
import { kernelLoads } from "./kernel_load.ts";
import { KNOWN_FAILING } from "./known_failing.ts";
import type { Manifest } from "./manifest.ts";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "reduced");
const cases = readdirSync(DIR).filter((f) => f.endsWith(".c")).sort();
const wantsError = (f: string) => /^\/\/ expect: located error/m.test(readFileSync(join(DIR, f), "utf8").split("\n")[1] ?? "");
const manifest = (f: string, include: string[] = []): Manifest => ({
  source: "reduced", name: f.slice(0, -2), file: join(DIR, f), include, define: [], expect: wantsError(f) ? "unsupported" : "supported",
});

const kernel = kernelAvailable();
if (!kernel.ok) {
  if (process.env.CI === "true") throw new Error(`bpf() is required under CI: ${kernel.reason}`);
  console.warn(`SKIP: the kernel checks of the reduced cases: ${kernel.reason}`);
}

const clangOk = (() => {
  const v = spawnSync(CLANG, ["--version"], { encoding: "utf8" });
  return v.status === 0 ? { ok: true as const } : { ok: false as const, reason: `${CLANG} does not run: ${v.error?.message ?? v.stderr}` };
})();
const SYS = ["/usr/include/x86_64-linux-gnu"];

/** What goes wrong with bpfplay on one case, by stage; empty when all is well. */
type Problem = { stage: "compile" | "verifier" | "kernel" | "size"; text: string };

function problems(f: string): Problem[] {
  const b = bpfplaySide(manifest(f));
  if (b.crash) return [{ stage: "compile", text: `crash: ${b.crash}` }];
  if (wantsError(f)) {
    if (b.compiled) return [{ stage: "compile", text: "compiled, but a located error was expected" }];
    return b.errors.some((e) => /:\d+:\d+: /.test(e)) ? [] : [{ stage: "compile", text: `no located error: ${b.errors.join("; ")}` }];
  }
  if (!b.compiled) return b.errors.map((text) => ({ stage: "compile" as const, text }));
  const v4 = b.programs.filter((p) => p.v4).map((p) => ({ stage: "compile" as const, text: `${p.name}: cpu v4 instruction at -mcpu=v3: ${p.v4}` }));
  if (v4.length) return v4;
  const out = b.programs.filter((p) => !p.verified).map((p) => ({ stage: "verifier" as const, text: `${p.name}: ${p.verifierError ?? `no program type for '${p.section}'`}` }));
  if (out.length) return out;
  if (kernel.ok) {
    const k = kernelLoads(b);
    if (!k.accepted) return [{ stage: "kernel", text: k.log ?? "rejected" }];
  }
  return sizeProblems(f, b);
}

/** `// size: at most N x clang` on line 2: each program's instructions against clang-19's (symbol plus .text). */
function sizeProblems(f: string, b: ReturnType<typeof bpfplaySide>): Problem[] {
  const bound = /^\/\/ size: at most ([\d.]+) x clang/.exec(readFileSync(join(DIR, f), "utf8").split("\n")[1] ?? "");
  if (!bound) return [];
  if (!clangOk.ok) {
    console.warn(`SKIP: ${f}: its size bound needs clang: ${clangOk.reason}`);
    return [];
  }
  const c = clangSide(manifest(f, SYS), join("/tmp", `bpfplay-reduced-${process.pid}`), false);
  if (!c.compiled) return [{ stage: "size", text: `clang-19 does not compile it: ${c.error}` }];
  const out: Problem[] = [];
  for (const p of b.programs) {
    const theirs = (c.insnsBySymbol[p.name] ?? 0) + c.textInsns;
    if (p.insns > Number(bound[1]) * theirs) out.push({ stage: "size", text: `${p.name}: ${p.insns} instructions, clang-19 ${theirs}` });
  }
  return out;
}

describe("reduced cases from real programs: bpfplay compiles, verifies and the kernel loads", () => {
  it("every known failure names a case that exists", () => {
    expect(Object.keys(KNOWN_FAILING).filter((n) => !cases.includes(`${n}.c`))).toEqual([]);
  });
  for (const f of cases) {
    const name = f.slice(0, -2);
    const known = KNOWN_FAILING[name];
    it(known ? `${name} (known failing: ${known.reason})` : name, () => {
      const ps = problems(f);
      if (known) {
        if (known.stage === "kernel" && !kernel.ok) {
          console.warn(`SKIP: ${name}: its known failure is in the kernel and bpf() is unavailable`);
          return;
        }
        expect(ps.length, `${name} now passes: delete it from KNOWN_FAILING`).toBeGreaterThan(0);
        expect(ps[0].stage, `${name} now fails at another stage (${ps.map((p) => p.text).join("; ")}): update KNOWN_FAILING`).toBe(known.stage);
        return;
      }
      expect(ps.map((p) => `${p.stage}: ${p.text}`)).toEqual([]);
    });
  }
});

// The cases stay honest: clang-19 compiles each and the kernel loads clang's object.
const bpffs = kernel.ok ? bpffsReady() : kernel;
if (!clangOk.ok || !bpffs.ok) {
  const reason = !clangOk.ok ? clangOk.reason : !bpffs.ok ? bpffs.reason : "";
  if (process.env.CI === "true") throw new Error(`clang-19 and bpffs are required under CI: ${reason}`);
  console.warn(`SKIP: clang's side of the reduced cases: ${reason}`);
}

describe.runIf(clangOk.ok && bpffs.ok)("reduced cases are valid: clang-19 compiles them and the kernel loads clang's object", () => {
  for (const f of cases.filter((c) => !wantsError(c))) {
    it(f, () => {
      const c = clangSide(manifest(f, SYS), join("/tmp", `bpfplay-reduced-${process.pid}`), true);
      expect(c.error ?? "").toBe("");
      expect(c.kernel?.log ?? "").toBe("");
      expect(c.kernel?.accepted).toBe(true);
    });
  }
});
