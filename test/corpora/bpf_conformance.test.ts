// bpf_conformance: every tests/*.data program, assembled with our uBPF dialect, must give
// exactly the bytes of derived/bytecode.json (checked upstream against bpf_conformance's own assembler).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assemble } from "../../src/core/asm/index.ts";
import { bytesToHex, encodeInsns } from "../../src/core/isa/index.ts";
import { corpus } from "./paths.ts";
import { parseDataFile } from "./dataFile.ts";

interface Derived {
  name: string;
  file: string;
  program_hex: string;
  n_slots: number;
}

const dir = corpus("bpf_conformance");

describe.runIf(dir)("bpf_conformance tests/*.data assemble byte-exactly (uBPF dialect vs derived/bytecode.json)", () => {
  const derived: Derived[] = dir ? JSON.parse(readFileSync(join(dir, "derived/bytecode.json"), "utf8")).tests : [];
  it("has all 313 programs", () => expect(derived.length).toBe(313));
  for (const t of derived) {
    it(t.file, () => {
      const data = parseDataFile(readFileSync(join(dir!, t.file), "utf8"));
      if (data.raw) {
        // `-- raw` takes precedence: each word is one little-endian slot read as a u64.
        const hex = data.raw.map((w) => bytesToHex(new Uint8Array(new BigUint64Array([w]).buffer))).join("");
        expect(hex).toBe(t.program_hex);
      }
      const r = assemble(data.asm ?? "", { dialect: "ubpf" });
      expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(bytesToHex(encodeInsns(r.program.insns))).toBe(t.program_hex);
    });
  }
});
