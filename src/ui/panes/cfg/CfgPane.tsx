// The CFG pane: the verdict's control-flow graph (CfgGraph), or why there is none. A graph too
// large to draw whole is drawn around one block (the selected one, else the debugger's, else
// the one at fault, else the entry): its function, or the blocks nearest it; clicking a block
// at the edge draws around that one. Clicking a block selects its lines in the editor and
// shows its first instruction's states in the Verifier tab; while debugging, the block the
// program stands in is outlined.

import { useCallback, useMemo, useState } from "react";
import type { CfgBlock, CfgView, VerdictView } from "../../../protocol/index.ts";
import { useDocument } from "../../stores/document.ts";
import { useLayout } from "../../stores/layout.ts";
import { useSession } from "../../stores/session.ts";
import { blockLines, useVerify } from "../../stores/verify.ts";
import { CfgGraph } from "./CfgGraph.tsx";
import { openingBlock } from "./fit.ts";
import { neighbourhood } from "./neighbourhood.ts";
import type { Neighbourhood } from "./neighbourhood.ts";
import { useGraphLayout } from "./useGraphLayout.ts";
import { grouped } from "../../format/bytes.ts";

/** What the pane draws: a verdict's graph (or part of it) as laid out. */
interface Drawn {
  readonly verdict: VerdictView;
  readonly view: CfgView;
  readonly nb?: Neighbourhood;
}

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

  // The verdict's graph comes unplaced: it is laid out in a worker when this tab is shown
  // (useGraphLayout), whole, or for a graph too large the part around one block.
  const shownTab = useLayout((s) => s.code === "cfg");
  const unlaid = whole?.unlaid !== undefined;
  const pick = (pc: number | undefined) => (pc !== undefined && whole ? whole.blockOf[pc] : undefined);
  const centre = unlaid ? [pick(selectedPc), pick(currentPc), opening].find((b) => b !== undefined && b >= 0) ?? 0 : 0;
  const nb = useMemo(() => (whole && unlaid ? neighbourhood(whole, centre) : undefined), [whole, unlaid, centre]);
  const placed = useGraphLayout(whole, nb, shownTab);
  // While a newer graph is laid out, the last drawing stays (dimmed) rather than a blank pane.
  const [last, setLast] = useState<Drawn | undefined>(undefined);
  const fresh: Drawn | undefined = shown && placed?.status === "laid" ? { verdict: shown, view: placed.view, nb } : undefined;
  if (fresh && (last?.view !== fresh.view || last.verdict !== fresh.verdict)) setLast(fresh);
  const drawn = fresh ?? (placed?.status === "pending" && shown ? last : undefined);
  const part = drawn?.nb;

  let body;
  if (!shown) body = <p className="empty">{failure ? `The verifier failed: ${failure}` : skipped ? `No graph: ${skipped}.` : "Verifying…"}</p>;
  else if (placed?.status === "unlaid") body = <p className="empty">No drawing: {placed.reason}.</p>;
  else if (!drawn) body = <p className="empty">{nb ? `Laying out the part of the graph around block ${centre}…` : `Laying out the graph (${grouped(shown.cfg.blocks.length)} blocks)…`}</p>;
  else {
    const v = drawn.verdict;
    const b = v.cfg.blocks[part ? centre : 0] ?? v.cfg.blocks[0];
    const name = b.label ?? `block ${b.id}`;
    const total = grouped(v.cfg.blocks.length);
    // Short: in a small pane every line of it is a line less of drawing.
    const note = part && (
      <span title={`${v.cfg.unlaid}. Select a block (here, in Bytecode or in the editor) to draw around it; a block marked ⋯ has edges to blocks not drawn.`}>
        Drawn: {part.kind === "function" ? `the function of ${name}, ${part.blocks.length} blocks` : `the ${part.blocks.length} blocks nearest ${name}`} of {total} (too many to
        draw whole). ⋯ marks edges out; select a block to draw around it.
      </span>
    );
    body = (
      <CfgGraph
        cfg={drawn.view}
        whole={part ? v.cfg : undefined}
        cut={part?.cut}
        note={note}
        openBlock={part ? centre : opening}
        visited={v.visited}
        errorPath={v.accepted ? [] : v.errorPath}
        errorPc={v.problems[0]?.pc}
        selectedPc={selectedPc}
        currentPc={currentPc}
        onSelectBlock={onSelectBlock}
      />
    );
  }

  return (
    <section className={`pane pane-cfg${status === "verifying" || (drawn && drawn.verdict !== shown) ? " pending" : ""}`} aria-label="CFG" data-verdict={shown ? (shown.accepted ? "accepted" : "rejected") : undefined}>
      {body}
    </section>
  );
}
