// The four inspectors (Locals, Registers, Call stack, Stack) as tabs, one shown at a time:
// the right column of a narrow or short window, and the bottom of the single-column layout.

import { Tabs } from "../../components/Tabs.tsx";
import { useLayout } from "../../stores/layout.ts";
import type { InspectorTab } from "../../stores/layout.ts";
import type { Tab } from "../../components/Tabs.tsx";
import { CallStackPane } from "../callstack/CallStackPane.tsx";
import { LocalsPane } from "../locals/LocalsPane.tsx";
import { RegistersPane } from "../registers/RegistersPane.tsx";
import { StackPane } from "../stack/StackPane.tsx";

const TABS: readonly Tab<InspectorTab>[] = [
  { id: "locals", label: "Locals", panel: <LocalsPane /> },
  { id: "registers", label: "Registers", panel: <RegistersPane /> },
  { id: "callstack", label: "Call stack", panel: <CallStackPane /> },
  { id: "stack", label: "Stack", panel: <StackPane /> },
];

export function InspectorTabs() {
  const inspector = useLayout((s) => s.inspector);
  const showInspector = useLayout((s) => s.showInspector);
  return (
    <section className="pane inspector-tabs" aria-label="Inspectors">
      <Tabs label="Inspectors" tabs={TABS} selected={inspector} onSelect={showInspector} />
    </section>
  );
}
