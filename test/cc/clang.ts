// The reference compiler: clang-19 -O2 -g -target bpf, every program compiled once per test
// file in two batches (one clang process each, the machine has two cores), objects cached by
// content so a second run costs nothing. Objects go through bpfplay's ELF reader.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { BUILTIN_HEADERS } from "../../src/core/cc/headers/index.ts";
import { formatObjectError, readObject } from "../../src/core/elf/read.ts";
import type { CProgram } from "./header.ts";
import type { Side } from "./side.ts";

export const CLANG = process.env.CLANG ?? "clang-19";
const CACHE = join(tmpdir(), "bpfplay-cc-clang");
const INCLUDE = join(CACHE, "include");

export function clangAvailable(): { ok: true } | { ok: false; reason: string } {
  const p = spawnSync(CLANG, ["--version"], { encoding: "utf8" });
  if (p.error || p.status !== 0) return { ok: false, reason: `${CLANG} does not run: ${p.error?.message ?? p.stderr}` };
  const t = spawnSync(CLANG, ["-print-targets"], { encoding: "utf8" });
  if (!/\bbpf\b/.test(t.stdout ?? "")) return { ok: false, reason: `${CLANG} has no bpf target` };
  return { ok: true };
}

/**
 * vmlinux.h for the tracing programs: bpfplay's built-in one, so both compilers see the same
 * kernel types (CO-RE relocations are not applied: offsets are those of this header); the
 * running kernel's BTF through bpftool if bpfplay had none.
 */
function vmlinuxHeader(): { text: string; from: string } | { error: string } {
  const text = BUILTIN_HEADERS["vmlinux.h"];
  if (text) return { text, from: "bpfplay's BUILTIN_HEADERS" };
  const p = spawnSync("bpftool", ["btf", "dump", "file", "/sys/kernel/btf/vmlinux", "format", "c"], { encoding: "utf8", maxBuffer: 64 << 20 });
  if (p.status === 0 && p.stdout) return { text: p.stdout, from: "bpftool btf dump of /sys/kernel/btf/vmlinux" };
  return { error: `no vmlinux.h: bpfplay's BUILTIN_HEADERS has none and bpftool failed: ${p.stderr ?? p.error?.message}` };
}

export let vmlinuxFrom = "";

/** clang's version text, part of every cache key: a new clang compiles everything again. */
let version: string | undefined;
const clangVersion = () => (version ??= spawnSync(CLANG, ["--version"], { encoding: "utf8" }).stdout ?? "");

function flags(cpu: 3 | 4): string[] {
  return ["-O2", "-g", "-target", "bpf", `-mcpu=v${cpu}`, "-D__TARGET_ARCH_x86", "-I", INCLUDE, "-I", "/usr/include/x86_64-linux-gnu", "-Wno-unused-function", "-Wno-unused-variable"];
}

function run(args: string[], cwd: string): Promise<{ status: number; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(CLANG, args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    p.stderr.on("data", (d) => (stderr += d));
    p.on("close", (status) => resolve({ status: status ?? -1, stderr }));
    p.on("error", (e) => resolve({ status: -1, stderr: e.message }));
  });
}

/** Compiles every program (batched, cached): each one's object bytes, or clang's error. */
export async function clangObjects(progs: readonly CProgram[]): Promise<Map<string, Uint8Array | string>> {
  mkdirSync(INCLUDE, { recursive: true });
  const out = new Map<string, Uint8Array | string>();
  const vm = vmlinuxHeader();
  if ("error" in vm) {
    for (const p of progs) if (p.source.includes("vmlinux.h")) out.set(p.name, vm.error);
  } else {
    vmlinuxFrom = vm.from;
    const path = join(INCLUDE, "vmlinux.h");
    if (!existsSync(path) || readFileSync(path, "utf8") !== vm.text) writeFileSync(path, vm.text);
  }
  const vmHash = "error" in vm ? "" : createHash("sha256").update(vm.text).digest("hex");
  const objOf = (p: CProgram) => {
    const h = createHash("sha256").update(clangVersion()).update(flags(p.header.cpu).join(" ")).update(p.source);
    const key = h.update(p.source.includes("vmlinux.h") ? vmHash : "").digest("hex").slice(0, 24);
    return join(CACHE, `${key}.o`);
  };
  const todo = progs.filter((p) => !out.has(p.name) && !existsSync(objOf(p)));
  // Two batches per cpu level, run side by side.
  const batches: CProgram[][] = [];
  for (const cpu of [3, 4] as const) {
    const list = todo.filter((p) => p.header.cpu === cpu);
    const half = Math.ceil(list.length / 2);
    batches.push(list.slice(0, half), list.slice(half));
  }
  await Promise.all(
    batches
      .filter((b) => b.length)
      .map(async (batch, n) => {
        const dir = join(CACHE, `batch-${process.pid}-${n}`);
        mkdirSync(dir, { recursive: true });
        await run([...flags(batch[0].header.cpu), "-c", ...batch.map((p) => resolve(p.file))], dir);
        for (const p of batch) {
          const o = join(dir, basename(p.name, ".c") + ".o");
          if (existsSync(o)) writeFileSync(objOf(p), readFileSync(o));
          else {
            // the batch stopped or this file failed: compile it alone for its own error text
            const r = await run([...flags(p.header.cpu), "-c", resolve(p.file), "-o", objOf(p)], dir);
            if (r.status !== 0) out.set(p.name, `clang: ${r.stderr.trim()}`);
          }
        }
        rmSync(dir, { recursive: true, force: true });
      }),
  );
  for (const p of progs) if (!out.has(p.name)) out.set(p.name, new Uint8Array(readFileSync(objOf(p))));
  return out;
}

/** Compiles every program and reads the objects with bpfplay's ELF reader. */
export async function clangAll(progs: readonly CProgram[]): Promise<Map<string, Side>> {
  const objs = await clangObjects(progs);
  const out = new Map<string, Side>();
  for (const p of progs) {
    const o = objs.get(p.name)!;
    if (typeof o === "string") {
      out.set(p.name, { ok: false, error: o });
      continue;
    }
    const r = readObject(o);
    if (!r.ok) out.set(p.name, { ok: false, error: `ELF reader: ${formatObjectError(r.error)}` });
    else out.set(p.name, { ok: true, built: { programs: r.object.programs.map((q) => ({ name: q.name ?? "", section: q.section ?? "", program: q })), maps: r.object.maps, license: r.object.license, globals: r.object.globals } });
  }
  return out;
}
