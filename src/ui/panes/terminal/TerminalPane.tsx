// The terminal: bpf_printk output as trace_pipe prints it, a line for each end of a run (exit,
// fault, budget) or refusal, and a command line (console.ts: run, step, break, x, print, map
// dump, ...). It follows the session store outside React's renders, since it only ever appends.

import { useEffect, useMemo, useRef } from "react";
import { useBuild } from "../../stores/build.ts";
import { useSession } from "../../stores/session.ts";
import { eventLines, selectEvent } from "../../stores/stream.ts";
import { useVerify } from "../../stores/verify.ts";
import { XTerm } from "../../xterm/XTerm.tsx";
import type { LineInput, TerminalHandle } from "../../xterm/XTerm.tsx";
import { complete, runLine } from "./console.ts";
import type { ConsoleContext } from "./console.ts";
import { NOTHING_PRINTED, terminalOutput } from "./output.ts";
import type { Printed } from "./output.ts";

const GREETING = "\x1b[90mbpf_printk output appears here, as /sys/kernel/tracing/trace_pipe shows it. Type help for commands.\x1b[0m";
const PROMPT = "\x1b[36m(bpf)\x1b[0m ";

/** What the commands see, read from the stores when a line is entered. */
function consoleContext(clear: () => void): ConsoleContext {
  const s = useSession.getState();
  const b = useBuild.getState();
  const v = useVerify.getState().verdict;
  return {
    snapshot: s.state?.snapshot,
    locals: s.state?.locals ?? [],
    listing: b.listing.map((r) => `${String(r.pc).padStart(4)}: ${r.text}`),
    breakpoints: s.breakpoints,
    maps: b.program?.maps ?? [],
    seeds: s.mapSeeds,
    events: eventLines(),
    selectEvent,
    setSeeds: (seeds) => useSession.getState().setMapSeeds(seeds),
    isC: b.language === "c",
    verdict: v ? (v.accepted ? `accepted as ${v.progType}: ${v.insnsProcessed} instructions processed` : `rejected as ${v.progType}: ${v.problems.map((p) => `insn ${p.pc}: ${p.message}`).join("; ")}`) : undefined,
    command: (c) => useSession.getState().command(c),
    setBreakpoint: (line, condition) => {
      const st = useSession.getState();
      if (!st.breakpoints.some((x) => x.line === line)) st.toggleBreakpoint(line);
      if (condition) useSession.getState().setCondition(line, condition);
    },
    removeBreakpoint: (line) => useSession.getState().removeBreakpoint(line),
    reset: () => useSession.getState().reset(),
    clear,
  };
}

export function TerminalPane({ clearSignal }: { readonly clearSignal: number }) {
  const term = useRef<TerminalHandle>(null);

  useEffect(() => {
    let printed: Printed = NOTHING_PRINTED;
    const print = (s: ReturnType<typeof useSession.getState>) => {
      const out = terminalOutput(printed, { state: s.state, error: s.error, progType: s.progType });
      printed = out.printed;
      term.current?.writeLines(out.lines);
    };
    term.current?.writeLines([GREETING]);
    print(useSession.getState());
    return useSession.subscribe((s, prev) => {
      if (s.state !== prev.state || s.error !== prev.error) print(s);
    });
  }, []);

  useEffect(() => {
    if (clearSignal) term.current?.clear();
  }, [clearSignal]);

  const input = useMemo<LineInput>(
    () => ({
      prompt: PROMPT,
      onLine: (line) => runLine(line, consoleContext(() => term.current?.clear())),
      complete: (line) => complete(line, consoleContext(() => {})),
    }),
    [],
  );

  return (
    <section className="pane pane-terminal" aria-label="Terminal">
      <XTerm ref={term} label="Terminal: output and command line" input={input} />
    </section>
  );
}
