// The open document as the panes see it: the text, its language, dialect and entry. It is saved
// (with the session's inputs) as one of the user's documents in IndexedDB by documents.ts, which
// also loads another document into it; the engine only ever reads it.

import { create } from "zustand";
import type { Dialect, Language } from "../../protocol/index.ts";
import { C_EXAMPLE, EXAMPLES } from "./examples.ts";

export type { Language };

export const LANGUAGES: readonly { readonly id: Language; readonly label: string }[] = [
  { id: "c", label: "C" },
  { id: "asm", label: "Assembly" },
];

/** The text a new document of a language starts with. */
export const starterText = (language: Language, dialect: Dialect): string => (language === "c" ? C_EXAMPLE : EXAMPLES[dialect]);
const isStarter = (text: string) => text === C_EXAMPLE || Object.values(EXAMPLES).includes(text) || text.trim() === "";

export const DIALECTS: readonly { readonly id: Dialect; readonly label: string }[] = [
  { id: "llvm", label: "LLVM" },
  { id: "ubpf", label: "uBPF" },
];

interface DocumentState {
  readonly language: Language;
  readonly dialect: Dialect;
  readonly text: string;
  /** Of several SEC() programs in the text, the one to verify and run (its function name); the first when unset. */
  readonly entry?: string;
  /** An object document's kernel verifier log, when one was dropped with it or onto it. */
  readonly log?: string;
  /** Line (1-based) of the editor's cursor, so other panes can follow it. */
  readonly cursorLine: number;
  /** A request to show a line (or select lines through `endLine`) in the editor; `seq` makes repeated requests distinct. */
  readonly reveal?: { readonly line: number; readonly endLine?: number; readonly seq: number };
  setText(text: string): void;
  /** Switching language swaps the starter text for the other language's while the user has not edited it. */
  setLanguage(language: Language): void;
  setEntry(entry: string | undefined): void;
  setLog(log: string | undefined): void;
  /** Switching dialect swaps the example for the other dialect's while the user has not edited it. */
  setDialect(dialect: Dialect): void;
  setCursorLine(line: number): void;
  revealLine(line: number, endLine?: number): void;
  /** Replaces the text, its language and dialect at once (an example). */
  load(text: string, language: Language, dialect?: Dialect): void;
  /** Sets the text with its language, dialect and entry as a saved document has them, starter or not. */
  restore(doc: { readonly text: string; readonly language: Language; readonly dialect: Dialect; readonly entry?: string; readonly log?: string }): void;
}

export const useDocument = create<DocumentState>()(
  (set, get) => ({
    language: "c",
    dialect: "llvm",
    text: C_EXAMPLE,
    cursorLine: 1,
    setText: (text) => set({ text }),
    setLanguage: (language) => {
      const { text, dialect } = get();
      set(isStarter(text) ? { language, text: starterText(language, dialect), entry: undefined } : { language });
    },
    setEntry: (entry) => set({ entry }),
    setLog: (log) => set({ log }),
    setDialect: (dialect) => {
      const { text, dialect: from } = get();
      set(text === EXAMPLES[from] ? { dialect, text: EXAMPLES[dialect] } : { dialect });
    },
    setCursorLine: (cursorLine) => set({ cursorLine }),
    revealLine: (line, endLine) => set((s) => ({ reveal: { line, endLine, seq: (s.reveal?.seq ?? 0) + 1 } })),
    load: (text, language, dialect) => set((s) => ({ text, language, dialect: dialect ?? s.dialect, entry: undefined, log: undefined })),
    restore: ({ text, language, dialect, entry, log }) => set({ text, language, dialect, entry, log }),
  }),
);
