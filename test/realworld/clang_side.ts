// clang-19's side of a measurement: compile the program as its project does (-O2 -g -target bpf
// -mcpu=v3 -D__TARGET_ARCH_x86 and its -I/-D), count each program's instructions from the object's
// symbols, and ask the kernel to load the object (bpftool prog loadall, which does libbpf's CO-RE
// and map relocation), unpinning after.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Manifest } from "./manifest.ts";

export const CLANG = process.env.CLANG ?? "clang-19";
const READELF = process.env.LLVM_READELF ?? "llvm-readelf-19";
const BPFTOOL = process.env.BPFTOOL ?? "bpftool";

export interface ClangSide {
  readonly compiled: boolean;
  /** clang's first error line when it did not compile. */
  readonly error?: string;
  readonly obj?: string;
  /** Instructions per function symbol in a program section, plus `.text` (subprograms) as a whole. */
  readonly insnsBySymbol: Readonly<Record<string, number>>;
  readonly textInsns: number;
  /** bpftool prog loadall: undefined when not tried; else accepted or the tail of libbpf's log. */
  readonly kernel?: { readonly accepted: boolean; readonly log?: string };
}

export function clangArgs(m: Manifest): string[] {
  return ["-O2", "-g", "-target", "bpf", "-mcpu=v3", "-D__TARGET_ARCH_x86", ...m.define.map((d) => `-D${d}`), ...m.include.map((i) => `-I${i}`)];
}

/** Function symbols and their sizes in instructions; `.text` summed apart. */
function symbols(obj: string): { bySym: Record<string, number>; text: number } {
  const p = spawnSync(READELF, ["-sSW", obj], { encoding: "utf8" });
  const sections = new Map<string, string>(); // index → name
  for (const line of p.stdout.split("\n")) {
    const s = /^\s*\[\s*(\d+)\]\s+(\S+)/.exec(line);
    if (s) sections.set(s[1], s[2]);
  }
  const bySym: Record<string, number> = {};
  let text = 0;
  for (const line of p.stdout.split("\n")) {
    // Num: Value Size Type Bind Vis Ndx Name
    const f = /^\s*\d+:\s+[0-9a-f]+\s+(\d+)\s+FUNC\s+\S+\s+\S+\s+(\d+)\s+(\S+)/.exec(line);
    if (!f) continue;
    const insns = Number(f[1]) / 8;
    if (sections.get(f[2]) === ".text") text += insns;
    else bySym[f[3]] = insns;
  }
  return { bySym, text };
}

export function clangSide(m: Manifest, outDir: string, loadInKernel: boolean): ClangSide {
  mkdirSync(outDir, { recursive: true });
  const obj = join(outDir, `${m.source}__${m.name}.o`);
  const c = spawnSync(CLANG, [...clangArgs(m), "-c", m.file, "-o", obj], { encoding: "utf8", timeout: 120_000 });
  if (c.status !== 0) {
    const first = (c.stderr ?? "").split("\n").find((l) => l.includes("error:")) ?? c.error?.message ?? `status ${c.status}`;
    return { compiled: false, error: first, insnsBySymbol: {}, textInsns: 0 };
  }
  const { bySym, text } = symbols(obj);
  if (!loadInKernel) return { compiled: true, obj, insnsBySymbol: bySym, textInsns: text };
  const pin = `/sys/fs/bpf/rw_${process.pid}_${m.name.replace(/[^A-Za-z0-9_]/g, "_")}`;
  rmSync(pin, { recursive: true, force: true });
  const l = spawnSync(BPFTOOL, ["prog", "loadall", obj, pin], { encoding: "utf8", timeout: 120_000 });
  rmSync(pin, { recursive: true, force: true });
  const accepted = l.status === 0;
  const log = accepted ? undefined : (l.stderr ?? "")
        .split("\n")
        .filter((x) => x.trim() && !/^(Warning: bpftool is now|If it used to work|Error: failed to load object file|libbpf: failed to load object)/.test(x))
        .slice(-3)
        .join(" / ");
  return { compiled: true, obj, insnsBySymbol: bySym, textInsns: text, kernel: { accepted, log } };
}

/** Whether bpftool can pin here (bpffs mounted); mounts it when root and it is not. */
export function bpffsReady(): { ok: true } | { ok: false; reason: string } {
  const t = spawnSync("stat", ["-f", "-c", "%T", "/sys/fs/bpf"], { encoding: "utf8" });
  if (t.stdout.trim() === "bpf_fs") return { ok: true };
  const mnt = spawnSync("mount", ["-t", "bpf", "bpf", "/sys/fs/bpf"], { encoding: "utf8" });
  if (mnt.status === 0) return { ok: true };
  return { ok: false, reason: `no bpffs at /sys/fs/bpf and mount failed: ${mnt.stderr.trim()}` };
}
