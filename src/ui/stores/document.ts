// The user's document: the one copy of the text, kept in localStorage so that neither a
// malformed line nor a reload can lose it. The engine only ever reads it.

import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import type { Dialect } from "../../protocol/index.ts";
import { EXAMPLES } from "./examples.ts";

export type Language = "asm";

export const LANGUAGES: readonly { readonly id: Language; readonly label: string }[] = [{ id: "asm", label: "Assembly" }];

export const DIALECTS: readonly { readonly id: Dialect; readonly label: string }[] = [
  { id: "llvm", label: "LLVM" },
  { id: "ubpf", label: "uBPF" },
];

interface DocumentState {
  readonly language: Language;
  readonly dialect: Dialect;
  readonly text: string;
  /** Line (1-based) of the editor's cursor, so other panes can follow it. */
  readonly cursorLine: number;
  /** A request to show a line (or select lines through `endLine`) in the editor; `seq` makes repeated requests distinct. */
  readonly reveal?: { readonly line: number; readonly endLine?: number; readonly seq: number };
  setText(text: string): void;
  setLanguage(language: Language): void;
  /** Switching dialect swaps the example for the other dialect's while the user has not edited it. */
  setDialect(dialect: Dialect): void;
  setCursorLine(line: number): void;
  revealLine(line: number, endLine?: number): void;
  /** Replaces the text and its dialect at once (an example). */
  load(text: string, dialect: Dialect): void;
}

export const useDocument = create<DocumentState>()(
  persist(
    (set, get) => ({
      language: "asm",
      dialect: "llvm",
      text: EXAMPLES.llvm,
      cursorLine: 1,
      setText: (text) => set({ text }),
      setLanguage: (language) => set({ language }),
      setDialect: (dialect) => {
        const { text, dialect: from } = get();
        set(text === EXAMPLES[from] ? { dialect, text: EXAMPLES[dialect] } : { dialect });
      },
      setCursorLine: (cursorLine) => set({ cursorLine }),
      revealLine: (line, endLine) => set((s) => ({ reveal: { line, endLine, seq: (s.reveal?.seq ?? 0) + 1 } })),
      load: (text, dialect) => set({ text, dialect, language: "asm" }),
    }),
    {
      name: "bpfplay.document",
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ language, dialect, text }) => ({ language, dialect, text }),
      // Whatever another version (or a hand edit) left in storage, keep only what is valid.
      merge: (saved, current) => {
        const s = (saved ?? {}) as Partial<Record<"language" | "dialect" | "text", unknown>>;
        return {
          ...current,
          ...(LANGUAGES.some((l) => l.id === s.language) && { language: s.language as Language }),
          ...(DIALECTS.some((d) => d.id === s.dialect) && { dialect: s.dialect as Dialect }),
          ...(typeof s.text === "string" && { text: s.text }),
        };
      },
    },
  ),
);
