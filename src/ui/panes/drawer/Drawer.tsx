// The bottom drawer: the terminal, the maps, the context and packet, and the breakpoints,
// one at a time in tabs (they all need width more than height).

import { useState } from "react";
import { Tabs } from "../../components/Tabs.tsx";
import type { Tab } from "../../components/Tabs.tsx";
import { useLayout } from "../../stores/layout.ts";
import type { DrawerTab } from "../../stores/layout.ts";
import { useSession } from "../../stores/session.ts";
import { BreakpointsPane } from "../breakpoints/BreakpointsPane.tsx";
import { MapsPane } from "../maps/MapsPane.tsx";
import { MemoryPane } from "../memory/MemoryPane.tsx";
import { TerminalPane } from "../terminal/TerminalPane.tsx";

export function Drawer() {
  const drawer = useLayout((s) => s.drawer);
  const showDrawer = useLayout((s) => s.showDrawer);
  const mapCount = useSession((s) => s.state?.snapshot.maps.length ?? 0);
  const bpCount = useSession((s) => s.breakpoints.length);
  const [cleared, setCleared] = useState(0);

  const tabs: Tab<DrawerTab>[] = [
    { id: "terminal", label: "Terminal", panel: <TerminalPane clearSignal={cleared} /> },
    { id: "maps", label: "Maps", badge: mapCount || undefined, panel: <MapsPane /> },
    { id: "memory", label: "Memory", panel: <MemoryPane /> },
    { id: "breakpoints", label: "Breakpoints", badge: bpCount || undefined, panel: <BreakpointsPane /> },
  ];
  const actions =
    drawer === "terminal" ? (
      <button type="button" className="text-button" onClick={() => setCleared((n) => n + 1)} title="Clear the terminal">
        Clear
      </button>
    ) : undefined;

  return (
    <div className="pane pane-drawer">
      <Tabs label="Output and data" tabs={tabs} selected={drawer} onSelect={showDrawer} actions={actions} />
    </div>
  );
}
