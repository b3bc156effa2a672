// The CFG pane: the verdict's control-flow graph (CfgGraph), or why there is none. A graph too
// large to draw whole is drawn around one block (the selected one, else the debugger's, else
// the one at fault, else the entry): its function, or the blocks nearest it; clicking a block
// at the edge draws around that one. Clicking a block selects its lines in the editor and
// shows its first instruction's states in the Verifier tab; while debugging, the block the
// program stands in is outlined.

import { useCallback, useEffect, useMemo, useState } from "react";
import type { CfgBlock, CfgView } from "../../../protocol/index.ts";
import { useDocument } from "../../stores/document.ts";
import { useSession } from "../../stores/session.ts";
import { blockLines, useVerify } from "../../stores/verify.ts";
import { CfgGraph } from "./CfgGraph.tsx";
import { openingBlock } from "./fit.ts";
import { neighbourhood, neighbourhoodView } from "./neighbourhood.ts";

type LayoutModule = typeof import("../../../worker/verify/layout.ts");

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
  const errorPc = shown && !shown.accepted ? shown.problems[0]?.pc : undefined;
  const whole = shown?.cfg;
  const opening = whole ? openingBlock(whole.blockOf, errorPc) : 0;

  // A graph the worker did not lay out is drawn in part, laid out here (dagre loaded on demand).
  const [layoutModule, setLayoutModule] = useState<LayoutModule | undefined>(undefined);
  const unlaid = whole?.unlaid !== undefined;
  useEffect(() => {
    if (unlaid && !layoutModule) void import("../../../worker/verify/layout.ts").then(setLayoutModule);
  }, [unlaid, layoutModule]);
  const pick = (pc: number | undefined) => (pc !== undefined && whole ? whole.blockOf[pc] : undefined);
  const centre = unlaid ? [pick(selectedPc), pick(currentPc), opening].find((b) => b !== undefined && b >= 0) ?? 0 : 0;
  const part = useMemo(() => {
    if (!whole || !unlaid || !layoutModule) return undefined;
    const nb = neighbourhood(whole, centre);
    return { nb, view: neighbourhoodView(whole, nb, layoutModule.layoutGraph) as CfgView | string };
  }, [whole, unlaid, layoutModule, centre]);

  let body;
  if (!shown) body = <p className="empty">{failure ? `The verifier failed: ${failure}` : skipped ? `No graph: ${skipped}.` : "Verifying…"}</p>;
  else if (unlaid && !part) body = <p className="empty">Laying out the part of the graph around block {centre}…</p>;
  else if (part && typeof part.view === "string") body = <p className="empty">No drawing: {part.view}.</p>;
  else {
    const cfg = part ? (part.view as CfgView) : shown.cfg;
    const b = shown.cfg.blocks[centre];
    const name = b.label ?? `block ${centre}`;
    const total = shown.cfg.blocks.length.toLocaleString("en-US");
    // Short: in a small pane every line of it is a line less of drawing.
    const note = part && (
      <span title={`${shown.cfg.unlaid}. Select a block (here, in Bytecode or in the editor) to draw around it; a block marked ⋯ has edges to blocks not drawn.`}>
        Drawn: {part.nb.kind === "function" ? `the function of ${name}, ${part.nb.blocks.length} blocks` : `the ${part.nb.blocks.length} blocks nearest ${name}`} of {total} (too many to
        draw whole). ⋯ marks edges out; select a block to draw around it.
      </span>
    );
    body = (
      <CfgGraph
        cfg={cfg}
        whole={part ? shown.cfg : undefined}
        cut={part?.nb.cut}
        note={note}
        openBlock={part ? centre : opening}
        visited={shown.visited}
        errorPath={shown.accepted ? [] : shown.errorPath}
        errorPc={shown.problems[0]?.pc}
        selectedPc={selectedPc}
        currentPc={currentPc}
        onSelectBlock={onSelectBlock}
      />
    );
  }

  return (
    <section className={`pane pane-cfg${status === "verifying" ? " pending" : ""}`} aria-label="CFG" data-verdict={shown ? (shown.accepted ? "accepted" : "rejected") : undefined}>
      {body}
    </section>
  );
}
