// How the panes are arranged: which tab of the bottom drawer is open, and whether the code
// column beside the editor shows the bytecode or the control-flow graph. Kept across visits.

import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

export const DRAWER_TABS = ["problems", "verifier", "terminal", "events", "maps", "memory", "breakpoints"] as const;
export type DrawerTab = (typeof DRAWER_TABS)[number];

export const CODE_TABS = ["bytecode", "cfg"] as const;
export type CodeTab = (typeof CODE_TABS)[number];

/** The inspectors, when a narrow or short window shows them as tabs (App.tsx). */
export const INSPECTOR_TABS = ["locals", "registers", "callstack", "stack"] as const;
export type InspectorTab = (typeof INSPECTOR_TABS)[number];

interface LayoutState {
  readonly drawer: DrawerTab;
  readonly code: CodeTab;
  readonly inspector: InspectorTab;
  showDrawer(tab: DrawerTab): void;
  showCode(tab: CodeTab): void;
  showInspector(tab: InspectorTab): void;
}

export const useLayout = create<LayoutState>()(
  persist(
    (set) => ({
      drawer: "terminal",
      code: "bytecode",
      inspector: "registers",
      showDrawer: (drawer) => set({ drawer }),
      showCode: (code) => set({ code }),
      showInspector: (inspector) => set({ inspector }),
    }),
    {
      name: "bpfplay.layout",
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ drawer, code, inspector }) => ({ drawer, code, inspector }),
      merge: (saved, current) => {
        const s = saved as { drawer?: unknown; code?: unknown; inspector?: unknown } | undefined;
        return {
          ...current,
          ...(DRAWER_TABS.includes(s?.drawer as DrawerTab) && { drawer: s!.drawer as DrawerTab }),
          ...(CODE_TABS.includes(s?.code as CodeTab) && { code: s!.code as CodeTab }),
          ...(INSPECTOR_TABS.includes(s?.inspector as InspectorTab) && { inspector: s!.inspector as InspectorTab }),
        };
      },
    },
  ),
);
