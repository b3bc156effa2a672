// Rejections: the bpf_conformance assembler meta-tests (negative/), its reserved-field cases
// (negative/unused-*), and uBPF's loader errors that are about encoding (tests/errors).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assemble } from "../../src/core/asm/index.ts";
import { decodeAll, insn, readSlot } from "../../src/core/isa/index.ts";
import type { Insn } from "../../src/core/isa/index.ts";
import { parseDataFile } from "./dataFile.ts";
import { corpus } from "./paths.ts";

const conf = corpus("bpf_conformance");
const ubpf = corpus("ubpf");

describe.runIf(conf)("bpf_conformance negative/: the assembler rejects each, on the line at fault", () => {
  const cases = ["invalid_register", "invalid_offset", "invalid_offset_range", "invalid_imm32_dec_range", "invalid_imm32_hex_range", "invalid_operand_count", "invalid_label", "invalid_mnemonic", "invalid_lock", "invalid_lock2"];
  for (const name of cases) {
    it(`${name}.data`, () => {
      const data = parseDataFile(readFileSync(join(conf!, "negative", `${name}.data`), "utf8"));
      const errors = assemble(data.asm ?? "", { dialect: "ubpf" }).diagnostics.filter((d) => d.severity === "error");
      expect(errors.length).toBeGreaterThan(0);
      const firstLine = (data.asm ?? "").split("\n").findIndex((l) => l.replace(/#.*/, "").trim() !== "") + 1;
      expect(errors[0].span?.line).toBe(firstLine);
    });
  }
});

describe.runIf(conf)("bpf_conformance negative/unused-*: a non-zero reserved field makes the instruction invalid", () => {
  const files = conf ? readdirSync(join(conf, "negative")).filter((f) => f.startsWith("unused-")) : [];
  it("has 45 files", () => expect(files.length).toBe(45));
  for (const f of files) {
    it(f, () => {
      const data = parseDataFile(readFileSync(join(conf!, "negative", f), "utf8"));
      const slots = data.rawLines!.map((l) => readSlot(Uint8Array.from(l.split(/\s+/), (h) => parseInt(h, 16)), 0));
      const d = decodeAll(slots);
      expect(d[0].valid, JSON.stringify(slots[0])).toBe(false);
      expect(d[d.length - 1].valid).toBe(true); // the exit after it
    });
  }
});

const slotsOf = (raw: bigint[]): Insn[] =>
  raw.map((w) => {
    const b = new Uint8Array(new BigUint64Array([w]).buffer);
    return readSlot(b, 0);
  });

describe.runIf(ubpf)("uBPF tests/errors: encoding errors are invalid at the PC uBPF names", () => {
  const cases: [string, number][] = [
    ["err-endian-size", 0],
    ["err-incomplete-lddw", 0],
    ["err-incomplete-lddw2", 0],
    ["err-lddw-second-half-invalid", 0],
    ["err-lddw-second-half-invalid-all", 0],
    ["err-lddw-second-half-invalid-dst-offset", 0],
    ["err-lddw-second-half-invalid-offset", 0],
    ["err-lddw-second-half-invalid-src", 0],
    ["err-lddw-second-half-invalid-src-offset", 0],
  ];
  for (const [name, pc] of cases) {
    it(`${name}.data`, () => {
      const data = parseDataFile(readFileSync(join(ubpf!, "tests/errors", `${name}.data`), "utf8"));
      const d = decodeAll(slotsOf(data.raw!));
      expect(d.find((x) => x.pc === pc)?.valid).toBe(false);
    });
  }
  it("err-unknown-opcode.data: opcode 0x06 is gotol since ISA v4, so it is valid here (the test predates v4)", () => {
    const data = parseDataFile(readFileSync(join(ubpf!, "tests/errors/err-unknown-opcode.data"), "utf8"));
    const d = decodeAll(slotsOf(data.raw!))[0];
    expect(d.valid && d.spec.id).toBe("gotol");
  });
  it("err-lddw-invalid-src.data: src 1 is BPF_PSEUDO_MAP_FD in Linux, so it decodes (uBPF has no maps)", () => {
    const data = parseDataFile(readFileSync(join(ubpf!, "tests/errors/err-lddw-invalid-src.data"), "utf8"));
    const d = decodeAll(slotsOf(data.raw!))[0];
    expect(d.valid && d.spec.id).toBe("lddw_map_fd");
  });
  it("err-invalid-reg-dst/src.data: %r11 is refused by the assembler", () => {
    for (const n of ["err-invalid-reg-dst", "err-invalid-reg-src"]) {
      const data = parseDataFile(readFileSync(join(ubpf!, "tests/errors", `${n}.data`), "utf8"));
      expect(assemble(data.asm!, { dialect: "ubpf" }).diagnostics[0]).toMatchObject({ code: "bad-register", span: { line: 1 } });
    }
    expect(decodeAll([insn(0xb7, 11, 0, 0, 1)])[0].valid).toBe(false);
  });
});

describe.runIf(ubpf)("uBPF tests: every program assembles in the uBPF dialect", () => {
  const files: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory() && e.name !== "errors") walk(join(dir, e.name), join(rel, e.name));
      else if (e.name.endsWith(".data")) files.push(join(rel, e.name));
    }
  };
  if (ubpf) walk(join(ubpf, "tests"), "");
  it("finds the programs", () => expect(files.length).toBeGreaterThanOrEqual(50));
  for (const f of files) {
    it(f, () => {
      const path = join(ubpf!, "tests", f);
      const data = parseDataFile(readFileSync(path, "utf8"));
      const text = data.asmInclude ? readFileSync(join(path, "..", data.asmInclude), "utf8") : data.asm;
      if (text === undefined) {
        expect(data.raw).toBeDefined();
        return;
      }
      const r = assemble(text, { dialect: "ubpf" });
      expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      if (data.raw) expect(r.program.insns).toEqual(slotsOf(data.raw));
    });
  }
});
