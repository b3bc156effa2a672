// The C programs the event tests run (testdata/*.bpf.c) are real programs: clang-19 compiles them
// against bpfplay's built-in headers and the running kernel loads them (bpftool prog loadall: libbpf
// relocates BPF_CORE_READ against the kernel's BTF, then the verifier). So what run_events.test.ts
// shows bpfplay reading is what a loaded program would read. SKIP without clang, root or bpffs;
// a failure under CI.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLANG, findClang, writeTree } from "../../../../test/support/clang_layout.ts";
import { BUILTIN_HEADERS } from "../../cc/headers/index.ts";

function loadable(): string | undefined {
  if (!findClang()) return `${CLANG} is not installed`;
  if (process.getuid?.() !== 0) return "not root: loading BPF programs needs CAP_BPF";
  if (spawnSync("bpftool", ["version"], { stdio: "pipe" }).status !== 0) return "bpftool does not run";
  if (spawnSync("mountpoint", ["-q", "/sys/fs/bpf"]).status !== 0) return "/sys/fs/bpf is not a bpffs mount";
  return undefined;
}

const PROGRAMS: Readonly<Record<string, string>> = { "openat.bpf.c": "trace_openat", "connect.bpf.c": "trace_connect" };

describe("the event tests' C programs compile with clang and load into the kernel", () => {
  const why = loadable();
  if (why) {
    if (process.env.CI === "true") throw new Error(`FAIL under CI=true: ${why}`);
    console.warn(`SKIP: ${why}`);
  }
  for (const [file, prog] of Object.entries(PROGRAMS))
    it.skipIf(why !== undefined)(file, () => {
      const dir = writeTree({ ...BUILTIN_HEADERS, [file]: readFileSync(new URL(`./testdata/${file}`, import.meta.url), "utf8") });
      const obj = join(dir, "prog.o");
      const pin = join("/sys/fs/bpf", `bpfplay-events-${process.pid}-${file.replace(/\W/g, "_")}`);
      try {
        const c = spawnSync(CLANG, ["-target", "bpf", "-O2", "-g", "-nostdinc", `-I${dir}`, "-D__TARGET_ARCH_x86", "-c", join(dir, file), "-o", obj], { encoding: "utf8" });
        expect(c.stderr).toBe("");
        const r = spawnSync("bpftool", ["prog", "loadall", obj, pin], { encoding: "utf8" });
        expect(r.status, r.stderr.split("\n").slice(-15).join("\n")).toBe(0);
        expect(spawnSync("ls", [pin], { encoding: "utf8" }).stdout.split("\n").filter(Boolean)).toEqual([prog]);
      } finally {
        rmSync(pin, { recursive: true, force: true });
        rmSync(dir, { recursive: true, force: true });
      }
    });
});
