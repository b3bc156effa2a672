// Arranges the panes; holds no logic. Source and bytecode (or the control-flow graph) side
// by side with the drawer (problems, verifier, terminal, maps, memory, breakpoints) below
// them; the C locals, registers, call stack and stack down the right. Every split can be dragged (or
// moved with the arrow keys), and the sizes the user chose come back on the next visit.

import type { ComponentProps } from "react";
import { Group, Panel, Separator, useDefaultLayout } from "react-resizable-panels";
import { CallStackPane } from "./panes/callstack/CallStackPane.tsx";
import { CodeColumn } from "./panes/code/CodeColumn.tsx";
import { DebugBar } from "./panes/debug/DebugBar.tsx";
import { StatusBar } from "./panes/debug/StatusBar.tsx";
import { Drawer } from "./panes/drawer/Drawer.tsx";
import { EditorPane } from "./panes/editor/EditorPane.tsx";
import { LocalsPane } from "./panes/locals/LocalsPane.tsx";
import { RegistersPane } from "./panes/registers/RegistersPane.tsx";
import { StackPane } from "./panes/stack/StackPane.tsx";
import { Toolbar } from "./panes/toolbar/Toolbar.tsx";

/** A split whose sizes, once the user moves them, are kept in localStorage under its id. */
function SavedGroup(props: ComponentProps<typeof Group> & { readonly id: string }) {
  const { defaultLayout, onLayoutChanged } = useDefaultLayout({ id: `bpfplay.layout.${props.id}`, storage: localStorage, onlySaveAfterUserInteractions: true });
  return <Group {...props} defaultLayout={defaultLayout} onLayoutChanged={onLayoutChanged} />;
}

export function App() {
  return (
    <div className="app">
      <Toolbar />
      <section className="debug-controls" aria-label="Debugger controls">
        <DebugBar />
      </section>
      <main className="workspace">
        <SavedGroup orientation="horizontal" id="workspace">
          <Panel id="work" defaultSize="67%" minSize="35%">
            <SavedGroup orientation="vertical" id="work-rows">
              <Panel id="code" defaultSize="60%" minSize="20%">
                <SavedGroup orientation="horizontal" id="code-columns">
                  <Panel id="source" defaultSize="57%" minSize="25%">
                    <EditorPane />
                  </Panel>
                  <Separator aria-label="Resize Source and Bytecode" className="split split-v" />
                  <Panel id="bytecode" defaultSize="43%" minSize="15%">
                    <CodeColumn />
                  </Panel>
                </SavedGroup>
              </Panel>
              <Separator aria-label="Resize the code and the drawer" className="split split-h" />
              <Panel id="drawer" defaultSize="40%" minSize="12%">
                <Drawer />
              </Panel>
            </SavedGroup>
          </Panel>
          <Separator aria-label="Resize the work area and the inspectors" className="split split-v" />
          <Panel id="inspect" defaultSize="33%" minSize="20%">
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
          </Panel>
        </SavedGroup>
      </main>
      <StatusBar />
    </div>
  );
}
