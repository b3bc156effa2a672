// Arranges the panes; holds no logic. Source and bytecode (or the control-flow graph) side
// by side with the drawer (problems, verifier, terminal, maps, memory, breakpoints) below
// them; the C locals, registers, call stack and stack down the right. Every split can be dragged (or
// moved with the arrow keys), and the sizes the user chose come back on the next visit.
// A narrow or short window shows the inspectors as tabs; below 1000 px wide everything stacks
// in one scrolling column (useViewport.ts says which).

import type { ComponentProps } from "react";
import { Group, Panel, Separator, useDefaultLayout } from "react-resizable-panels";
import { CallStackPane } from "./panes/callstack/CallStackPane.tsx";
import { CodeColumn } from "./panes/code/CodeColumn.tsx";
import { DebugBar } from "./panes/debug/DebugBar.tsx";
import { StatusBar } from "./panes/debug/StatusBar.tsx";
import { Drawer } from "./panes/drawer/Drawer.tsx";
import { EditorPane } from "./panes/editor/EditorPane.tsx";
import { ExampleNote } from "./panes/gallery/ExampleNote.tsx";
import { InspectorTabs } from "./panes/inspect/InspectorTabs.tsx";
import { LocalsPane } from "./panes/locals/LocalsPane.tsx";
import { RegistersPane } from "./panes/registers/RegistersPane.tsx";
import { StackPane } from "./panes/stack/StackPane.tsx";
import { Timeline } from "./panes/timeline/Timeline.tsx";
import { Toolbar } from "./panes/toolbar/Toolbar.tsx";
import { useDocuments } from "./stores/documents.ts";
import { arrangementOf, useViewport } from "./useViewport.ts";

/** A split whose sizes, once the user moves them, are kept in localStorage under its id. */
function SavedGroup(props: ComponentProps<typeof Group> & { readonly id: string }) {
  const { defaultLayout, onLayoutChanged } = useDefaultLayout({ id: `bpfplay.layout.${props.id}`, storage: localStorage, onlySaveAfterUserInteractions: true });
  return <Group {...props} defaultLayout={defaultLayout} onLayoutChanged={onLayoutChanged} />;
}

/** Source and bytecode (or the CFG) side by side. */
function CodeRow() {
  // A fresh editor for each document, so its undo history never reaches into another's text.
  const doc = useDocuments((s) => s.currentId);
  return (
    <SavedGroup orientation="horizontal" id="code-columns">
      <Panel id="source" defaultSize="57%" minSize="25%">
        <div className="source-stack">
          <ExampleNote />
          <div className="source-stack-editor">
            <EditorPane key={doc} />
          </div>
        </div>
      </Panel>
      <Separator aria-label="Resize Source and Bytecode" className="split split-v" />
      <Panel id="bytecode" defaultSize="43%" minSize="15%">
        <CodeColumn />
      </Panel>
    </SavedGroup>
  );
}

function StackedInspectors() {
  return (
    <SavedGroup orientation="vertical" id="inspect-rows">
      <Panel id="locals" defaultSize="26%" minSize="10%">
        <LocalsPane />
      </Panel>
      <Separator aria-label="Resize Locals and Registers" className="split split-h" />
      <Panel id="registers" defaultSize="32%" minSize="12%">
        <RegistersPane />
      </Panel>
      <Separator aria-label="Resize Registers and Call stack" className="split split-h" />
      <Panel id="callstack" defaultSize="12%" minSize="6%">
        <CallStackPane />
      </Panel>
      <Separator aria-label="Resize Call stack and Stack" className="split split-h" />
      <Panel id="stack" defaultSize="30%" minSize="10%">
        <StackPane />
      </Panel>
    </SavedGroup>
  );
}

/** Below 1000 px wide: code, drawer and inspectors one under the other; the page scrolls. */
function SingleColumn() {
  return (
    <main className="workspace single-column">
      <div className="single-code">
        <CodeRow />
      </div>
      <div className="single-drawer">
        <Drawer />
      </div>
      <div className="single-inspect">
        <InspectorTabs />
      </div>
    </main>
  );
}

function Columns({ tabbed }: { readonly tabbed: boolean }) {
  return (
    <main className="workspace">
      <SavedGroup orientation="horizontal" id="workspace">
        <Panel id="work" defaultSize="67%" minSize="35%">
          <SavedGroup orientation="vertical" id="work-rows">
            <Panel id="code" defaultSize="60%" minSize="20%">
              <CodeRow />
            </Panel>
            <Separator aria-label="Resize the code and the drawer" className="split split-h" />
            <Panel id="drawer" defaultSize="40%" minSize="12%">
              <Drawer />
            </Panel>
          </SavedGroup>
        </Panel>
        <Separator aria-label="Resize the work area and the inspectors" className="split split-v" />
        <Panel id="inspect" defaultSize="33%" minSize="20%">
          {tabbed ? <InspectorTabs /> : <StackedInspectors />}
        </Panel>
      </SavedGroup>
    </main>
  );
}

export function App() {
  const arrangement = arrangementOf(useViewport());
  return (
    <div className={`app arrangement-${arrangement}`}>
      <Toolbar />
      <section className="debug-controls" aria-label="Debugger controls">
        <DebugBar />
        <Timeline />
      </section>
      {arrangement === "single" ? <SingleColumn /> : <Columns tabbed={arrangement === "tabbed"} />}
      <StatusBar />
    </div>
  );
}
