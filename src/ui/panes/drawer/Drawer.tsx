// The bottom drawer: the problems, the verifier's verdict and states, the terminal, the
// maps, the context and packet, and the breakpoints, one at a time in tabs (they all need
// width more than height).

import { useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { Tabs } from "../../components/Tabs.tsx";
import type { Tab } from "../../components/Tabs.tsx";
import { useBuild } from "../../stores/build.ts";
import { useLayout } from "../../stores/layout.ts";
import type { DrawerTab } from "../../stores/layout.ts";
import { useSession } from "../../stores/session.ts";
import { useVerify } from "../../stores/verify.ts";
import { BreakpointsPane } from "../breakpoints/BreakpointsPane.tsx";
import { ProblemsPane } from "../problems/ProblemsPane.tsx";
import { afterFirstScreen } from "../../firstScreen.ts";

// Loaded once the editor takes typing (firstScreen.ts): xterm alone is a third of the page's script.
const TerminalPane = afterFirstScreen(() => import("../terminal/TerminalPane.tsx").then((m) => m.TerminalPane), "TerminalPane");
const VerifierPane = afterFirstScreen(() => import("../verifier/VerifierPane.tsx").then((m) => m.VerifierPane), "VerifierPane");
const EventsPane = afterFirstScreen(() => import("../events/EventsPane.tsx").then((m) => m.EventsPane), "EventsPane");
const MapsPane = afterFirstScreen(() => import("../maps/MapsPane.tsx").then((m) => m.MapsPane), "MapsPane");
const MemoryPane = afterFirstScreen(() => import("../memory/MemoryPane.tsx").then((m) => m.MemoryPane), "MemoryPane");

export function Drawer() {
  const drawer = useLayout((s) => s.drawer);
  const showDrawer = useLayout((s) => s.showDrawer);
  const mapCount = useSession((s) => s.state?.snapshot.maps.length ?? 0);
  const bpCount = useSession((s) => s.breakpoints.length);
  const [cleared, setCleared] = useState(0);
  const [asmErrors, asmOthers] = useBuild(useShallow((s) => [s.diagnostics.filter((d) => d.severity === "error").length, s.diagnostics.filter((d) => d.severity !== "error").length]));
  const verdict = useVerify((s) => (s.status === "skipped" || !s.verdict ? undefined : s.verdict.accepted ? "accepted" : "rejected"));
  const rejections = useVerify((s) => (s.status === "skipped" ? 0 : (s.verdict?.problems.length ?? 0)));
  const problems = asmErrors + asmOthers + rejections;

  const tabs: Tab<DrawerTab>[] = [
    { id: "problems", label: "Problems", badge: problems || undefined, badgeTone: asmErrors + rejections ? "error" : "warn", panel: <ProblemsPane /> },
    {
      id: "verifier",
      label: "Verifier",
      badge: verdict === "accepted" ? "✓" : verdict === "rejected" ? "✗" : undefined,
      badgeTone: verdict === "accepted" ? "ok" : "error",
      panel: <VerifierPane />,
    },
    { id: "terminal", label: "Terminal", panel: <TerminalPane clearSignal={cleared} /> },
    { id: "events", label: "Events", panel: <EventsPane /> },
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
