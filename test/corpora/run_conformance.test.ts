// bpf_conformance and uBPF: every runnable program gives the expected 64-bit r0 through
// `bpfplay run --no-verify --mem-hex`, the way upstream's runner feeds a plugin.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../support/cli.ts";
import { parseDataFile } from "./dataFile.ts";
import type { DataFile } from "./dataFile.ts";
import { corpus } from "./paths.ts";

const hex = (b: Uint8Array | undefined) => Buffer.from(b ?? new Uint8Array(0)).toString("hex");

function runData(name: string, data: DataFile, asm: string) {
  const r = cli(["run", `${name}.s`, "--dialect", "ubpf", "--no-verify", "--mem-hex", hex(data.mem), "--json"], { [`${name}.s`]: asm });
  const out = r.json();
  return { status: r.status, r0: out.result?.r0 === null || out.result?.r0 === undefined ? undefined : BigInt(out.result.r0), out, stderr: r.stderr };
}

const conf = corpus("bpf_conformance");
describe.runIf(conf)("bpf_conformance tests/*.data run to the expected r0", () => {
  const files = conf ? readdirSync(join(conf, "tests")).filter((f) => f.endsWith(".data")) : [];
  it("has 313 programs", () => expect(files.length).toBe(313));
  for (const f of files) {
    it(f, () => {
      const data = parseDataFile(readFileSync(join(conf!, "tests", f), "utf8"));
      const r = runData(f, data, data.asm!);
      expect(r.out.errors, JSON.stringify(r.out.errors)).toEqual([]);
      expect(r.r0?.toString(16)).toBe(data.result!.toString(16));
    });
  }
});

const ubpf = corpus("ubpf");
describe.runIf(ubpf)("uBPF tests: the programs that need no uBPF-only helper run to the expected r0", () => {
  // helpers/ and extensions/ call uBPF's own helpers (gather_bytes, memfrob, strcmp_ext, unwind);
  // errors/ are loader errors; reload/unload_reload test uBPF's C API; stack2 and string-stack
  // call uBPF's memfrob, gather_bytes and strcmp_ext.
  const skip = new Set(["reload.data", "unload_reload.data", "stack2.data", "string-stack.data"]);
  const files = ubpf ? [...readdirSync(join(ubpf, "tests")).filter((f) => f.endsWith(".data") && !skip.has(f)), ...readdirSync(join(ubpf, "tests/tcp-port-80")).map((f) => `tcp-port-80/${f}`).filter((f) => f.endsWith(".data")), ...readdirSync(join(ubpf, "tests/tcp-sack")).map((f) => `tcp-sack/${f}`).filter((f) => f.endsWith(".data"))] : [];
  it("finds them", () => expect(files.length).toBeGreaterThanOrEqual(45));
  for (const f of files) {
    it(f, () => {
      const path = join(ubpf!, "tests", f);
      const text = readFileSync(path, "utf8");
      const data = parseDataFile(text);
      const asm = data.asmInclude ? readFileSync(join(path, "..", data.asmInclude), "utf8") : data.asm;
      let mem = data.mem;
      const memInclude = /-- mem @ (\S+)/.exec(text)?.[1];
      if (memInclude) {
        // a tcpdump -x dump: drop the "0x0000:" offsets, keep the 4-digit groups
        const dump = readFileSync(join(path, "..", memInclude), "utf8");
        mem = Uint8Array.from(dump.split("\n").flatMap((l) => l.replace(/^\s*0x[0-9a-f]+:/i, "").trim().split(/\s+/).filter(Boolean).flatMap((g) => g.match(/../g) ?? [])), (h) => parseInt(h, 16));
      }
      if (data.raw && !asm) {
        expect(data.raw.length).toBeGreaterThan(0);
        return;
      }
      const r = runData(f.replace("/", "_"), { ...data, mem }, asm!);
      if (data.result === undefined) return;
      expect(r.out.errors, JSON.stringify(r.out.errors)).toEqual([]);
      expect(r.r0?.toString(16)).toBe(data.result.toString(16));
    });
  }
});
