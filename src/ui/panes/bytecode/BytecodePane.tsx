// The bytecode pane: for each instruction its index, its raw bytes and its canonical text.
// Rows assembled from the editor's cursor line are highlighted; clicking a row goes to
// its source line and shows the verifier's states there. While debugging, the instruction
// the program stands on is marked. (Its size is shown in the column's tab bar.)

import { useCallback, useMemo } from "react";
import type { ListingRow } from "../../../protocol/index.ts";
import { useBuild } from "../../stores/build.ts";
import { useDocument } from "../../stores/document.ts";
import { bandsOf } from "../../format/bands.ts";
import { useLink } from "../../stores/link.ts";
import { useSession } from "../../stores/session.ts";
import { useVerify } from "../../stores/verify.ts";
import { ListingTable } from "./ListingTable.tsx";

export function BytecodePane() {
  const listing = useBuild((s) => s.listing);
  const isC = useBuild((s) => s.language === "c");
  const problem = useBuild((s) => s.problem);
  const bands = useMemo(() => (isC ? bandsOf(listing) : undefined), [isC, listing]);
  const hoverLine = useLink((s) => s.hoverLine);
  const hoverFrom = useLink((s) => s.from);
  const hover = useLink((s) => s.hover);
  const onHoverLine = useCallback((line: number | undefined) => hover(line, "bytecode"), [hover]);
  const cursorLine = useDocument((s) => s.cursorLine);
  const revealLine = useDocument((s) => s.revealLine);
  const selectPc = useVerify((s) => s.selectPc);
  const onSelect = useCallback(
    (row: ListingRow) => {
      selectPc(row.pc);
      if (row.line > 0) revealLine(row.line);
    },
    [selectPc, revealLine],
  );
  const live = useSession((s) => (s.stale || s.running ? undefined : s.state));
  const status = live?.snapshot.status;
  const at = live && status !== "exited" ? live.snapshot.pc : undefined;
  const fault = status === "faulted";
  const pc = useMemo(() => (at === undefined ? undefined : { at, fault }), [at, fault]);
  const bound = live?.breakpoints;
  const breakpoints = useMemo(() => new Map((bound ?? []).flatMap((b) => (b.pc !== undefined && !b.error ? [[b.pc, !!b.condition] as const] : []))), [bound]);

  return (
    <section className="pane pane-bytecode" aria-label="Bytecode">
      {listing.length === 0 ? (
        <p className="empty">{problem && !/no (instructions|program)/.test(problem) ? `No bytecode: ${problem}.` : "No instructions yet: write a program on the left."}</p>
      ) : (
        <ListingTable
          listing={listing}
          cursorLine={cursorLine}
          onSelect={onSelect}
          pc={pc}
          breakpoints={breakpoints}
          bands={bands}
          linkedLine={hoverLine}
          followLine={hoverFrom === "source" && hoverLine ? hoverLine : cursorLine}
          onHoverLine={onHoverLine}
        />
      )}
    </section>
  );
}
