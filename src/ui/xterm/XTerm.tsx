// The one door to xterm.js: a terminal that fills its box, refits when the box changes size, and
// takes whole lines (ANSI colours allowed) through a small handle. Given `onLine`, it also reads a
// command line: a prompt, editing with Backspace, history with Up and Down, completion with Tab
// (Tab on an empty line moves focus on, so the keyboard is never trapped), Ctrl+C to drop the line.

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

export interface LineInput {
  readonly prompt: string;
  /** A typed line; the lines to print after it. */
  onLine(line: string): readonly string[];
  /** Completions of the line as typed. */
  complete(line: string): readonly string[];
}

export function XTerm({ ref, label, input }: { readonly ref?: Ref<TerminalHandle>; readonly label: string; readonly input?: LineInput }) {
  const host = useRef<HTMLDivElement>(null);
  const term = useRef<Terminal | null>(null);
  // The input handlers are fixed at mount (the pane gives a memoised object); kept in a ref for the effect's callbacks.
  const inputRef = useRef(input);
  useEffect(() => {
    inputRef.current = input;
  }, [input]);
  /** The line being typed, and the history of lines entered. */
  const line = useRef({ text: "", history: [] as string[], at: 0 });

  useEffect(() => {
    const t = new Terminal({
      theme: THEME,
      fontFamily: '"JetBrains Mono", "Fira Code", "Cascadia Code", ui-monospace, "DejaVu Sans Mono", monospace',
      fontSize: 12,
      // Dim text (the greeting, the run separators) stays readable: xterm lifts any colour below 4.5:1.
      minimumContrastRatio: 4.5,
      lineHeight: 1.25,
      scrollback: 5000,
      disableStdin: !inputRef.current,
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
    const redraw = () => {
      const inp = inputRef.current;
      if (inp) t.write(`\r\x1b[K${inp.prompt}${line.current.text}`);
    };
    const data = t.onData((d) => {
      const inp = inputRef.current;
      if (!inp) return;
      const L = line.current;
      if (d === "\r") {
        const typed = L.text;
        t.write("\r\n");
        L.text = "";
        if (typed.trim()) {
          L.history.push(typed);
          if (L.history.length > 200) L.history.shift();
        }
        L.at = L.history.length;
        const out = inp.onLine(typed);
        if (out.length) t.write(out.join("\r\n") + "\r\n");
        t.write(inp.prompt);
      } else if (d === "\x7f") {
        if (L.text) {
          L.text = L.text.slice(0, -1);
          t.write("\b \b");
        }
      } else if (d === "\t") {
        const options = inp.complete(L.text);
        const last = L.text.split(/\s+/).pop() ?? "";
        if (options.length === 1) {
          L.text = L.text.slice(0, L.text.length - last.length) + options[0] + " ";
          redraw();
        } else if (options.length > 1) {
          t.write("\r\n" + options.join("  ") + "\r\n");
          redraw();
        }
      } else if (d === "\x1b[A" || d === "\x1b[B") {
        L.at = Math.max(0, Math.min(L.history.length, L.at + (d === "\x1b[A" ? -1 : 1)));
        L.text = L.history[L.at] ?? "";
        redraw();
      } else if (d === "\x03") {
        L.text = "";
        t.write("^C\r\n" + inp.prompt);
      } else if (!d.startsWith("\x1b")) {
        // typed or pasted text: printable characters only, one line
        const clean = Array.from(d).filter((ch) => ch >= " " && ch !== "\x7f").join("");
        L.text += clean;
        t.write(clean);
      }
    });
    // Tab on an empty command line is the keyboard's way out of the terminal.
    t.attachCustomKeyEventHandler((e) => !(e.key === "Tab" && (!inputRef.current || line.current.text === "")));
    if (inputRef.current) t.write(inputRef.current.prompt);
    const observer = new ResizeObserver(refit);
    observer.observe(host.current!);
    term.current = t;
    return () => {
      data.dispose();
      observer.disconnect();
      t.dispose();
      term.current = null;
    };
  }, [label]);

  useImperativeHandle(
    ref,
    () => ({
      writeLines(lines) {
        if (!lines.length) return;
        const inp = inputRef.current;
        // Output arriving while a line is typed goes above it; the prompt and the line come back after.
        if (inp) term.current?.write(`\r\x1b[K${lines.join("\n")}\n${inp.prompt}${line.current.text}`);
        else term.current?.write(lines.join("\n") + "\n");
      },
      clear() {
        term.current?.reset();
        const inp = inputRef.current;
        if (inp) term.current?.write(`${inp.prompt}${line.current.text}`);
      },
    }),
    [],
  );

  return <div className="xterm-host" ref={host} />;
}
