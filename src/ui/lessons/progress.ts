// Which lessons the learner has finished, kept in this browser's localStorage (one small list,
// shared by every tab and document). A zustand store so the gallery and the lesson note agree.

import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import { LESSONS } from "./lessons.ts";

interface LessonsState {
  /** Lesson ids, in the order they were finished. */
  readonly done: readonly string[];
  /** The lesson the learner is on, and the document it opened (the note shows it there only). */
  readonly active?: { readonly lesson: string; readonly doc?: string };
  finish(id: string): void;
  start(lesson: string, doc: string | undefined): void;
  stop(): void;
  forget(): void;
}

export const useLessons = create<LessonsState>()(
  persist(
    (set) => ({
      done: [],
      active: undefined,
      finish: (id) => set((s) => (s.done.includes(id) ? s : { done: [...s.done, id] })),
      start: (lesson, doc) => set({ active: { lesson, doc } }),
      stop: () => set({ active: undefined }),
      forget: () => set({ done: [] }),
    }),
    {
      name: "bpfplay.lessons",
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ done, active }) => ({ done, active }),
      // Only ids of lessons that exist survive (an older list, a hand edit).
      merge: (saved, current) => {
        const s = (saved ?? {}) as { done?: unknown; active?: { lesson?: unknown; doc?: unknown } };
        const known = (x: unknown): x is string => typeof x === "string" && LESSONS.some((l) => l.id === x);
        const done = Array.isArray(s.done) ? s.done.filter(known) : [];
        const active = s.active && known(s.active.lesson) ? { lesson: s.active.lesson, ...(typeof s.active.doc === "string" ? { doc: s.active.doc } : {}) } : undefined;
        return { ...current, done, active };
      },
    },
  ),
);

/** The next lesson not yet done, in path order. */
export const nextLesson = (done: readonly string[]): string | undefined => LESSONS.find((l) => !done.includes(l.id))?.id;
