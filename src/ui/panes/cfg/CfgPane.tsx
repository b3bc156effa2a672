// The CFG pane: the verdict's control-flow graph (CfgGraph), or why there is none. Clicking
// a block selects its lines in the editor and shows its first instruction's states in the
// Verifier tab; while debugging, the block the program stands in is outlined.

import { useCallback } from "react";
import type { CfgBlock } from "../../../protocol/index.ts";
import { useDocument } from "../../stores/document.ts";
import { useSession } from "../../stores/session.ts";
import { blockLines, useVerify } from "../../stores/verify.ts";
import { CfgGraph } from "./CfgGraph.tsx";

export function CfgPane() {
  const status = useVerify((s) => s.status);
  const verdict = useVerify((s) => s.verdict);
  const skipped = useVerify((s) => s.skipped);
  const failure = useVerify((s) => s.failure);
  const selectedPc = useVerify((s) => s.selectedPc);
  const selectPc = useVerify((s) => s.selectPc);
  const revealLine = useDocument((s) => s.revealLine);
  const currentPc = useSession((s) => {
    const st = s.stale || s.running ? undefined : s.state;
    return st && st.snapshot.status !== "exited" ? st.snapshot.pc : undefined;
  });

  const onSelectBlock = useCallback(
    (b: CfgBlock) => {
      const v = useVerify.getState().verdict;
      selectPc(b.start);
      const lines = v && blockLines(v, b);
      if (lines) revealLine(lines.from, lines.to);
    },
    [selectPc, revealLine],
  );

  const shown = status === "skipped" ? undefined : verdict;
  let body;
  if (!shown) body = <p className="empty">{failure ? `The verifier failed: ${failure}` : skipped ? `No graph: ${skipped}.` : "Verifying…"}</p>;
  else if (shown.cfg.unlaid) body = <p className="empty">No drawing: {shown.cfg.unlaid}.</p>;
  else
    body = (
      <CfgGraph
        cfg={shown.cfg}
        visited={shown.visited}
        errorPath={shown.accepted ? [] : shown.errorPath}
        errorPc={shown.problems[0]?.pc}
        selectedPc={selectedPc}
        currentPc={currentPc}
        onSelectBlock={onSelectBlock}
      />
    );

  return (
    <section className={`pane pane-cfg${status === "verifying" ? " pending" : ""}`} aria-label="CFG" data-verdict={shown ? (shown.accepted ? "accepted" : "rejected") : undefined}>
      {body}
    </section>
  );
}
