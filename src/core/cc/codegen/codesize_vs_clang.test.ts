// bpfplay's code generator against clang-19 -O2 on the golden programs: the same r0 after a run
// in bpfplay's VM (clang's object read by bpfplay's ELF reader), and the code size
// ratio (instructions, ld_imm64 counted once), printed per program with the median.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readObject } from "../../elf/read.ts";
import { decodeAll } from "../../isa/decode.ts";
import type { MapDef, Program } from "../../program.ts";
import { execute } from "../../vm/index.ts";
import { compile } from "../index.ts";

const CLANG = process.env.CLANG ?? "clang-19";
const have = spawnSync(CLANG, ["--version"]).status === 0;
if (!have) {
  if (process.env.CI === "true") throw new Error(`${CLANG} is missing, and CI installs it`);
  console.warn(`SKIP: ${CLANG} is not installed`);
}
const DIR = join(__dirname, "..", "testdata");
const tmp = mkdtempSync(join(tmpdir(), "bpfplay-cc-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// A 64-byte Ethernet/IPv4/TCP frame to port 22 (bytes 12-13 0x0800, protocol 6 at 23).
const PACKET = Uint8Array.from(
  "0000000000020000000000010800450000320001000040067ab40a0000010a000002d431001600000000000000005002200091d500000000000000000000000000".match(/../g)!,
  (b) => parseInt(b, 16),
);

const cpuOf = (src: string): 1 | 2 | 3 | 4 => Number(/^\/\/ cpu: (\d)/m.exec(src)?.[1] ?? 3) as 1 | 2 | 3 | 4;
const count = (p: Program) => decodeAll(p.insns).length;

function runVm(p: Program, maps: readonly MapDef[]) {
  const init = maps.filter((m) => m.init).map((m) => ({ map: m.name, key: new Uint8Array(4), value: m.init! }));
  const r = execute({ program: { ...p, maps }, progType: p.progType ?? "xdp", input: { packet: PACKET, ctx: new Uint8Array(168) }, init });
  if (typeof r === "string") return r;
  // Global data is laid out by each compiler its own way: test/cc compares it variable by variable.
  return { r0: r.r0 === undefined ? "fault" : String(BigInt.asUintN(32, r.r0)), fault: r.fault ? String(r.fault.message ?? r.fault) : undefined };
}

describe.runIf(have)("code generator vs clang-19 -O2", () => {
  const ratios: { name: string; ours: number; clang: number }[] = [];
  const files = readdirSync(DIR).filter((f) => f.endsWith(".c")).sort();
  for (const f of files) {
    it(f, () => {
      const src = readFileSync(join(DIR, f), "utf8");
      const cpu = cpuOf(src);
      const o = join(tmp, f.replace(/\.c$/, ".o"));
      const c = spawnSync(CLANG, ["-O2", "-g", "-target", "bpf", `-mcpu=v${cpu}`, "-D__TARGET_ARCH_x86", "-I/usr/include/x86_64-linux-gnu", "-c", join(DIR, f), "-o", o], { encoding: "utf8" });
      expect(c.status, c.stderr).toBe(0);
      const obj = readObject(new Uint8Array(readFileSync(o)));
      if (!obj.ok) throw new Error(obj.error.message);
      const ours = compile(src, { file: f, cpu });
      expect(ours.diagnostics.filter((d) => d.severity === "error").map((d) => d.message)).toEqual([]);
      for (const p of ours.programs) {
        const theirs = obj.object.programs.find((q) => q.name === p.name);
        expect(theirs, `clang has no program ${p.name}`).toBeDefined();
        ratios.push({ name: `${f}:${p.name}`, ours: count(p.program), clang: count(theirs!) });
        const a = runVm(p.program, ours.maps), b = runVm(theirs!, obj.object.maps);
        expect(a, `${p.name}: bpfplay vs clang in the VM`).toEqual(b);
      }
    });
  }
  afterAll(() => {
    if (!ratios.length) return;
    const rs = ratios.map((r) => r.ours / r.clang).sort((a, b) => a - b);
    const median = rs[Math.floor(rs.length / 2)];
    const lines = ratios.map((r) => `${r.name.padEnd(40)} ${String(r.ours).padStart(4)} ${String(r.clang).padStart(4)}  ${(r.ours / r.clang).toFixed(2)}`);
    const total = ratios.reduce((s, r) => s + r.ours, 0) / ratios.reduce((s, r) => s + r.clang, 0);
    console.log(`program                                    ours clang ratio\n${lines.join("\n")}\nmedian ${median.toFixed(2)}, total ${total.toFixed(2)}`);
  });
});
