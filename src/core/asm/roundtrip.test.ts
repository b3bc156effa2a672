// Round trips over every form of the table, many random instances each, in both dialects:
// assemble(disassemble(bytes)) == bytes and disassemble(assemble(text)) == text.
import { describe, expect, it } from "vitest";
import { bytesToHex, encodeInsns, insn, OPS } from "../isa/index.ts";
import type { Insn } from "../isa/index.ts";
import { allInstances, rng } from "../../../test/support/forms.ts";
import { assemble, disassemble, disassembleText } from "./index.ts";
import type { Dialect } from "./index.ts";

const hex = (insns: readonly Insn[]) => bytesToHex(encodeInsns(insns));

function roundTrip(dialect: Dialect) {
  const xs = allInstances(40, dialect === "llvm" ? 11 : 12);
  const failures: string[] = [];
  for (const x of xs) {
    const text = disassembleText(x.insns, { dialect });
    const back = assemble(text, { dialect });
    const errors = back.diagnostics.filter((d) => d.severity === "error");
    if (errors.length) failures.push(`${x.spec.id}: '${text.trim()}': ${errors[0].message}`);
    else if (hex(back.program.insns) !== hex(x.insns)) failures.push(`${x.spec.id}: '${text.trim()}' gave ${hex(back.program.insns)}, want ${hex(x.insns)}`);
    else if (disassembleText(back.program.insns, { dialect }) !== text) failures.push(`${x.spec.id}: text changed: '${text.trim()}'`);
  }
  return { failures, count: xs.length };
}

describe("round trips over every instruction form", () => {
  for (const dialect of ["llvm", "ubpf"] as const) {
    it(`${dialect}: bytes -> text -> bytes -> text, ${OPS.length} forms x 40 instances`, () => {
      const { failures, count } = roundTrip(dialect);
      expect(failures).toEqual([]);
      expect(count).toBe(OPS.length * 40);
    });
  }

  it("random slots (valid or not) survive disassemble -> assemble in both dialects", () => {
    const r = rng(99);
    const failures: string[] = [];
    for (let k = 0; k < 5000; k++) {
      const word = () => Math.floor(r() * 2 ** 32) | 0;
      // Bias the opcode towards real classes so valid and invalid slots both occur.
      const code = Math.floor(r() * 256);
      const i = insn(code, Math.floor(r() * 16), Math.floor(r() * 16), r() < 0.7 ? 0 : word() >> 16, r() < 0.5 ? 0 : word());
      const slots = [i, insn(0, 0, 0, 0, r() < 0.5 ? 0 : word())];
      for (const dialect of ["llvm", "ubpf"] as const) {
        const text = disassembleText(slots, { dialect });
        const back = assemble(text, { dialect });
        if (hex(back.program.insns) !== hex(slots)) failures.push(`${dialect} ${hex(slots)} -> '${text.trim()}' -> ${hex(back.program.insns)}`);
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });
});

describe("listing", () => {
  it("gives index, bytes and text per instruction, ld_imm64 as one 16-byte line", () => {
    const r = assemble("r0 = 0x1122334455667788 ll\nexit");
    expect(disassemble(r.program.insns)).toEqual([
      { pc: 0, slots: 2, bytes: "18 00 00 00 88 77 66 55 00 00 00 00 44 33 22 11", text: "r0 = 1234605616436508552 ll", form: "lddw" },
      { pc: 2, slots: 1, bytes: "95 00 00 00 00 00 00 00", text: "exit", form: "exit" },
    ]);
  });

  it("shows invalid bytes as .insn with the reason", () => {
    const l = disassemble([insn(0x07, 1, 2, 0, 1), insn(0x06 ^ 0xff, 0, 0, 0, 0)]);
    expect(l[0]).toMatchObject({ text: ".insn 0x07, 1, 2, 0, 1", invalid: "reserved field src is 2, must be 0 (add64_imm)" });
    expect(l[1]).toMatchObject({ text: ".insn 0xf9, 0, 0, 0, 0", invalid: "unknown opcode 0xf9" });
  });

  it("names maps in ld_imm64 references when it knows them", () => {
    const maps = [{ name: "counters", type: "hash", keySize: 4, valueSize: 8, maxEntries: 16, flags: 0 }];
    const r = assemble("r1 = map[counters] ll\nr2 = map_value[counters] + 4 ll\nexit", { maps });
    expect(disassembleText(r.program.insns, { maps })).toBe("r1 = map[counters] ll\nr2 = map_value[counters] + 4 ll\nexit\n");
    expect(disassembleText(r.program.insns)).toBe("r1 = map[0] ll\nr2 = map_value[0] + 4 ll\nexit\n");
  });
});
