// The Monaco editor as a React component. The text is controlled: the store above owns it,
// the editor reports every change and only overwrites its model when the store's text
// differs (a new example, a reload), so typing never fights the store. Breakpoints and the
// line the debugger stands on are decorations (decorations.ts, gutter.ts).

import { useEffect, useRef } from "react";
import type { Diagnostic, Dialect, EditorSymbols, Language } from "../../protocol/index.ts";
import { registerAsmMode, setAsmProgType } from "./asmmode.ts";
import { C_LANGUAGE, registerCMode, setCSymbols } from "./cmode.ts";
import { bandLineDecorations, breakpointDecorations, executionDecorations, linkedDecorations } from "./decorations.ts";
import type { BreakpointMark, ExecutionMark } from "./decorations.ts";
import { monaco } from "./environment.ts";
import { attachGutter } from "./gutter.ts";
import type { GutterHandlers } from "./gutter.ts";
import { languageId, registerLanguages } from "./language.ts";
import { setMarkers, setVerifierMarkers } from "./markers.ts";
import { attachTabEscape } from "./tabFocus.ts";
import { setCommandPalette } from "../commandPalette.ts";
import type { VerifierMark } from "./markers.ts";
import { installTestHook } from "./testHook.ts";
import { takeHandoff } from "./handoff.ts";
import { defineTheme, THEME } from "./theme.ts";

export type { BreakpointMark, ExecutionMark, VerifierMark };

export interface CodeEditorProps extends GutterHandlers {
  readonly value: string;
  /** The text is shown, not edited (an object's C lines, a log's): the store's value replaces it whole. */
  readonly readOnly?: boolean;
  readonly language: Language;
  readonly dialect: Dialect;
  /** The program type the text is verified as (assembly completes its context fields). */
  readonly progType?: string;
  /** C: the names the unit defines, for completion and hover. */
  readonly symbols?: EditorSymbols;
  readonly diagnostics: readonly Diagnostic[];
  /** Source line of each instruction slot, to place diagnostics that name an instruction. */
  readonly lines: readonly number[];
  /** The verifier's rejections, marked on their lines. */
  readonly verifierMarks?: readonly VerifierMark[];
  /** Markdown paragraphs to show when hovering a line, if any. */
  readonly hover?: (line: number) => readonly string[] | undefined;
  /** Moves the cursor to this line (selecting through `endLine`, if given) and scrolls it into view, once per distinct `seq`. */
  readonly reveal?: { readonly line: number; readonly endLine?: number; readonly seq: number };
  readonly breakpoints?: readonly BreakpointMark[];
  /** The line the program stands on, or faulted on; scrolled into view when a debugger command moved it there. */
  readonly execution?: ExecutionMark;
  /** Colour band (0..BAND_COUNT-1) of each line that has instructions (C only). */
  readonly bands?: ReadonlyMap<number, number>;
  /** A line to highlight because its instructions are hovered or selected in the bytecode. */
  readonly linkedLine?: number;
  /** The mouse moved onto a line of text (undefined when it left the text). */
  readonly onHoverLine?: (line: number | undefined) => void;
  /** The text changed; `how` says when an undo or a redo of the editor's changed it. */
  readonly onChange: (value: string, how?: "undo" | "redo") => void;
  readonly onCursorLine?: (line: number) => void;
  /** The text moved the breakpoints: their new lines, in the order of `breakpoints`. */
  readonly onBreakpointsMoved?: (lines: number[]) => void;
  /** Escape turned tab-focus mode on (the next Tab leaves the editor), or a key turned it off. */
  readonly onTabFocusMode?: (tabMovesFocus: boolean) => void;
  /** Commands for the command palette (F1), beside the editor's own: the debugger's, by name. */
  readonly commands?: readonly PaletteCommand[];
}

export interface PaletteCommand {
  readonly id: string;
  readonly label: string;
  run(): void;
}

const modelLanguage = (language: Language, dialect: Dialect) => (language === "c" ? C_LANGUAGE : languageId(dialect));

