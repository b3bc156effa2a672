// The corpus of test/elf/progs built as a user builds it: `clang-19 -O2 -g -target bpf`, and again
// without -g, against libbpf's headers and bpfplay's own vmlinux.h (written out next to the
// objects, so CO-RE relocations name the types bpfplay resolves them against).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { vmlinuxText } from "../../src/core/cc/headers/vmlinux.ts";

export const CLANG = process.env.CLANG ?? "clang-19";
export const PROGS = join(dirname(fileURLToPath(import.meta.url)), "progs");

export interface Built {
  /** `xdp_parse` or `xdp_parse.nog` (built without -g). */
  readonly name: string;
  readonly source: string;
  readonly path: string;
  readonly bytes: Uint8Array;
}

export function clangAvailable(): { ok: true } | { ok: false; reason: string } {
  const p = spawnSync(CLANG, ["--version"], { encoding: "utf8" });
  return p.status === 0 ? { ok: true } : { ok: false, reason: `${CLANG} does not run: ${p.error?.message ?? p.stderr}` };
}

export function sources(): string[] {
  return readdirSync(PROGS)
    .filter((f) => f.endsWith(".c"))
    .sort();
}

/** clang refuses CO-RE without -g ("using builtin_preserve_access_index() without -g"). */
export const needsG = (f: string): boolean => /preserve_access_index|bpf_core_read\.h/.test(readFileSync(join(PROGS, f), "utf8"));

/** Every object's name: each source with -g, and again without it (`.nog`) unless it uses CO-RE. */
export function objectNames(): string[] {
  return sources().flatMap((f) => [f.replace(/\.c$/, ""), ...(needsG(f) ? [] : [f.replace(/\.c$/, "") + ".nog"])]);
}

/** Builds every source with and without -g into a fresh folder; `cleanup` removes it. */
export function buildCorpus(): { objects: Built[]; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "bpfplay-elf-corpus-"));
  writeFileSync(join(dir, "vmlinux.h"), vmlinuxText());
  const objects: Built[] = [];
  for (const f of sources()) {
    for (const g of needsG(f) ? [true] : [true, false]) objects.push(buildOne(f, g, dir));
  }
  return { objects, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Builds source `f` of test/elf/progs, with -g or without, into `dir` (which holds vmlinux.h); `cpu` is clang's -mcpu (its default if none). */
export function buildOne(f: string, g: boolean, dir: string, cpu?: string): Built {
  const name = f.replace(/\.c$/, "") + (g ? "" : ".nog") + (cpu ? `.${cpu}` : "");
  const path = join(dir, `${name}.o`);
  const args = ["-O2", ...(g ? ["-g"] : []), ...(cpu ? [`-mcpu=${cpu}`] : []), "-target", "bpf", "-D__TARGET_ARCH_x86", `-I${dir}`, "-I/usr/include/x86_64-linux-gnu", "-c", join(PROGS, f), "-o", path];
  const p = spawnSync(CLANG, args, { encoding: "utf8" });
  if (p.status !== 0) throw new Error(`${CLANG} ${f}: ${p.stderr}`);
  return { name, source: f, path, bytes: new Uint8Array(readFileSync(path)) };
}
