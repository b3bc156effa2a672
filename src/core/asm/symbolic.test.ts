// The readable form of calls and jumps that the Bytecode and CFG panes show, beside the
// canonical text they keep for hovers and copying.

import { describe, expect, it } from "vitest";
import { assemble } from "./assemble.ts";
import { disassemble } from "./disasm.ts";

const TEXT = `r1 = 0
loop:
if r1 > 3 goto done
call sub
r1 += 1
goto loop
done:
call 6
r0 = 0
exit
sub:
r0 = 0
exit`;

describe("symbolic listing", () => {
  it("names helpers as the kernel's log does, and jumps and calls by label", () => {
    const p = assemble(TEXT).program;
    for (const dialect of ["llvm", "ubpf"] as const) {
      const rows = disassemble(p.insns, { dialect, symbols: p.symbols });
      const sym = rows.map((r) => r.symbolic ?? r.text);
      if (dialect === "llvm") expect(sym).toEqual(["r1 = 0", "if r1 > 3 goto done", "call sub", "r1 += 1", "goto loop", "call bpf_trace_printk#6", "r0 = 0", "exit", "r0 = 0", "exit"]);
      else expect(sym).toEqual(["mov %r1, 0", "jgt %r1, 3, done", "call local sub", "add %r1, 1", "ja loop", "call bpf_trace_printk#6", "mov %r0, 0", "exit", "mov %r0, 0", "exit"]);
      // The canonical text stays: `goto +N`, `call 6`.
      expect(rows[4].text).toMatch(/-4$/);
      expect(rows[5].text).toBe("call 6");
    }
  });

  it("shows a jump's target pc where no label names it, and nothing extra without symbols", () => {
    const p = assemble("if r1 == 0 goto +1\nr0 = 1\nexit").program;
    expect(disassemble(p.insns, { symbols: [] })[0].symbolic).toBe("if r1 == 0 goto → 2");
    expect(disassemble(p.insns)[0].symbolic).toBeUndefined();
  });
});
