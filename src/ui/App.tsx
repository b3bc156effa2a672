// Arranges the panes; holds no logic.

import { BytecodePane } from "./panes/bytecode/BytecodePane.tsx";
import { EditorPane } from "./panes/editor/EditorPane.tsx";
import { Toolbar } from "./panes/toolbar/Toolbar.tsx";

export function App() {
  return (
    <div className="app">
      <Toolbar />
      <main className="panes">
        <EditorPane />
        <BytecodePane />
      </main>
    </div>
  );
}
