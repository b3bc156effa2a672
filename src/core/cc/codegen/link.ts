// One Program per SEC function: the entry first, then every bpf-to-bpf callee it reaches (as libbpf
// appends subprograms), `call pc+off` and `func[...]` fixed up, relocations, line table, function
// symbols and debug info in the linked slot numbering.

import { progTypeOfSection } from "../../isa/progtypes.ts";
import type { FuncInfo, FuncSymbol, LineEntry, MapDef, Program, Relocation, VarLocation } from "../../program.ts";
import type { Insn } from "../../isa/insn.ts";
import type { FuncSym } from "../ast.ts";
import { TypeTable, varLocations } from "./debuginfo.ts";
import { outputWrites } from "./records.ts";
import { funcInfoOf } from "./funcinfo.ts";
import type { MachineFunc } from "./emit.ts";
import type { IrFunc } from "./ir.ts";
import type { Allocation } from "./regalloc.ts";

export interface Compiled {
  readonly ir: IrFunc;
  readonly alloc: Allocation;
  readonly code: MachineFunc;
}

export function link(entry: FuncSym, compiled: ReadonlyMap<FuncSym, Compiled>, maps: readonly MapDef[], sources: Readonly<Record<string, string>>): Program | undefined {
  const order: FuncSym[] = [];
  const visit = (f: FuncSym) => {
    if (order.includes(f)) return;
    const c = compiled.get(f);
    if (!c) return;
    order.push(f);
    for (const call of c.code.calls) visit(call.callee);
  };
  visit(entry);
  if (!order.length || order.some((f) => !compiled.get(f))) return undefined;
  const start = new Map<FuncSym, number>();
  let pc = 0;
  for (const f of order) {
    start.set(f, pc);
    pc += compiled.get(f)!.code.insns.length;
  }
  const insns: Insn[] = [];
  const lineTable: (LineEntry | undefined)[] = [];
  const relocations: Relocation[] = [];
  const functions: FuncSymbol[] = [];
  // func_info, as clang's -g object gives it: the verifier checks a global function on its own
  const funcInfo: FuncInfo[] = [];
  const types = new TypeTable();
  const vars: VarLocation[] = [];
  for (const f of order) {
    const c = compiled.get(f)!;
    const base = start.get(f)!;
    const code = c.code.insns.slice();
    for (const call of c.code.calls) {
      const target = start.get(call.callee);
      if (target === undefined) return undefined;
      const at = base + call.pc;
      code[call.pc] = { ...code[call.pc], imm: target - (at + 1) };
      relocations.push({ pc: at, kind: "call", symbol: call.callee.name });
    }
    for (const r of c.code.mapRefs) relocations.push({ pc: base + r.pc, kind: r.value ? "map_value" : "map", symbol: r.symbol, ...(r.value ? { offset: r.off } : {}) });
    insns.push(...code);
    lineTable.push(...c.code.lines);
    functions.push({ name: f.name, start: base, end: base + code.length, line: f.loc.line });
    funcInfo.push(funcInfoOf(f, base));
    vars.push(...varLocations(c.ir, c.alloc, c.code, base, types));
  }
  relocations.sort((a, b) => a.pc - b.pc);
  // what it sends to user space, typed, so the Maps pane decodes the records by their struct
  const records = outputWrites(order).map((w) => ({ map: w.map, type: types.add(w.type), line: w.line }));
  const used = new Set(lineTable.map((l) => l?.file).filter((x): x is string => !!x));
  const src: Record<string, string> = {};
  for (const f of used) if (sources[f] !== undefined) src[f] = sources[f];
  const section = entry.section ?? ".text";
  return {
    insns,
    maps,
    lines: lineTable.map((l) => l?.line ?? 0),
    symbols: functions.map((f) => ({ name: f.name, pc: f.start })),
    progType: progTypeOfSection(section)?.type.name,
    section,
    name: entry.name,
    lineTable,
    functions,
    relocations,
    funcInfo,
    debug: { types: types.types, vars, sources: src, ...(records.length ? { records } : {}) },
  };
}
