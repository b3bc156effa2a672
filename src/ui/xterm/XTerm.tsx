// The one door to xterm.js: a read-only terminal that fills its box, refits when the box
// changes size, and takes whole lines (ANSI colours allowed) through a small handle.

import { FitAddon } from "@xterm/addon-fit";
import { Terminal } from "@xterm/xterm";
import "@xterm/xterm/css/xterm.css";
import { useEffect, useImperativeHandle, useRef } from "react";
import type { Ref } from "react";

export interface TerminalHandle {
  writeLines(lines: readonly string[]): void;
  clear(): void;
}

const THEME = {
  background: "#0d1117",
  foreground: "#c9d4e3",
  cursor: "#0d1117",
  cursorAccent: "#0d1117",
  selectionBackground: "#2d3f5f",
  black: "#1b2230",
  red: "#ff6b81",
  green: "#7fd88f",
  yellow: "#ffcb6b",
  blue: "#82aaff",
  magenta: "#c792ea",
  cyan: "#89ddff",
  white: "#d6deeb",
  brightBlack: "#8590a4",
};

export function XTerm({ ref, label }: { readonly ref?: Ref<TerminalHandle>; readonly label: string }) {
  const host = useRef<HTMLDivElement>(null);
  const term = useRef<Terminal | null>(null);

  useEffect(() => {
    const t = new Terminal({
      theme: THEME,
      fontFamily: '"JetBrains Mono", "Fira Code", "Cascadia Code", ui-monospace, "DejaVu Sans Mono", monospace',
      fontSize: 12,
      // Dim text (the greeting, the run separators) stays readable: xterm lifts any colour below 4.5:1.
      minimumContrastRatio: 4.5,
      lineHeight: 1.25,
      scrollback: 5000,
      disableStdin: true,
      cursorStyle: "bar",
      cursorInactiveStyle: "none",
      convertEol: true,
    });
    const fit = new FitAddon();
    t.loadAddon(fit);
    t.open(host.current!);
    t.textarea?.setAttribute("aria-label", label);
    const refit = () => {
      // A hidden or collapsed box has no size to fit to.
      if (!host.current || host.current.clientWidth === 0 || host.current.clientHeight === 0) return;
      const dims = fit.proposeDimensions();
      if (dims && (dims.cols !== t.cols || dims.rows !== t.rows)) t.resize(dims.cols, dims.rows);
    };
    refit();
    const observer = new ResizeObserver(refit);
    observer.observe(host.current!);
    term.current = t;
    return () => {
      observer.disconnect();
      t.dispose();
      term.current = null;
    };
  }, [label]);

  useImperativeHandle(
    ref,
    () => ({
      writeLines(lines) {
        if (lines.length) term.current?.write(lines.join("\n") + "\n");
      },
      clear() {
        term.current?.reset();
      },
    }),
    [],
  );

  return <div className="xterm-host" ref={host} />;
}
