// What the C editor says about a name: helpers (their C prototype and what they do, from the
// ISA's helper table), the unit's maps, structs and their members, its functions, and the
// section names SEC() takes. Pure: the Monaco gateway (monaco/cmode.ts) turns these into
// completion items and hovers.

import { HELPER_C, helperC, helperSignature } from "../../core/isa/helper_c.ts";
import { helperCallers, helperProto } from "../../core/isa/helper_protos.ts";
import type { HelperProto } from "../../core/isa/helper_protos.ts";
import { PROG_TYPES } from "../../core/isa/progtypes.ts";
import type { EditorSymbols } from "../../protocol/index.ts";

export type DocKind = "helper" | "map" | "struct" | "field" | "function" | "section";

export interface NameDoc {
  readonly kind: DocKind;
  /** What is inserted on completion. */
  readonly label: string;
  /** One line beside the completion: a prototype, a type. */
  readonly detail: string;
  /** Markdown paragraphs for the hover and the completion's documentation. */
  readonly doc: readonly string[];
}

/** Who may call the helper, from its record: every program type, or their kernel names. */
function callers(p: HelperProto): string {
  const names = helperCallers(p);
  return names.length === PROG_TYPES.length ? "every program type" : names.join(", ");
}

/** Every helper as `bpf_name`, with its prototype and summary. */
export function helperDocs(): NameDoc[] {
  return HELPER_C.map((h) => {
    const proto = helperProto(h.id);
    const who = proto ? callers(proto) : undefined;
    return {
      kind: "helper",
      label: `bpf_${h.name}`,
      detail: helperSignature(h),
      doc: ["```c\n" + helperSignature(h) + "\n```", h.doc, `Helper #${h.id}${who ? `; callable from ${who}` : ""}.`],
    };
  });
}

/** The section names libbpf maps to the program types bpfplay runs, plus the object's own. */
export function sectionDocs(): NameDoc[] {
  const out: NameDoc[] = [
    { kind: "section", label: ".maps", detail: "BTF-defined maps", doc: ["`SEC(\".maps\")` on a struct of `__uint`/`__type` fields declares a map, as libbpf reads it."] },
    { kind: "section", label: "license", detail: "the program's licence", doc: ['`char LICENSE[] SEC("license") = "GPL";`: GPL-only helpers (bpf_printk) need a GPL-compatible licence.'] },
  ];
  for (const t of PROG_TYPES.filter((p) => p.ctx !== "none")) {
    for (const s of t.sections) {
      const wants = ["kprobe", "kretprobe", "uprobe", "uretprobe", "ksyscall", "tracepoint", "tp", "raw_tracepoint", "raw_tp"].includes(s);
      out.push({
        kind: "section",
        label: wants ? `${s}/` : s,
        detail: `BPF_PROG_TYPE_${t.name.toUpperCase()}`,
        doc: [`\`SEC("${s}${wants ? "/…" : ""}")\` makes the function a **${t.name}** program${wants ? ` (name what to attach to after the slash, e.g. \`${s === "tracepoint" || s === "tp" ? `${s}/syscalls/sys_enter_openat` : `${s}/tcp_v4_connect`}\`)` : ""}.`],
      });
    }
  }
  return out;
}

/** The unit's maps, records, members and functions. */
export function unitDocs(symbols: EditorSymbols): NameDoc[] {
  const out: NameDoc[] = [];
  for (const m of symbols.maps) {
    out.push({
      kind: "map",
      label: m.name,
      detail: `map: ${m.type}, key ${m.keySize} B, value ${m.valueSize} B, ${m.maxEntries} entries`,
      doc: [`**map ${m.name}**: BPF_MAP_TYPE_${m.type.toUpperCase()}, key_size ${m.keySize}, value_size ${m.valueSize}, max_entries ${m.maxEntries}.`, `Pass it to helpers as \`&${m.name}\`.`],
    });
  }
  for (const r of symbols.records) {
    const body = r.fields.map((f) => `\t${f.type} ${f.name}; /* offset ${f.offset} */`).join("\n");
    out.push({ kind: "struct", label: r.name.split(" ")[1], detail: `${r.name} (${r.size} bytes)`, doc: ["```c\n" + `${r.name} {\n${body}\n};` + "\n```"] });
  }
  for (const f of symbols.functions) out.push({ kind: "function", label: f.name, detail: f.proto, doc: ["```c\n" + f.proto + "\n```"] });
  return out;
}

/** Members of every record, each once per record that has it: completion after `.` or `->`. */
export function fieldDocs(symbols: EditorSymbols): NameDoc[] {
  return symbols.records.flatMap((r) =>
    r.fields.map((f) => ({ kind: "field" as const, label: f.name, detail: `${f.type} — ${r.name}, offset ${f.offset}`, doc: [`\`${f.type} ${f.name}\`: member of \`${r.name}\` at byte offset ${f.offset}.`] })),
  );
}

/** What hovering `word` shows; `member` when it follows `.` or `->`. */
export function docFor(word: string, symbols: EditorSymbols, member = false): readonly string[] | undefined {
  if (member) {
    const fields = fieldDocs(symbols).filter((f) => f.label === word);
    if (fields.length) return fields.map((f) => f.doc[0]);
  }
  const h = word.startsWith("bpf_") ? helperC(word) : undefined;
  if (h) return helperDocs().find((d) => d.label === word)?.doc;
  if (word === "bpf_printk") return ["```c\nbpf_printk(fmt, args...)\n```", "libbpf's macro over bpf_trace_printk: formats up to three arguments and writes the line to the trace pipe (the Terminal tab)."];
  const u = unitDocs(symbols).find((d) => d.label === word);
  return u?.doc;
}
