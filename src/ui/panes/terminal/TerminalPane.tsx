// The terminal: bpf_printk output as trace_pipe prints it, and a line for each end of a run
// (exit, fault, budget) or refusal. It follows the session store outside React's renders,
// since it only ever appends.

import { useEffect, useRef } from "react";
import { useSession } from "../../stores/session.ts";
import { XTerm } from "../../xterm/XTerm.tsx";
import type { TerminalHandle } from "../../xterm/XTerm.tsx";
import { NOTHING_PRINTED, terminalOutput } from "./output.ts";
import type { Printed } from "./output.ts";

const GREETING = "\x1b[90mbpf_printk output appears here, as /sys/kernel/tracing/trace_pipe shows it.\x1b[0m";

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

  return (
    <section className="pane pane-terminal" aria-label="Terminal">
      <XTerm ref={term} label="Terminal output" />
    </section>
  );
}
