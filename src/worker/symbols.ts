// What the editor offers from a compiled unit: its maps, the structs and unions its code can
// reach (with their members), and its own functions with their prototypes. Taken from the
// checked AST in the worker, so the main thread gets plain data.
import type { Unit } from "../core/cc/ast.ts";
import type { CType, RecordDef } from "../core/cc/types.ts";
import type { MapDef } from "../core/program.ts";
import type { EditorSymbols } from "../protocol/index.ts";

export const NO_SYMBOLS: EditorSymbols = { maps: [], records: [], functions: [] };

const INT_NAMES: Record<string, string> = {
  "1s": "char",
  "1u": "unsigned char",
  "2s": "short",
  "2u": "unsigned short",
  "4s": "int",
  "4u": "unsigned int",
  "8s": "long",
  "8u": "unsigned long",
  "16s": "__int128",
  "16u": "unsigned __int128",
};

/** A C type as a declaration spells it, without a declarator: `struct iphdr *`, `__u32[4]`. */
export function typeName(t: CType, depth = 0): string {
  if (t.typedefName) return t.typedefName;
  if (depth > 8) return "…";
  switch (t.kind) {
    case "void":
      return "void";
    case "bool":
      return "_Bool";
    case "int":
      return INT_NAMES[`${t.size}${t.signed ? "s" : "u"}`] ?? `int${t.size * 8}`;
    case "float":
      return t.size === 4 ? "float" : "double";
    case "enum":
      return `enum ${t.tag ?? "(anonymous)"}`;
    case "struct":
    case "union":
      return `${t.kind} ${t.def.tag ?? "(anonymous)"}`;
    case "ptr":
      return t.to.kind === "func" ? `${typeName(t.to.ret, depth + 1)} (*)(…)` : `${typeName(t.to, depth + 1)} *`;
    case "array":
      return `${typeName(t.of, depth + 1)}[${t.len ?? ""}]`;
    case "func":
      return `${typeName(t.ret, depth + 1)} (${t.params.map((p) => typeName(p, depth + 1)).join(", ")})`;
  }
}

/** `int x`, `char *p`: a type and a name, spaced as C is usually written. */
const declare = (type: string, name: string): string => (type.endsWith("*") ? type + name : `${type} ${name}`);

/** Every struct or union reachable from `t`, each once. */
function collect(t: CType, into: Map<RecordDef, true>, depth = 0): void {
  if (depth > 12) return;
  switch (t.kind) {
    case "ptr":
      return collect(t.to, into, depth + 1);
    case "array":
      return collect(t.of, into, depth + 1);
    case "func":
      collect(t.ret, into, depth + 1);
      return t.params.forEach((p) => collect(p, into, depth + 1));
    case "struct":
    case "union":
      if (into.has(t.def)) return;
      into.set(t.def, true);
      return t.def.members.forEach((m) => collect(m.type, into, depth + 1));
    default:
  }
}

/** The members of a record with anonymous members' own members lifted, as C lets them be named. */
function fieldsOf(def: RecordDef, base = 0, depth = 0): EditorSymbols["records"][number]["fields"] {
  return def.members.flatMap((m) => {
    if (m.name) return [{ name: m.name, type: typeName(m.type), offset: base + m.offset }];
    return (m.type.kind === "struct" || m.type.kind === "union") && depth < 6 ? fieldsOf(m.type.def, base + m.offset, depth + 1) : [];
  });
}

export function editorSymbols(unit: Unit, maps: readonly MapDef[]): EditorSymbols {
  const records = new Map<RecordDef, true>();
  for (const g of unit.globals) collect(g.type, records);
  for (const f of unit.funcs) {
    collect(f.type, records);
    for (const v of [...f.params, ...f.locals]) collect(v.type, records);
  }
  return {
    maps: maps.map(({ name, type, keySize, valueSize, maxEntries }) => ({ name, type, keySize, valueSize, maxEntries })),
    records: [...records.keys()]
      .filter((d) => d.tag && d.complete)
      .map((d) => ({ name: `${d.kind} ${d.tag}`, size: d.size, fields: fieldsOf(d) })),
    functions: unit.funcs
      .filter((f) => f.body)
      .map((f) => ({ name: f.name, proto: `${declare(typeName(f.type.ret), f.name)}(${f.params.map((p) => declare(typeName(p.type), p.name)).join(", ")})` })),
  };
}
