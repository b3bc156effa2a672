// The line the mouse is over, in the source or in the bytecode: both panes highlight it (the
// source line and its instructions), as Compiler Explorer links them. Not kept across visits.

import { create } from "zustand";

interface LinkState {
  /** Source line (1-based) under the mouse in either pane; undefined when none. */
  readonly hoverLine?: number;
  /** Which pane the mouse is in: the other one scrolls along. */
  readonly from?: "source" | "bytecode";
  hover(line: number | undefined, from: "source" | "bytecode"): void;
}

export const useLink = create<LinkState>()((set, get) => ({
  hover: (hoverLine, from) => {
    if (get().hoverLine !== hoverLine || get().from !== from) set({ hoverLine, from });
  },
}));
