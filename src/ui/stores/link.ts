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
    const s = get();
    // A pane the mouse left may say so after the other pane took the hover: that is no news.
    if (hoverLine === undefined && s.from !== from) return;
    if (s.hoverLine !== hoverLine || s.from !== from) set({ hoverLine, from });
  },
}));
