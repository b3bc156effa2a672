// Restricted C in Monaco: Monaco's own C tokens colour it; bpfplay adds completion and hover
// for helpers (prototype and what each does), the unit's maps, structs and members, and the
// section names SEC() takes. The unit's names come with each build (setCSymbols); the
// providers are registered once and read the newest.

import type { EditorSymbols } from "../../protocol/index.ts";
import { docFor, fieldDocs, helperDocs, sectionDocs, unitDocs } from "../format/cdocs.ts";
import type { DocKind, NameDoc } from "../format/cdocs.ts";
import { monaco } from "./environment.ts";

export const C_LANGUAGE = "c";

let symbols: EditorSymbols = { maps: [], records: [], functions: [] };
let registered = false;

/** The names the newest build of the unit defines. */
export function setCSymbols(s: EditorSymbols): void {
  symbols = s;
}

const KINDS: Record<DocKind, monaco.languages.CompletionItemKind> = {
  helper: monaco.languages.CompletionItemKind.Function,
  function: monaco.languages.CompletionItemKind.Function,
  map: monaco.languages.CompletionItemKind.Variable,
  struct: monaco.languages.CompletionItemKind.Struct,
  field: monaco.languages.CompletionItemKind.Field,
  section: monaco.languages.CompletionItemKind.Module,
};

function item(d: NameDoc, range: monaco.IRange): monaco.languages.CompletionItem {
  // The detail line already shows the prototype: the documentation need not repeat it.
  const doc = d.doc.filter((p) => !(p.startsWith("```") && p.includes(d.detail)));
  return { label: d.label, kind: KINDS[d.kind], detail: d.detail, documentation: { value: doc.join("\n\n") }, insertText: d.label, range };
}

/** Where the cursor stands: in SEC("…"), after `.`/`->`, or anywhere else. */
function context(line: string, column: number): "section" | "member" | "name" {
  const before = line.slice(0, column - 1);
  if (/SEC\(\s*"[^"]*$/.test(before)) return "section";
  if (/(\.|->)\s*\w*$/.test(before)) return "member";
  return "name";
}

/**
 * Registers the providers once. `lineHover` adds what the build and the verifier know about a
 * line (its instructions, the verifier's states) below a name's documentation.
 */
export function registerCMode(lineHover: (model: monaco.editor.ITextModel, line: number) => readonly string[] | undefined): monaco.IDisposable[] {
  if (registered) return [];
  registered = true;
  const helpers = helperDocs();
  const sections = sectionDocs();
  return [
    monaco.languages.registerCompletionItemProvider(C_LANGUAGE, {
      triggerCharacters: [".", ">", '"'],
      provideCompletionItems: (model, pos) => {
        const line = model.getLineContent(pos.lineNumber);
        const word = model.getWordUntilPosition(pos);
        const range = { startLineNumber: pos.lineNumber, endLineNumber: pos.lineNumber, startColumn: word.startColumn, endColumn: word.endColumn };
        const where = context(line, pos.column);
        if (where === "section") {
          // Section names hold slashes and dots: replace everything typed since the quote.
          const quote = line.lastIndexOf('"', pos.column - 2);
          const r = { ...range, startColumn: quote + 2, endColumn: pos.column };
          return { suggestions: sections.map((d) => item(d, r)) };
        }
        if (where === "member") {
          const seen = new Set<string>();
          const fields = fieldDocs(symbols).filter((f) => !seen.has(f.label) && !!seen.add(f.label));
          return { suggestions: fields.map((d) => item(d, range)) };
        }
        return { suggestions: [...unitDocs(symbols), ...helpers, { kind: "helper" as const, label: "bpf_printk", detail: "bpf_printk(fmt, args...)", doc: ["Writes a formatted line to the trace pipe (the Terminal tab)."] }].map((d) => item(d, range)) };
      },
    }),
    monaco.languages.registerHoverProvider(C_LANGUAGE, {
      provideHover: (model, pos) => {
        const w = model.getWordAtPosition(pos);
        const before = w ? model.getLineContent(pos.lineNumber).slice(0, w.startColumn - 1) : "";
        const name = w ? docFor(w.word, symbols, /(\.|->)\s*$/.test(before)) : undefined;
        const line = lineHover(model, pos.lineNumber);
        const contents = [...(name ?? []), ...(line ?? [])];
        if (!contents.length) return null;
        const range = w && name ? new monaco.Range(pos.lineNumber, w.startColumn, pos.lineNumber, w.endColumn) : new monaco.Range(pos.lineNumber, 1, pos.lineNumber, model.getLineMaxColumn(pos.lineNumber));
        return { range, contents: contents.map((value) => ({ value })) };
      },
    }),
  ];
}
