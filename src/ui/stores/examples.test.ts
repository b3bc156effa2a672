// The first thing a visitor sees must assemble cleanly, whatever the assembler becomes.

import { describe, expect, it } from "vitest";
import { assemble, disassemble } from "../../core/asm/index.ts";
import { EXAMPLES } from "./examples.ts";

describe("default documents", () => {
  for (const dialect of ["llvm", "ubpf"] as const) {
    it(`the ${dialect} example assembles without diagnostics`, () => {
      const r = assemble(EXAMPLES[dialect], { dialect });
      expect(r.diagnostics).toEqual([]);
      expect(r.program.insns.length).toBeGreaterThan(3);
    });
  }

  it("both examples are the same program", () => {
    const llvm = assemble(EXAMPLES.llvm, { dialect: "llvm" }).program.insns;
    const ubpf = assemble(EXAMPLES.ubpf, { dialect: "ubpf" }).program.insns;
    expect(disassemble(ubpf)).toEqual(disassemble(llvm));
  });
});
