// What the reader did with the Verifier pane's log, kept while its tab is closed: whether the
// log is unfolded, and what they searched for.

import { create } from "zustand";

interface LogState {
  readonly open: boolean;
  readonly query: string;
  setOpen(open: boolean): void;
  setQuery(query: string): void;
}

export const useLogState = create<LogState>()((set) => ({
  open: false,
  query: "",
  setOpen: (open) => set({ open }),
  setQuery: (query) => set({ query }),
}));
