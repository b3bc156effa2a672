// The source pane: the document's text in Monaco, with the build's diagnostics as markers
// and the listing behind the hovers.

import { lazy, Suspense, useCallback } from "react";
import { PaneHeader } from "../../components/PaneHeader.tsx";
import { useBuild } from "../../stores/build.ts";
import { useDocument } from "../../stores/document.ts";
import { hoverFor } from "./hover.ts";

// Monaco is most of the download; the rest of the app paints while it loads.
const CodeEditor = lazy(() => import("../../monaco/CodeEditor.tsx").then((m) => ({ default: m.CodeEditor })));

export function EditorPane() {
  const text = useDocument((s) => s.text);
  const dialect = useDocument((s) => s.dialect);
  const reveal = useDocument((s) => s.reveal);
  const setText = useDocument((s) => s.setText);
  const setCursorLine = useDocument((s) => s.setCursorLine);
  const diagnostics = useBuild((s) => s.diagnostics);
  const lines = useBuild((s) => s.lines);
  const listing = useBuild((s) => s.listing);
  const hover = useCallback((line: number) => hoverFor(listing, line), [listing]);

  return (
    <section className="pane pane-editor" aria-label="Source">
      <PaneHeader title="Source" detail={dialect === "llvm" ? "LLVM syntax" : "uBPF syntax"} />
      <Suspense fallback={<p className="empty">Loading the editor…</p>}>
        <CodeEditor
          value={text}
          dialect={dialect}
          diagnostics={diagnostics}
          lines={lines}
          hover={hover}
          reveal={reveal}
          onChange={setText}
          onCursorLine={setCursorLine}
        />
      </Suspense>
    </section>
  );
}
