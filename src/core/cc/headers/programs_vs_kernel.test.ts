// Differential: programs compiled by clang-19 against the built-in headers load into the running
// kernel (bpftool prog loadall: libbpf relocates CO-RE accesses against the kernel's BTF, then the
// kernel's verifier checks each program). A field, type or flag these headers got wrong shows up
// as a relocation or verifier failure.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLANG, findClang, writeTree } from "../../../../test/support/clang_layout.ts";
import { BUILTIN_HEADERS } from "./index.ts";

function kernelLoadable(): string | undefined {
  if (process.getuid?.() !== 0) return "not root: loading BPF programs needs CAP_BPF";
  const r = spawnSync("bpftool", ["version"], { stdio: "pipe" });
  if (r.status !== 0) return "bpftool does not run (apt-get install bpftool)";
  if (spawnSync("mountpoint", ["-q", "/sys/fs/bpf"]).status !== 0) return "/sys/fs/bpf is not a bpffs mount";
  return undefined;
}

const PROGRAMS: Readonly<Record<string, readonly string[]>> = {
  "xdp_parse.c": ["xdp_parse"],
  "kprobe_core.c": ["trace_open", "trace_open_ret", "trace_connect", "trace_kill", "trace_enter", "trace_ip_rcv", "trace_vfs_read", "handle_exec"],
  "kprobe_uapi.c": ["count_read", "probe_write"],
};

describe("programs built on these headers load into the running kernel", () => {
  const cc = findClang();
  const why = kernelLoadable();
  if (cc && why) {
    if (process.env.CI === "true") throw new Error(`FAIL: ${why}`);
    console.warn(`SKIP: ${why}`);
  }
  for (const [file, progs] of Object.entries(PROGRAMS))
    it.skipIf(!cc || why !== undefined)(file, () => {
      const dir = writeTree({ ...BUILTIN_HEADERS, [file]: readFileSync(join(import.meta.dirname, "testdata", file), "utf8") });
      const obj = join(dir, "prog.o");
      const c = spawnSync(CLANG, ["-target", "bpf", "-O2", "-g", "-nostdinc", `-I${dir}`, "-D__TARGET_ARCH_x86", "-DNO_FENTRY", "-c", join(dir, file), "-o", obj], { encoding: "utf8" });
      expect(c.stderr).toBe("");
      const pin = join("/sys/fs/bpf", `bpfplay-headers-${process.pid}-${file.replace(/\W/g, "_")}`);
      try {
        const r = spawnSync("bpftool", ["prog", "loadall", obj, pin], { encoding: "utf8" });
        const log = r.stderr.split("\n").filter((l) => !/^\s*\d+: \(/.test(l)).slice(-15).join("\n");
        expect(r.status, log).toBe(0);
        const pinned = spawnSync("ls", [pin], { encoding: "utf8" }).stdout.split("\n").filter(Boolean).sort();
        expect(pinned).toEqual([...progs].sort());
      } finally {
        rmSync(pin, { recursive: true, force: true });
        rmSync(dir, { recursive: true, force: true });
      }
    });
});
