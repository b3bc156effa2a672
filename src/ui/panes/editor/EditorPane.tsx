// The source pane: the editor, with its diagnostics (the assembler's and the verifier's),
// hovers (the instruction, and the verifier's states there), breakpoints and the line the
// debugger stands on.

import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import { PaneHeader } from "../../components/PaneHeader.tsx";
import { useBuild } from "../../stores/build.ts";
import { useDocument } from "../../stores/document.ts";
import { useLayout } from "../../stores/layout.ts";
import { useSession } from "../../stores/session.ts";
import { useVerify } from "../../stores/verify.ts";
import { bandsOf } from "../../format/bands.ts";
import { useLink } from "../../stores/link.ts";
import { cHoverFor, hoverFor, verifierHoverFor } from "./hover.ts";
import { breakpointMarks, executionMark } from "./marks.ts";
import { DEBUG_ACTIONS } from "../debug/actions.ts";
import { loadCodeEditor } from "../../firstScreen.ts";
import { debugView, perform } from "../debug/view.ts";
import { PlainEditor } from "./PlainEditor.tsx";
import "../objects/objects.css";

/** The debugger's actions in the command palette, as "Debug: Step over" and so on. */
const PALETTE = DEBUG_ACTIONS.filter((a) => a.perform !== "pause").map((a) => ({ id: `bpfplay.debug.${a.id}`, label: `Debug: ${a.name}`, run: () => void (a.enabled(debugView(useSession.getState())) && perform(a)) }));

// Monaco is most of the download; until it is loaded and started, a plain editor takes the typing.
const CodeEditor = lazy(() => loadCodeEditor().then((m) => ({ default: m.CodeEditor })));

export function EditorPane() {
  const docText = useDocument((s) => s.text);
  const dialect = useDocument((s) => s.dialect);
  const docLanguage = useDocument((s) => s.language);
  // An object or a kernel log is not text to edit: the pane shows what the build made of it
  // (the object's C lines or disassembly, the log's source lines or instructions), read-only.
  const shownOnly = docLanguage === "object" || docLanguage === "log";
  const shown = useBuild((s) => (shownOnly ? s.shown : undefined));
  const text = shownOnly ? (shown?.text ?? "") : docText;
  const language = shownOnly ? (shown?.language ?? "asm") : docLanguage;
  const symbols = useBuild((s) => s.symbols);
  // Lit from the bytecode side only: the editor shows its own hover.
  const linkedLine = useLink((s) => (s.from === "bytecode" ? s.hoverLine : undefined));
  const hoverLink = useLink((s) => s.hover);
  const reveal = useDocument((s) => s.reveal);
  const setText = useDocument((s) => s.setText);
  const setCursorLine = useDocument((s) => s.setCursorLine);
  const diagnostics = useBuild((s) => s.diagnostics);
  const lines = useBuild((s) => s.lines);
  const listing = useBuild((s) => s.listing);
  const bands = useMemo(() => (language === "c" ? bandsOf(listing) : undefined), [language, listing]);
  // While the text does not assemble, an older verdict would mark lines that moved: none then.
  const verdict = useVerify((s) => (s.status === "skipped" ? undefined : s.verdict));
  const verifierMarks = useMemo(() => verdict?.problems.map(({ line, message, code }) => ({ line, message, code })) ?? [], [verdict]);
  const hover = useCallback((line: number) => {
    const parts = [...((language === "c" ? cHoverFor : hoverFor)(listing, line) ?? []), ...(verifierHoverFor(verdict, line) ?? [])];
    return parts.length ? parts : undefined;
  }, [listing, verdict, language]);

  const progType = useSession((s) => s.progType);
  const breakpoints = useSession((s) => s.breakpoints);
  const bound = useSession((s) => (s.stale ? undefined : s.state?.breakpoints));
  const marks = useMemo(() => breakpointMarks(breakpoints, bound), [breakpoints, bound]);
  const execLine = useSession((s) => (s.stale || s.running ? undefined : executionMark(s.state)?.line));
  const execKind = useSession((s) => (s.stale || s.running ? undefined : executionMark(s.state)?.kind));
  // Only a debugger command scrolls to the program's line: a new session after an edit stands at
  // the entry, and jumping there would take the view away from the line being typed.
  const follow = useSession((s) => s.state?.command !== undefined);
  const execution = useMemo(() => (execLine && execKind ? { line: execLine, kind: execKind, follow } : undefined), [execLine, execKind, follow]);
  const session = useSession.getState;
  const showDrawer = useLayout((s) => s.showDrawer);
  const [tabMovesFocus, setTabMovesFocus] = useState(false);
  const kind = docLanguage === "object" ? "Object (read-only)" : docLanguage === "log" ? "Kernel log (read-only)" : language === "c" ? "C (prog.c)" : dialect === "llvm" ? "LLVM syntax" : "uBPF syntax";

  return (
    <section className="pane pane-editor" aria-label="Source">
      <PaneHeader
        title="Source"
        detail={
          <>
            <span className={`tab-focus${tabMovesFocus ? " on" : ""}`} aria-live="polite" title="Escape, then Tab, leaves the editor; any other key types Tab again">
              {tabMovesFocus ? "Tab moves focus" : "Esc Tab: leave editor"}
            </span>
            {kind}
          </>
        }
      />
      {shownOnly && (
        <p className="source-note" role="note">
          {shown?.note ?? "Reading…"}
        </p>
      )}
      <Suspense fallback={<PlainEditor value={text} readOnly={shownOnly} label={language === "c" ? "C editor" : "eBPF assembly editor"} onChange={(value) => !shownOnly && setText(value)} />}>
        <CodeEditor
          value={text}
          readOnly={shownOnly}
          language={language}
          symbols={symbols}
          progType={progType}
          dialect={dialect}
          diagnostics={diagnostics}
          lines={lines}
          verifierMarks={verifierMarks}
          hover={hover}
          reveal={reveal}
          breakpoints={marks}
          execution={execution}
          bands={bands}
          linkedLine={linkedLine}
          onHoverLine={(line) => hoverLink(line, "source")}
          onChange={(value) => !shownOnly && setText(value)}
          onCursorLine={setCursorLine}
          onToggleBreakpoint={(line) => session().toggleBreakpoint(line)}
          onEditBreakpoint={(line) => {
            session().editCondition(line);
            showDrawer("breakpoints");
          }}
          onRunToLine={(line) => session().command({ kind: "runToCursor", line })}
          onBreakpointsMoved={(moved) => session().moveBreakpoints(moved)}
          onTabFocusMode={setTabMovesFocus}
          commands={PALETTE}
        />
      </Suspense>
    </section>
  );
}