export function CodeEditor(props: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const bpDecorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const execDecorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const bandDecorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const linkDecorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  /** Set while the store's text is written into the model, which is no edit of the user's. */
  const applying = useRef(false);
  // Callbacks change every render; the editor's listeners read the latest through this ref.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    registerLanguages();
    defineTheme();
    installTestHook();
    const p = latest.current;
    const model = monaco.editor.createModel(p.value, modelLanguage(p.language, p.dialect));
    const ed = monaco.editor.create(host.current!, {
      model,
      theme: THEME,
      automaticLayout: true,
      fontFamily: '"JetBrains Mono", "Fira Code", "Cascadia Code", ui-monospace, "DejaVu Sans Mono", monospace',
      fontSize: 13,
      lineHeight: 20,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      renderLineHighlight: "all",
      padding: { top: 12, bottom: 12 },
      tabSize: 4,
      insertSpaces: false,
      fixedOverflowWidgets: true,
      ariaLabel: p.language === "c" ? "C editor" : "eBPF assembly editor",
      glyphMargin: true,
      // Completion comes from bpfplay's providers (C only), never from words of the text.
      wordBasedSuggestions: "off",
      quickSuggestions: p.language === "c",
      lineDecorationsWidth: 14,
      readOnly: !!p.readOnly,
    });
    editor.current = ed;
    // Where the user was in the plain editor of the first screen (PlainEditor.tsx), if anywhere.
    const handoff = takeHandoff();
    if (handoff) {
      const from = model.getPositionAt(handoff.start);
      const to = model.getPositionAt(handoff.end);
      const [anchor, head] = handoff.backward ? [to, from] : [from, to];
      ed.setSelection(new monaco.Selection(anchor.lineNumber, anchor.column, head.lineNumber, head.column));
      ed.setScrollTop(handoff.scrollTop);
      ed.revealPositionInCenterIfOutsideViewport(head);
      if (handoff.focused) ed.focus();
    }
    // Monaco scrolls by transforms and never by its elements' own scroll offsets; but the browser
    // scrolls them natively to show a focused element (Monaco's hidden textarea, after a model swap
    // or a reveal), and then the text stands half a line off its line numbers: a click in the gutter
    // lands on the next line. Any native scroll of those elements is put back at once.
    const fixed = ".overflow-guard, .monaco-scrollable-element.editor-scrollable, .lines-content, .view-lines, .margin";
    const unscroll = (e: Event) => {
      const t = e.target;
      if (!(t instanceof HTMLElement) || !t.matches(fixed)) return;
      if (t.scrollTop !== 0) t.scrollTop = 0;
      if (t.scrollLeft !== 0) t.scrollLeft = 0;
    };
    const hostEl = host.current!;
    hostEl.addEventListener("scroll", unscroll, true);
    bpDecorations.current = ed.createDecorationsCollection();
    execDecorations.current = ed.createDecorationsCollection();
    bandDecorations.current = ed.createDecorationsCollection();
    linkDecorations.current = ed.createDecorationsCollection();
    let hovered: number | undefined;
    const hoverLine = (line: number | undefined) => {
      if (line === hovered) return;
      hovered = line;
      latest.current.onHoverLine?.(line);
    };
    const subs = [
      ...registerCMode((m, line) => (m === ed.getModel() ? latest.current.hover?.(line) : undefined)),
      ed.onDidChangeModelContent((e) => {
        latest.current.onChange(model.getValue(), e.isUndoing ? "undo" : e.isRedoing ? "redo" : undefined);
        const marks = latest.current.breakpoints ?? [];
        const lines = bpDecorations.current!.getRanges().map((r) => r.startLineNumber);
        if (!applying.current && lines.length === marks.length && lines.some((l, k) => l !== marks[k].line)) latest.current.onBreakpointsMoved?.(lines);
      }),
      attachGutter(ed, () => latest.current),
      ...attachTabEscape(ed, (on) => latest.current.onTabFocusMode?.(on)),
      ...(p.commands ?? []).map((c) => ed.addAction({ id: c.id, label: c.label, run: () => latest.current.commands?.find((x) => x.id === c.id)?.run() })),
      ed.onDidChangeCursorPosition((e) => latest.current.onCursorLine?.(e.position.lineNumber)),
      ed.onMouseMove((e) => {
        const t = e.target.type;
        const inText = t === monaco.editor.MouseTargetType.CONTENT_TEXT || t === monaco.editor.MouseTargetType.CONTENT_EMPTY;
        hoverLine(inText ? e.target.position?.lineNumber : undefined);
      }),
      ed.onMouseLeave(() => hoverLine(undefined)),
      ...registerAsmMode((m, line) => (m === ed.getModel() ? latest.current.hover?.(line) : undefined)),
    ];
    // After a scroll (a reveal of the debugger's line) the lines could stand a few pixels off the
    // margin's numbers until the next scroll (breakpoint.spec saw 5 px, steady): a full render on
    // the next frame after a scroll or layout change puts both at the same offset.
    let level = 0;
    const relevel = () => {
      if (level === 0) level = requestAnimationFrame(() => {
        level = 0;
        ed.render(true);
      });
    };
    subs.push(ed.onDidScrollChange(relevel), ed.onDidLayoutChange(relevel));
    setCommandPalette(() => {
      ed.focus();
      ed.trigger("keyboard", "editor.action.quickCommand", null);
    });
    return () => {
      hostEl.removeEventListener("scroll", unscroll, true);
      if (level !== 0) cancelAnimationFrame(level);
      setCommandPalette(undefined);
      subs.forEach((s) => s.dispose());
      ed.dispose();
      model.dispose();
      editor.current = null;
    };
  }, []);

  const { value, language, symbols, dialect, diagnostics, lines, verifierMarks, reveal, breakpoints, execution, bands, linkedLine } = props;

  useEffect(() => {
    bandDecorations.current?.set(bandLineDecorations(bands));
  }, [bands]);

  useEffect(() => {
    linkDecorations.current?.set(linkedDecorations(linkedLine));
    if (linkedLine) editor.current?.revealLineInCenterIfOutsideViewport(linkedLine, monaco.editor.ScrollType.Smooth);
  }, [linkedLine]);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (model && model.getValue() !== value && latest.current.readOnly) {
      // Monaco refuses edits to a read-only editor; shown text has no undo history to keep.
      applying.current = true;
      model.setValue(value);
      applying.current = false;
    } else if (model && model.getValue() !== value) {
      // An edit, not setValue, so the user can undo it.
      // Undo stops on both sides: one undo takes back exactly this, never the typing before it.
      applying.current = true;
      editor.current!.pushUndoStop();
      editor.current!.executeEdits("store", [{ range: model.getFullModelRange(), text: value }]);
      editor.current!.pushUndoStop();
      applying.current = false;
    }
  }, [value]);

  useEffect(() => {
    bpDecorations.current?.set(breakpointDecorations(breakpoints ?? []));
  }, [breakpoints]);

  useEffect(() => {
    execDecorations.current?.set(executionDecorations(execution));
    if (execution?.follow) editor.current?.revealLineInCenterIfOutsideViewport(execution.line, monaco.editor.ScrollType.Smooth);
  }, [execution]);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (model) monaco.editor.setModelLanguage(model, modelLanguage(language, dialect));
    editor.current?.updateOptions({ ariaLabel: language === "c" ? "C editor" : "eBPF assembly editor", quickSuggestions: language === "c" });
  }, [language, dialect]);

  useEffect(() => {
    editor.current?.updateOptions({ readOnly: !!props.readOnly });
  }, [props.readOnly]);

  useEffect(() => {
    if (symbols) setCSymbols(symbols);
  }, [symbols]);

  useEffect(() => {
    if (props.progType) setAsmProgType(props.progType);
  }, [props.progType]);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (model) setMarkers(model, diagnostics, lines);
  }, [diagnostics, lines]);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (model) setVerifierMarkers(model, verifierMarks ?? []);
  }, [verifierMarks]);

  useEffect(() => {
    const ed = editor.current;
    const model = ed?.getModel();
    if (!ed || !model || !reveal) return;
    const last = model.getLineCount();
    const line = Math.min(reveal.line, last);
    const column = model.getLineFirstNonWhitespaceColumn(line) || 1;
    if (reveal.endLine !== undefined && reveal.endLine > line) {
      const end = Math.min(reveal.endLine, last);
      // From the end back to the start, so the cursor (and the cursor line) is the first line.
      ed.setSelection(new monaco.Selection(end, model.getLineMaxColumn(end), line, column));
      ed.revealRangeInCenterIfOutsideViewport(new monaco.Range(line, 1, end, 1));
    } else {
      ed.setPosition({ lineNumber: line, column });
      ed.revealLineInCenterIfOutsideViewport(line);
    }
    ed.focus();
  }, [reveal]);

  return <div className="code-editor" ref={host} />;
}
