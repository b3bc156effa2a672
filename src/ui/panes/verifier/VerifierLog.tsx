// The verifier's log in the kernel's format, folded until asked for. It can run to 20,000 lines
// and more (a loop explored again and again), so only the lines in view are drawn. Each line
// about an instruction is a link to it (a click selects it everywhere, Enter does from the
// keyboard), the selected instruction's lines are marked and the log scrolls to the first of
// them when the selection comes from elsewhere (to the last, where a rejection stopped). A
// search box finds lines, with the count and the next and previous match.

import { useEffect, useMemo, useRef, useState } from "react";
import type { KeyboardEvent } from "react";
import { grouped, plural } from "../../format/bytes.ts";
import { useVerify } from "../../stores/verify.ts";
import { useGoTo } from "./goTo.ts";
import { highlight, logLines, nextMatch, searchLines } from "./logLines.ts";
import type { LogLines } from "./logLines.ts";
import { useLogState } from "./logState.ts";
import { useVirtualRows } from "./useVirtualRows.ts";

const matchCount = (n: number) => `${grouped(n)} ${n === 1 ? "match" : "matches"}`;

/** A line's height in pixels (verifier-pane.css .log-line says the same). */
const ROW = 17;

export function VerifierLog({ log, errorAt }: { readonly log: string; readonly errorAt?: number }) {
  const open = useLogState((s) => s.open);
  const setOpen = useLogState((s) => s.setOpen);
  // (counted only: a folded log is not parsed, as each keystroke brings a new one)
  const count = useMemo(() => lineCount(log), [log]);
  return (
    <details className="verifier-log" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Log <span className="dim">· kernel format, log_level 2 · {plural(count, "line")}</span>
      </summary>
      {open && <LogBody log={log} errorAt={errorAt} />}
    </details>
  );
}

function lineCount(log: string): number {
  let n = 0;
  for (let k = log.indexOf("\n"); k >= 0; k = log.indexOf("\n", k + 1)) n++;
  return log.length === 0 || log.endsWith("\n") ? n : n + 1;
}

function LogBody({ log, errorAt }: { readonly log: string; readonly errorAt?: number }) {
  const lines = useMemo(() => logLines(log), [log]);
  const count = lines.lines.length;
  const { attach, box, first, end, onScroll, scrollToRow } = useVirtualRows(count, ROW);
  const goTo = useGoTo();
  const selectedPc = useVerify((s) => s.selectedPc);
  const query = useLogState((s) => s.query);
  const setQuery = useLogState((s) => s.setQuery);
  const matches = useMemo(() => searchLines(lines.lines, query), [lines, query]);
  /** The match gone to last (a line number), -1 before any. */
  const [match, setMatch] = useState(-1);
  /** The selected instruction's line the log goes to: its first, or the last where a rejection stopped. */
  const selectedLine = selectedPc === undefined ? -1 : selectedPc === errorAt ? lines.last(selectedPc) : lines.first(selectedPc);
  /** The line the reader moved to (keyboard, click, search), while the selection is the one they moved under. */
  const [moved, setMoved] = useState<{ k: number; under: number | undefined; lines: LogLines }>({ k: -1, under: undefined, lines });
  const active = moved.lines === lines && moved.under === selectedPc && moved.k >= 0 ? moved.k : selectedLine;
  const setActive = (k: number, under = selectedPc) => setMoved({ k, under, lines });
  /** A selection made by a click in the log itself does not scroll it. */
  const fromLog = useRef(false);

  // the selection (from anywhere else) brings its lines into view
  useEffect(() => {
    if (fromLog.current) {
      fromLog.current = false;
      return;
    }
    if (selectedLine >= 0) scrollToRow(selectedLine);
  }, [selectedLine, scrollToRow]);

  const select = (k: number) => {
    const pc = lines.pcs[k];
    if (pc >= 0 && pc !== selectedPc) {
      fromLog.current = true;
      setActive(k, pc);
      goTo(pc);
    } else setActive(k);
  };

  const goMatch = (forward: boolean) => {
    const k = nextMatch(matches, match >= 0 ? match : forward ? active - 1 : active + 1, forward);
    if (k < 0) return;
    setMatch(k);
    setActive(k);
    scrollToRow(k);
    // the log itself into view in the pane, when the pane is short
    box?.scrollIntoView({ block: "nearest" });
  };
  const current = matches.indexOf(match);

  const onKey = (e: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((box?.clientHeight ?? ROW * 10) / ROW) - 1);
    const to = { ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + page, PageUp: active - page, Home: 0, End: count - 1 }[e.key];
    if (to !== undefined) {
      e.preventDefault();
      const k = Math.max(0, Math.min(count - 1, to));
      setActive(k);
      scrollToRow(k);
    } else if ((e.key === "Enter" || e.key === " ") && active >= 0) {
      e.preventDefault();
      select(active);
    }
  };

  const drawn = [];
  for (let k = first; k < end; k++) {
    const pc = lines.pcs[k];
    const cls = ["log-line", pc >= 0 ? "linked" : "", pc >= 0 && pc === selectedPc ? "at-selected" : "", k === match ? "current-match" : "", k === active ? "active" : ""].filter(Boolean).join(" ");
    drawn.push(
      <span key={k} id={`vlog-${k}`} role="option" aria-selected={pc >= 0 && pc === selectedPc} aria-posinset={k + 1} aria-setsize={count} className={cls} style={{ top: k * ROW }} data-pc={pc >= 0 ? pc : undefined} title={pc >= 0 ? `insn ${pc}: click to select it` : undefined} onClick={() => select(k)}>
        {query ? highlight(lines.lines[k], query).map((piece, i) => (i % 2 ? <mark key={i}>{piece}</mark> : piece)) : lines.lines[k]}
        {"\n"}
      </span>,
    );
  }

  return (
    <div className="log-body">
      <div className="log-search" role="search">
        <input
          type="search"
          aria-label="Search the log"
          placeholder="Search the log"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setMatch(-1);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              goMatch(!e.shiftKey);
            }
          }}
        />
        <span className="log-count dim" aria-live="polite">
          {query.trim() ? (matches.length ? `${current >= 0 ? `${grouped(current + 1)} of ` : ""}${matchCount(matches.length)}` : "no match") : ""}
        </span>
        <button type="button" className="icon-button" aria-label="Previous match" title="Previous match (Shift+Enter)" disabled={!matches.length} onClick={() => goMatch(false)}>
          ↑
        </button>
        <button type="button" className="icon-button" aria-label="Next match" title="Next match (Enter)" disabled={!matches.length} onClick={() => goMatch(true)}>
          ↓
        </button>
      </div>
      <pre
        ref={attach}
        className="log-view"
        tabIndex={0}
        role="listbox"
        aria-label="Verifier log: a line about an instruction selects it"
        aria-activedescendant={active >= first && active < end ? `vlog-${active}` : undefined}
        onScroll={onScroll}
        onKeyDown={onKey}
      >
        <span className="log-space" style={{ height: count * ROW }} aria-hidden="true" />
        {drawn}
      </pre>
    </div>
  );
}
