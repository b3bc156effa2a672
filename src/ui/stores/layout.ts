// How the panes are arranged: which tab of the bottom drawer is open. Kept across visits.

import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

export const DRAWER_TABS = ["terminal", "maps", "memory", "breakpoints"] as const;
export type DrawerTab = (typeof DRAWER_TABS)[number];

interface LayoutState {
  readonly drawer: DrawerTab;
  showDrawer(tab: DrawerTab): void;
}

export const useLayout = create<LayoutState>()(
  persist((set) => ({ drawer: "terminal", showDrawer: (drawer) => set({ drawer }) }), {
    name: "bpfplay.layout",
    version: 1,
    storage: createJSONStorage(() => localStorage),
    merge: (saved, current) => {
      const d = (saved as { drawer?: unknown } | undefined)?.drawer;
      return { ...current, ...(DRAWER_TABS.includes(d as DrawerTab) && { drawer: d as DrawerTab }) };
    },
  }),
);
