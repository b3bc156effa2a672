// eBPF assembly in Monaco, beyond colouring (language.ts): hover and completion. Hovering a
// helper call shows the helper's prototype, who may call it and what it does (the C mode's
// words, format/asmdocs.ts); the build's and the verifier's words about the line follow.
// Completion offers helpers after `call `, the document's maps in `map[`, the program type's
// context fields after `(r1 + `, and registers when asked (Ctrl+Space) anywhere else.

import type { Dialect } from "../../protocol/index.ts";
import { asmCompletions, asmContext, helperAsmDoc, helperOfCall } from "../format/asmdocs.ts";
import type { AsmItem, AsmItemKind } from "../format/asmdocs.ts";
import { monaco } from "./environment.ts";
import { languageId } from "./language.ts";

let progType = "socket_filter";
let registered = false;

/** The program type the document is verified as: its context fields are the ones completed. */
export function setAsmProgType(p: string): void {
  progType = p;
}

const KINDS: Record<AsmItemKind, monaco.languages.CompletionItemKind> = {
  helper: monaco.languages.CompletionItemKind.Function,
  map: monaco.languages.CompletionItemKind.Variable,
  field: monaco.languages.CompletionItemKind.Field,
  register: monaco.languages.CompletionItemKind.Variable,
};

function item(i: AsmItem, range: monaco.IRange): monaco.languages.CompletionItem {
  // the detail line shows the prototype: the documentation need not repeat it
  const doc = i.doc.filter((p) => !p.startsWith("```"));
  return { label: i.label, kind: KINDS[i.kind], detail: i.detail, documentation: { value: doc.join("\n\n") }, insertText: i.insert, filterText: i.filter, range };
}

/**
 * Registers hover and completion for both dialects, once. `lineHover` gives what the build and
 * the verifier know about a line (shown below a helper's documentation).
 */
export function registerAsmMode(lineHover: (model: monaco.editor.ITextModel, line: number) => readonly string[] | undefined): monaco.IDisposable[] {
  if (registered) return [];
  registered = true;
  // once disposed (the editor unmounted), the next editor registers afresh
  const again = { dispose: () => void (registered = false) };
  return (["llvm", "ubpf"] as const).flatMap((dialect: Dialect): monaco.IDisposable[] => [
    monaco.languages.registerHoverProvider(languageId(dialect), {
      provideHover: (model, pos) => {
        const id = helperOfCall(model.getLineContent(pos.lineNumber));
        const contents = [...((id !== undefined && helperAsmDoc(id, progType)) || []), ...(lineHover(model, pos.lineNumber) ?? [])];
        if (!contents.length) return null;
        return { range: new monaco.Range(pos.lineNumber, 1, pos.lineNumber, model.getLineMaxColumn(pos.lineNumber)), contents: contents.map((value) => ({ value })) };
      },
    }),
    monaco.languages.registerCompletionItemProvider(languageId(dialect), {
      triggerCharacters: [" ", "[", "+"],
      provideCompletionItems: (model, pos, ctx) => {
        const before = model.getLineContent(pos.lineNumber).slice(0, pos.column - 1);
        const where = asmContext(before);
        // typing a space or a bracket opens the list only where it says something: never registers
        if (ctx.triggerKind === monaco.languages.CompletionTriggerKind.TriggerCharacter && where === "operand") return { suggestions: [] };
        const word = model.getWordUntilPosition(pos);
        const range = { startLineNumber: pos.lineNumber, endLineNumber: pos.lineNumber, startColumn: word.startColumn, endColumn: word.endColumn };
        return { suggestions: asmCompletions(where, { text: model.getValue(), progType, dialect, before }).map((i) => item(i, range)) };
      },
    }),
  ]).concat(again);
}
