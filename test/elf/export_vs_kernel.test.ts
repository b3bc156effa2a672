// bpfplay's objects out (src/core/elf/write.ts) against libbpf and the kernel: every C program of
// test/cc/programs, compiled by bpfplay and written as an ELF object, is loaded whole by
// `bpftool prog loadall` (libbpf: sections, .text subprograms through relocations, BTF-defined
// maps, global data, .BTF.ext func and line info), runs under BPF_PROG_TEST_RUN with the r0
// bpfplay's VM gives for the same bytes, `llvm-objdump-19 -d` prints the instructions bpfplay
// wrote, and bpfplay's own reader reads the object back to the same instructions.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compile } from "../../src/core/cc/index.ts";
import { readObject } from "../../src/core/elf/read.ts";
import { writeObject } from "../../src/core/elf/write.ts";
import { execute } from "../../src/core/vm/execute.ts";
import { clangObjects } from "../cc/clang.ts";
import { parseHeader, PROGRAMS } from "../cc/header.ts";
import { PACKETS } from "../cc/packets.ts";
import { kernelAvailable } from "../kernel/reference.ts";
import { skipOrFail } from "../support/skip.ts";
import { bpftoolAvailable, loadAll, testRun, unpin } from "./libbpf.ts";

const tool = bpftoolAvailable();
const kernel = tool.ok ? kernelAvailable() : tool;
const objdump = spawnSync("llvm-objdump-19", ["--version"], { encoding: "utf8" });
const ready = tool.ok && kernel.ok && objdump.status === 0;
if (!ready) skipOrFail(`objects out vs kernel: ${!tool.ok ? tool.reason : !kernel.ok ? kernel.reason : "llvm-objdump-19 is missing (apt-get install llvm-19)"}`);

const dir = mkdtempSync(join(tmpdir(), "bpfplay-export-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PACKET_TYPES = new Set(["xdp", "sched_cls", "sched_act", "socket_filter"]);

describe.runIf(ready)("bpfplay's objects, loaded by libbpf", () => {
  const files = readdirSync(PROGRAMS).filter((f) => f.endsWith(".c")).sort();

  it("every test/cc program is written, loads whole, runs as in the VM, disassembles and reads back the same", { timeout: 900_000 }, async () => {
    let written = 0, loaded = 0, ran = 0, readBack = 0, refusedAlike = 0;
    const problems: string[] = [];
    for (const f of files) {
      const src = readFileSync(join(PROGRAMS, f), "utf8");
      const h = parseHeader(src, f);
      const r = compile(src, { file: f, cpu: h.cpu });
      if (r.diagnostics.some((d) => d.severity === "error")) {
        problems.push(`${f}: does not compile`);
        continue;
      }
      const w = writeObject({ programs: r.programs, maps: r.maps, license: r.license });
      if ("error" in w) {
        problems.push(`${f}: not written: ${w.error}`);
        continue;
      }
      written++;
      const obj = join(dir, f.replace(/\.c$/, ".o"));
      writeFileSync(obj, w.bytes);

      // The same instructions, read back by bpfplay's reader (which links as libbpf does).
      const back = readObject(w.bytes);
      if (!back.ok) problems.push(`${f}: bpfplay cannot read its own object: ${back.error.message}`);
      else {
        const same = r.programs.every((p) => {
          const q = back.object.programs.find((x) => x.name === p.name);
          return q && q.insns.length === p.program.insns.length && q.insns.slice(0, entryEnd(p.program)).every((i, k) => sameInsn(i, p.program.insns[k]));
        });
        if (same) readBack++;
        else problems.push(`${f}: read back, the instructions differ`);
      }

      // llvm-objdump decodes every section the way bpfplay wrote it.
      const dis = spawnSync("llvm-objdump-19", ["-d", "--mcpu=v4", obj], { encoding: "utf8" });
      if (dis.status !== 0 || /<unknown>|invalid/.test(dis.stdout)) problems.push(`${f}: llvm-objdump-19: ${(dis.stderr || dis.stdout).slice(0, 300)}`);

      const l = loadAll(obj, f);
      try {
        if (l.kind === "object") {
          // libbpf refuses some sections whoever wrote the object (`.bss.*`, section names it does
          // not know): then clang's object must be refused too.
          const theirs = (await clangObjects([{ file: join(PROGRAMS, f), name: f, source: src, header: h }])).get(f);
          const c = typeof theirs === "string" ? undefined : join(dir, f.replace(/\.c$/, ".clang.o"));
          if (c && theirs instanceof Uint8Array) writeFileSync(c, theirs);
          const cl = c ? loadAll(c, `${f}_clang`) : undefined;
          if (cl) unpin(cl);
          if (cl?.kind === "object") {
            refusedAlike++;
            continue;
          }
        }
        if (l.kind !== "loaded") {
          problems.push(`${f}: ${l.kind === "rejected" ? `the kernel rejects '${l.prog}': ${l.log.split("\n").slice(-3).join(" / ")}` : `libbpf refuses the object: ${l.message}`}`);
          continue;
        }
        loaded++;
        const p = r.programs.find((x) => x.name === (h.entry ?? r.programs[0].name)) ?? r.programs[0];
        const type = p.program.progType ?? "";
        if (!PACKET_TYPES.has(type) || h.loadOnly || h.inits.length || h.repeat > 1 || h.ctxHex) continue;
        const packet = h.packetHex ? new Uint8Array(Buffer.from(h.packetHex, "hex")) : PACKETS["ipv4-tcp"];
        const k = testRun(l, p.name, packet);
        const v = execute({ program: p.program, input: { packet } });
        if (!k.ran || typeof v === "string") continue;
        ran++;
        if (BigInt(k.r0) !== BigInt.asUintN(32, v.r0 ?? -1n) && BigInt(k.r0) !== v.r0) problems.push(`${f}: r0 ${k.r0} from the object, ${v.r0} in bpfplay's VM`);
      } finally {
        unpin(l);
      }
    }
    console.log(`objects out: ${files.length} programs, ${written} written, ${loaded} loaded whole by libbpf (${refusedAlike} refused by libbpf as clang's object is), ${ran} run alike, ${readBack} read back the same`);
    expect(problems).toEqual([]);
    expect(loaded + refusedAlike).toBe(files.length);
    expect(ran).toBeGreaterThan(140);
  });
});

function entryEnd(p: { insns: readonly unknown[]; functions?: readonly { start: number; end: number }[] }): number {
  return p.functions?.find((f) => f.start === 0)?.end ?? p.insns.length;
}

/** The same instruction; a 64-bit load's immediates are where the loader puts map fds, so only its opcode and register count. */
function sameInsn(a: { code: number; dst: number; src: number; off: number; imm: number }, b: { code: number; dst: number; src: number; off: number; imm: number }): boolean {
  if (a.code === 0x18 || b.code === 0x18) return a.code === b.code && a.dst === b.dst;
  // A call's offset depends on where the linker put the callee: libbpf's order, not necessarily bpfplay's.
  if (a.code === 0x85 && a.src === 1) return b.code === 0x85 && b.src === 1;
  return a.code === b.code && a.dst === b.dst && a.src === b.src && a.off === b.off && a.imm === b.imm;
}
