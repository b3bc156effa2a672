// Global variables by name, so writable global data compares variable by variable: clang and
// bpfplay may order `.data` and `.bss` differently (clang-19 does not keep definition order) and
// pad the section differently, and neither is wrong: libbpf users reach variables through BTF.
//
// clang's come from the object's symbol table (the ELF reader). bpfplay's compile() does not
// report offsets, so they are rebuilt from the checked AST the way bpfplay documents its layout
// (each section in definition order, each variable at its alignment) and then CHECKED against
// every map_value relocation bpfplay emitted: a reference to a variable must land inside it, in
// its section's map. A layout that does not check out is an error, not a guess.
import type { GlobalVar } from "../../src/core/elf/read.ts";
import type { Unit, VarSym } from "../../src/core/cc/ast.ts";
import { alignOf, sizeOf } from "../../src/core/cc/types.ts";
import type { CType } from "../../src/core/cc/types.ts";
import type { MapDef, Program } from "../../src/core/program.ts";

function sectionOf(g: VarSym): string {
  if (g.section) return g.section;
  const t: CType = g.type;
  if (t.const || (t.kind === "array" && t.of.const)) return ".rodata";
  return !g.init || g.init.every((b) => b === 0) ? ".bss" : ".data";
}

export function bpfplayGlobals(unit: Unit | undefined, maps: readonly MapDef[], programs: readonly Program[]): GlobalVar[] | string {
  if (!unit) return "no checked AST to find the global variables in";
  const size = new Map<string, number>();
  const out: GlobalVar[] = [];
  for (const g of unit.globals) {
    const sec = sectionOf(g);
    if (sec === ".maps" || sec === "license" || g.storage === "extern" || g.type.kind === "func") continue;
    const a = Math.max(1, alignOf(g.type));
    const off = Math.ceil((size.get(sec) ?? 0) / a) * a;
    const n = sizeOf(g.type);
    size.set(sec, off + n);
    out.push({ name: g.name, map: sec, offset: off, size: n });
  }
  // names used twice (block-scope statics of one function, like bpf_printk's ____fmt) are ambiguous
  const count = new Map<string, number>();
  for (const v of out) count.set(v.name, (count.get(v.name) ?? 0) + 1);
  const byName = new Map(out.filter((v) => count.get(v.name) === 1).map((v) => [v.name, v]));
  for (const p of programs)
    for (const r of p.relocations ?? []) {
      if (r.kind !== "map_value") continue;
      const v = byName.get(r.symbol);
      if (!v) continue; // a string literal or a section symbol
      const map = maps[p.insns[r.pc].imm]?.name;
      const at = r.offset ?? 0;
      if (map !== v.map || at < v.offset || at > v.offset + v.size)
        return `bpfplay's relocation at insn ${r.pc} puts '${r.symbol}' at ${map}+${at}, outside where the rebuilt layout has it (${v.map}+${v.offset}, ${v.size} bytes)`;
    }
  return out;
}
