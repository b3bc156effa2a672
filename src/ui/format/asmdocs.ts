// What the assembly editor says about a helper call, and what it completes: helper names after
// `call`, the document's maps in `map[…]`, the program type's context fields after `(r1 +`
// (or uBPF's `[r1+`), and registers elsewhere. The words about helpers are the C mode's
// (cdocs.ts, from the ISA's helper tables); this file only finds them from assembly. Pure:
// the Monaco gateway (monaco/asmmode.ts) turns these into completion items and hovers.

import { HELPER_C, helperSignature } from "../../core/isa/helper_c.ts";
import { helperAllowed, helperProto } from "../../core/isa/helper_protos.ts";
import { helperByName, helperName } from "../../core/isa/helpers.ts";
import { progTypeByName } from "../../core/isa/progtypes.ts";
import type { Dialect } from "../../protocol/index.ts";
import { helperDocs } from "./cdocs.ts";
import type { NameDoc } from "./cdocs.ts";

let docs: Map<string, NameDoc> | undefined;

/**
 * The helper's documentation for assembly: the C mode's words, then how assembly calls it;
 * with `progType`, a warning when that program type may not call it.
 */
export function helperAsmDoc(id: number, progType?: string): readonly string[] | undefined {
  const name = helperName(id);
  if (!name) return undefined;
  docs ??= new Map(helperDocs().map((d) => [d.label, d]));
  const d = docs.get(`bpf_${name}`);
  const call = `In assembly: \`call bpf_${name}\` or \`call ${id}\`; arguments in r1–r5, the result in r0; r1–r5 are unreadable after the call.`;
  const proto = helperProto(id);
  const t = progType ? progTypeByName(progType) : undefined;
  const barred = progType && proto && !helperAllowed(proto, t?.name ?? progType, t?.attach) ? [`**Not callable from ${progType}**, the program type this program is verified as.`] : [];
  return [...(d ? d.doc : [`**bpf_${name}** (helper #${id})`]), ...barred, call];
}

/**
 * The helper a call instruction's text names: `call 6`, `call bpf_trace_printk`,
 * `call trace_printk`, `call bpf_trace_printk#6` (the kernel's log), `call 6` in uBPF; undefined
 * for anything else (a bpf-to-bpf call of a label, `callx`, a kfunc).
 */
export function helperOfCall(text: string): number | undefined {
  const m = /(?:^|[\s:])call\s+(?:(\d+)\b|([A-Za-z_]\w*)(?:#(\d+))?)/.exec(text.replace(/(;|#(?!\d)|\/\/).*$/, ""));
  if (!m) return undefined;
  if (m[1] !== undefined) return helperName(Number(m[1])) ? Number(m[1]) : undefined;
  if (m[3] !== undefined) return helperName(Number(m[3])) ? Number(m[3]) : undefined;
  return helperByName(m[2])?.id;
}

export type AsmItemKind = "helper" | "map" | "field" | "register";

export interface AsmItem {
  readonly kind: AsmItemKind;
  /** Shown in the list. */
  readonly label: string;
  /** What is inserted (an offset for a field, an id for a uBPF helper). */
  readonly insert: string;
  /** What the typed word is matched against. */
  readonly filter: string;
  readonly detail: string;
  /** Markdown paragraphs. */
  readonly doc: readonly string[];
}

/** Where the cursor stands in a line of assembly, from the text before it. */
export type AsmContext = "call" | "map" | "field" | "operand" | "none";

export function asmContext(before: string): AsmContext {
  if (/(;|#(?!\d)|\/\/)/.test(before)) return "none"; // a comment (`#6` after a helper's name is its id)
  if (/(?:^|[\s:])call\s+\w*$/.test(before)) return "call";
  if (/map\[\w*$/.test(before)) return "map";
  if (/\(\s*%?r\d+\s*\+\s*\w*$/.test(before) || /\[\s*%?r\d+\s*\+\s*\w*$/.test(before)) return "field";
  return "operand";
}

/** The maps the text declares (`.map NAME, ...`), in order. */
export function declaredMaps(text: string): { readonly name: string; readonly spec: string }[] {
  const out: { name: string; spec: string }[] = [];
  for (const m of text.matchAll(/^\s*\.map\s+([A-Za-z_]\w*)\s*,?\s*([^;#\n]*)/gm)) out.push({ name: m[1], spec: m[2].trim() });
  return out;
}

const REGISTERS: readonly (readonly [string, string])[] = [
  ["r0", "return value of helpers, calls and the program"],
  ["r1", "first argument; the context pointer at the program's start"],
  ["r2", "second argument"],
  ["r3", "third argument"],
  ["r4", "fourth argument"],
  ["r5", "fifth argument"],
  ["r6", "callee-saved: kept across calls"],
  ["r7", "callee-saved: kept across calls"],
  ["r8", "callee-saved: kept across calls"],
  ["r9", "callee-saved: kept across calls"],
  ["r10", "frame pointer, read only: the stack is r10-512 .. r10-1"],
];

/** The completion items for a context; `text` is the whole document (for its maps). */
export function asmCompletions(where: AsmContext, opts: { readonly text: string; readonly progType: string; readonly dialect: Dialect; readonly before?: string }): AsmItem[] {
  switch (where) {
    case "call":
      return HELPER_C.map((h) => {
        const label = `bpf_${h.name}`;
        return { kind: "helper", label, insert: opts.dialect === "ubpf" ? String(h.id) : label, filter: `${label} ${h.id}`, detail: `#${h.id} ${helperSignature(h)}`, doc: helperAsmDoc(h.id) ?? [] };
      });
    case "map":
      return declaredMaps(opts.text).map((m) => ({ kind: "map", label: m.name, insert: m.name, filter: m.name, detail: `map ${m.spec}`, doc: [`**map ${m.name}**: ${m.spec || "declared with .map"}.`, `\`r1 = map[${m.name}] ll\` loads it for a helper.`] }));
    case "field": {
      const t = progTypeByName(opts.progType);
      const s = t?.layout;
      if (!t || !s) return [];
      const width = (n: number) => (n === 8 ? "u64" : n === 4 ? "u32" : n === 2 ? "u16" : "u8");
      return s.fields.map((f) => ({
        kind: "field",
        label: f.name,
        insert: String(f.off),
        filter: `${f.name} ${f.off}`,
        detail: `+${f.off} ${width(f.size)} — struct ${s.name}`,
        doc: [`\`${s.name}.${f.name}\`: ${f.size} byte${f.size === 1 ? "" : "s"} at offset ${f.off} of the ${t.name} program's context${f.kind !== "scalar" ? ` (a ${f.kind} pointer when loaded)` : ""}.`],
      }));
    }
    case "operand": {
      // uBPF writes %r1; after a typed % the name alone
      const pct = opts.dialect === "ubpf" && !opts.before?.endsWith("%") ? "%" : "";
      return REGISTERS.map(([r, what]) => ({ kind: "register", label: r, insert: pct + r, filter: r, detail: what, doc: [`**${r}**: ${what}.`] }));
    }
    default:
      return [];
  }
}
