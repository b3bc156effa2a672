// Which example each document was opened from, so the example's explanation stays beside it (the
// note above the editor), and whether the learner hid it. Kept in localStorage by document id;
// a deleted document's entry is harmless (it is never shown) and the list keeps the newest 200.

import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

interface Note {
  readonly example: string;
  readonly hidden?: boolean;
}

interface ExampleNotesState {
  readonly notes: Readonly<Record<string, Note>>;
  attach(doc: string, example: string): void;
  setHidden(doc: string, hidden: boolean): void;
}

const KEEP = 200;

export const useExampleNotes = create<ExampleNotesState>()(
  persist(
    (set) => ({
      notes: {},
      attach: (doc, example) =>
        set((s) => {
          const rest = Object.entries(s.notes).filter(([d]) => d !== doc).slice(-(KEEP - 1));
          return { notes: Object.fromEntries([...rest, [doc, { example }]]) };
        }),
      setHidden: (doc, hidden) => set((s) => (s.notes[doc] ? { notes: { ...s.notes, [doc]: { ...s.notes[doc], hidden } } } : s)),
    }),
    {
      name: "bpfplay.exampleNotes",
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ notes }) => ({ notes }),
      merge: (saved, current) => {
        const raw = (saved as { notes?: unknown } | undefined)?.notes;
        const notes: Record<string, Note> = {};
        if (raw && typeof raw === "object")
          for (const [d, n] of Object.entries(raw as Record<string, unknown>)) {
            const o = n as { example?: unknown; hidden?: unknown } | null;
            if (o && typeof o.example === "string") notes[d] = { example: o.example, ...(o.hidden === true ? { hidden: true } : {}) };
          }
        return { ...current, notes };
      },
    },
  ),
);
