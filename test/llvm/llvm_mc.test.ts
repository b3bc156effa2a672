// Differential test against LLVM 14: for every instruction form llvm-mc 14 knows, our bytes
// equal llvm-mc's for the same text; for every form llvm-objdump 14 decodes, our canonical
// text equals what it prints (with --mattr=+alu32). The lists of forms are checked both ways:
// a form left out must really be unknown to LLVM 14, so the coverage figure stays honest.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assemble, disassemble } from "../../src/core/asm/index.ts";
import { bytesToHex, encodeInsns, OPS } from "../../src/core/isa/index.ts";
import type { Insn } from "../../src/core/isa/index.ts";
import { allInstances } from "../support/forms.ts";
import { tool } from "../support/tools.ts";
import { UNKNOWN_TO_MC } from "../support/llvm14.ts";

const mc = tool("LLVM_MC", ["llvm-mc-14", "llvm-mc"]);
const objdump = tool("LLVM_OBJDUMP", ["llvm-objdump-14", "llvm-objdump"]);
const objcopy = tool("LLVM_OBJCOPY", ["llvm-objcopy-14", "llvm-objcopy"]);
const ready = !!(mc && objdump && objcopy);

const work = mkdtempSync(join(tmpdir(), "bpfplay-llvm-"));


function mcObject(text: string, name: string): string {
  const s = join(work, `${name}.s`);
  const o = join(work, `${name}.o`);
  writeFileSync(s, text);
  execFileSync(mc!, ["-triple", "bpfel", "-mcpu=v3", "-filetype=obj", s, "-o", o], { stdio: "pipe" });
  return o;
}

function textBytes(o: string): Uint8Array {
  const bin = o + ".bin";
  execFileSync(objcopy!, ["-O", "binary", "--only-section=.text", o, bin], { stdio: "pipe" });
  return new Uint8Array(readFileSync(bin));
}

/** llvm-mc on our text must give our bytes: instance by instance. */
function instancesFor(ids: (id: string) => boolean) {
  return allInstances(8, 2024)
    .filter((x) => ids(x.spec.id))
    .map((x) => {
      // llvm-mc 14 parses only `skb[rN]` for the indirect legacy load.
      const insns: Insn[] = x.spec.kind === "ldind" ? [{ ...x.insns[0], imm: 0 }] : x.insns;
      return { ...x, insns, text: disassemble(insns)[0].text };
    });
}

describe.runIf(ready)("LLVM 14 differential (llvm-mc, llvm-objdump)", () => {
  const known = OPS.filter((s) => !UNKNOWN_TO_MC.has(s.id));

  it(`llvm-mc assembles our canonical text to our bytes, for ${known.length} of ${OPS.length} forms`, () => {
    const xs = instancesFor((id) => !UNKNOWN_TO_MC.has(id));
    const theirs = textBytes(mcObject(xs.map((x) => x.text).join("\n") + "\n", "known"));
    let at = 0;
    const mismatches: string[] = [];
    for (const x of xs) {
      const ours = encodeInsns(x.insns);
      const got = theirs.slice(at, at + ours.length);
      at += ours.length;
      if (bytesToHex(got) !== bytesToHex(ours)) mismatches.push(`${x.spec.id}: '${x.text}' llvm-mc ${bytesToHex(got, " ")} ours ${bytesToHex(ours, " ")}`);
      // and our assembler reads the same text back to the same bytes
      const back = assemble(x.text);
      if (bytesToHex(encodeInsns(back.program.insns)) !== bytesToHex(ours)) mismatches.push(`${x.spec.id}: our assembler disagrees on '${x.text}'`);
    }
    expect(mismatches).toEqual([]);
    expect(at).toBe(theirs.length);
    console.log(`llvm-mc differential: ${known.length} forms, ${xs.length} instances, byte-identical`);
  });

  it("every form left out is really unknown to llvm-mc 14 (rejected, or assembled to other bytes)", () => {
    const wrongly: string[] = [];
    for (const x of instancesFor((id) => UNKNOWN_TO_MC.has(id)).filter((_, k) => k % 8 === 0)) {
      try {
        const got = textBytes(mcObject(x.text + "\n", "unknown"));
        if (bytesToHex(got) === bytesToHex(encodeInsns(x.insns))) wrongly.push(`${x.spec.id}: '${x.text}'`);
      } catch {
        // rejected: as expected
      }
    }
    expect(wrongly).toEqual([]);
  });

  it("llvm-objdump --mattr=+alu32 prints our canonical text for the forms it decodes", () => {
    // Fetch atomics, xchg and cmpxchg: llvm-mc 14 cannot parse them, but objdump 14 prints them.
    const objdumpAlso = (id: string) => /^lock_(fetch_|xchg|cmpxchg)/.test(id);
    const xs = instancesFor((id) => !UNKNOWN_TO_MC.has(id) || objdumpAlso(id));
    const quads = xs
      .flatMap((x) => x.insns)
      .map((i) => {
        const b = encodeInsns([i]);
        return ".quad 0x" + bytesToHex(b.slice().reverse());
      });
    const o = mcObject(quads.join("\n") + "\n", "quads");
    const out = execFileSync(objdump!, ["-d", "--mattr=+alu32", o], { encoding: "utf8" });
    const lines = out
      .split("\n")
      .filter((l) => /^\s*\d+:\t/.test(l))
      .map((l) => l.split("\t").slice(2).join(" ").replace(/\s*<[^<>]*>$/, "").trim());
    const mismatches: string[] = [];
    xs.forEach((x, k) => {
      if (lines[k] !== x.text) mismatches.push(`${x.spec.id}: objdump '${lines[k]}' ours '${x.text}'`);
    });
    expect(mismatches).toEqual([]);
    expect(lines.length).toBe(xs.length);
  });
});
