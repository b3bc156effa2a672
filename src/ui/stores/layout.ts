// How the panes are arranged: which tab of the bottom drawer is open, and whether the code
// column beside the editor shows the bytecode or the control-flow graph. Kept across visits.

import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

export const DRAWER_TABS = ["problems", "verifier", "terminal", "maps", "memory", "breakpoints"] as const;
export type DrawerTab = (typeof DRAWER_TABS)[number];

export const CODE_TABS = ["bytecode", "cfg"] as const;
export type CodeTab = (typeof CODE_TABS)[number];

interface LayoutState {
  readonly drawer: DrawerTab;
  readonly code: CodeTab;
  showDrawer(tab: DrawerTab): void;
  showCode(tab: CodeTab): void;
}

export const useLayout = create<LayoutState>()(
  persist((set) => ({ drawer: "terminal", code: "bytecode", showDrawer: (drawer) => set({ drawer }), showCode: (code) => set({ code }) }), {
    name: "bpfplay.layout",
    version: 1,
    storage: createJSONStorage(() => localStorage),
    partialize: ({ drawer, code }) => ({ drawer, code }),
    merge: (saved, current) => {
      const s = saved as { drawer?: unknown; code?: unknown } | undefined;
      return {
        ...current,
        ...(DRAWER_TABS.includes(s?.drawer as DrawerTab) && { drawer: s!.drawer as DrawerTab }),
        ...(CODE_TABS.includes(s?.code as CodeTab) && { code: s!.code as CodeTab }),
      };
    },
  }),
);
