// Global variables by name, so writable global data compares variable by variable: clang and
// bpfplay may order `.data` and `.bss` differently (clang-19 does not keep definition order) and
// pad the section differently, and neither is wrong: libbpf users reach variables through BTF.
//
// clang's come from the object's symbol table (the ELF reader). bpfplay's compile() does not
// report offsets, so they are rebuilt from the checked AST: each section in definition order,
// each variable at its alignment, under each of the placement rules bpfplay has used (natural
// alignment; LLVM's 8 bytes for aggregates of 8 bytes or more). A rule counts only if it gives
// every data map bpfplay's size and every map_value relocation bpfplay emitted lands inside its
// variable; if no rule, or two rules with different offsets, fit, that is an error, not a guess.
import type { GlobalVar } from "../../src/core/elf/read.ts";
import type { Unit, VarSym } from "../../src/core/cc/ast.ts";
import { constantAddressGlobals } from "../../src/core/cc/codegen/constglobals.ts";
import { alignOf, sizeOf } from "../../src/core/cc/types.ts";
import type { CType } from "../../src/core/cc/types.ts";
import type { MapDef, Program } from "../../src/core/program.ts";

function sectionOf(g: VarSym): string {
  if (g.section) return g.section;
  const t: CType = g.type;
  if (t.const || (t.kind === "array" && t.of.const)) return ".rodata";
  return !g.init || g.init.every((b) => b === 0) ? ".bss" : ".data";
}

type Rule = (t: CType) => number;
const RULES: readonly [string, Rule][] = [
  ["natural alignment", (t) => Math.max(1, alignOf(t))],
  ["aggregates of 8+ bytes at 8", (t) => Math.max(1, alignOf(t), (t.kind === "array" || t.kind === "struct" || t.kind === "union") && sizeOf(t) >= 8 ? 8 : 1)],
];

function layout(unit: Unit, rule: Rule): { vars: GlobalVar[]; sizes: Map<string, number> } {
  const size = new Map<string, number>();
  const align = new Map<string, number>();
  const vars: GlobalVar[] = [];
  // Static pointers whose every load folds to their initial address are not placed (as clang drops them).
  const folded = constantAddressGlobals(unit);
  for (const g of unit.globals) {
    const sec = sectionOf(g);
    if (sec === ".maps" || sec === "license" || g.storage === "extern" || g.type.kind === "func") continue;
    if (folded.has(g.id) && g.isStatic && g.type.kind === "ptr") continue;
    const a = rule(g.type);
    const off = Math.ceil((size.get(sec) ?? 0) / a) * a;
    const n = sizeOf(g.type);
    size.set(sec, off + n);
    align.set(sec, Math.max(align.get(sec) ?? 1, a));
    vars.push({ name: g.name, map: sec, offset: off, size: n });
  }
  const sizes = new Map([...size].map(([sec, n]) => [sec, Math.max(1, Math.ceil(n / align.get(sec)!) * align.get(sec)!)]));
  return { vars, sizes };
}

/** Why a layout does not fit what bpfplay produced, or undefined if it does. */
function misfit(l: { vars: GlobalVar[]; sizes: Map<string, number> }, maps: readonly MapDef[], programs: readonly Program[]): string | undefined {
  for (const [sec, n] of l.sizes) {
    const m = maps.find((x) => x.name === sec);
    // .rodata also holds string literals after the variables
    if (!m || (sec.startsWith(".rodata") ? m.valueSize < n : m.valueSize !== n)) return `${sec} would be ${n} bytes, bpfplay's is ${m?.valueSize ?? "absent"}`;
  }
  // names used twice (block-scope statics of one function, like bpf_printk's ____fmt) are ambiguous
  const count = new Map<string, number>();
  for (const v of l.vars) count.set(v.name, (count.get(v.name) ?? 0) + 1);
  const byName = new Map(l.vars.filter((v) => count.get(v.name) === 1).map((v) => [v.name, v]));
  for (const p of programs)
    for (const r of p.relocations ?? []) {
      if (r.kind !== "map_value") continue;
      const v = byName.get(r.symbol);
      if (!v) continue; // a string literal or a section symbol
      const map = maps[p.insns[r.pc].imm]?.name;
      const at = r.offset ?? 0;
      if (map !== v.map || at < v.offset || at > v.offset + v.size) return `insn ${r.pc} refers to '${r.symbol}' at ${map}+${at}, not inside ${v.map}+${v.offset} (${v.size} bytes)`;
    }
  return undefined;
}

export function bpfplayGlobals(unit: Unit | undefined, maps: readonly MapDef[], programs: readonly Program[]): GlobalVar[] | string {
  if (!unit) return "no checked AST to find the global variables in";
  const fits: GlobalVar[][] = [];
  const why: string[] = [];
  for (const [name, rule] of RULES) {
    const l = layout(unit, rule);
    const bad = misfit(l, maps, programs);
    if (bad) why.push(`${name}: ${bad}`);
    else fits.push(l.vars);
  }
  if (fits.length === 0) return `no known layout rule gives bpfplay's global data (${why.join("; ")})`;
  // only the writable variables are compared; .rodata's offsets may stay unknown
  const key = (vs: GlobalVar[]) => JSON.stringify(vs.filter((v) => !v.map.startsWith(".rodata")));
  if (fits.some((f) => key(f) !== key(fits[0]))) return "two layout rules fit bpfplay's global data with different offsets: cannot tell where its variables are";
  return fits[0];
}
