// The bytecode pane: for each instruction its index, its raw bytes and its canonical text.
// Rows assembled from the editor's cursor line are highlighted; clicking a row goes to
// its source line. While debugging, the instruction the program stands on is marked.

import { useMemo } from "react";
import { PaneHeader } from "../../components/PaneHeader.tsx";
import { useBuild } from "../../stores/build.ts";
import { useDocument } from "../../stores/document.ts";
import { useSession } from "../../stores/session.ts";
import { ListingTable } from "./ListingTable.tsx";

export function BytecodePane() {
  const listing = useBuild((s) => s.listing);
  const slots = useBuild((s) => s.slots);
  const cursorLine = useDocument((s) => s.cursorLine);
  const revealLine = useDocument((s) => s.revealLine);
  const live = useSession((s) => (s.stale || s.running ? undefined : s.state));
  const status = live?.snapshot.status;
  const at = live && status !== "exited" ? live.snapshot.pc : undefined;
  const fault = status === "faulted";
  const pc = useMemo(() => (at === undefined ? undefined : { at, fault }), [at, fault]);
  const bound = live?.breakpoints;
  const breakpoints = useMemo(() => new Map((bound ?? []).flatMap((b) => (b.pc !== undefined && !b.error ? [[b.pc, !!b.condition] as const] : []))), [bound]);

  return (
    <section className="pane pane-bytecode" aria-label="Bytecode">
      <PaneHeader title="Bytecode" detail={slots > 0 ? `${slots * 8} bytes` : undefined} />
      {listing.length === 0 ? (
        <p className="empty">No instructions yet. Type some assembly on the left.</p>
      ) : (
        <ListingTable listing={listing} cursorLine={cursorLine} onSelectLine={revealLine} pc={pc} breakpoints={breakpoints} />
      )}
    </section>
  );
}
