// The CFG's layout, asked of the layout's worker (workerClient.ts) when the pane is shown: the
// verdict comes without one, so neither it nor the page waits for dagre. Each graph (or part
// of one) is laid out once and kept beside its verdict's graph; a newer graph, or the pane
// hidden again, stops a layout still running.

import { useEffect, useState } from "react";
import type { CfgView } from "../../../protocol/index.ts";
import { createLayoutClient } from "../../workerClient.ts";
import type { LayoutClient } from "../../workerClient.ts";
import { layoutInput, placeView } from "./neighbourhood.ts";
import type { Neighbourhood } from "./neighbourhood.ts";

export type Placed =
  | { readonly status: "pending" }
  | { readonly status: "laid"; readonly view: CfgView; readonly ms: number }
  | { readonly status: "unlaid"; readonly reason: string };

let client: LayoutClient | undefined;
/** Layouts by the verdict's graph, then by the part drawn ("whole" for all of it). */
const done = new WeakMap<CfgView, Map<string, Placed>>();

const keyOf = (nb: Neighbourhood | undefined) => (nb ? nb.blocks.join(",") : "whole");

function remembered(whole: CfgView | undefined, nb: Neighbourhood | undefined): Placed | undefined {
  return whole && done.get(whole)?.get(keyOf(nb));
}

/**
 * The graph `whole` (or its part `nb`) placed, once laid out; "pending" while it is (or would
 * be, were the pane shown: `wanted`); undefined without a graph.
 */
export function useGraphLayout(whole: CfgView | undefined, nb: Neighbourhood | undefined, wanted: boolean): Placed | undefined {
  const [, setVersion] = useState(0);
  const known = remembered(whole, nb);
  useEffect(() => {
    if (!whole || !wanted || remembered(whole, nb)) return;
    let live = true;
    const { blocks, edges } = layoutInput(whole, nb);
    client ??= createLayoutClient();
    const c = client;
    const nodes = blocks.map((b) => ({ id: b.id, width: b.width, height: b.height }));
    c.layout({ nodes, edges: edges.map((e) => ({ from: e.from, to: e.to })) }).then(
      (reply) => {
        if (!reply) return; // superseded
        const placed: Placed = reply.layout ? { status: "laid", view: placeView(whole, nb, reply.layout), ms: reply.ms } : { status: "unlaid", reason: reply.unlaid ?? "no layout" };
        const byPart = done.get(whole) ?? new Map<string, Placed>();
        byPart.set(keyOf(nb), placed);
        done.set(whole, byPart);
        if (live) setVersion((v) => v + 1);
      },
      (err: unknown) => {
        const byPart = done.get(whole) ?? new Map<string, Placed>();
        byPart.set(keyOf(nb), { status: "unlaid", reason: `the layout failed: ${err instanceof Error ? err.message : String(err)}` });
        done.set(whole, byPart);
        if (live) setVersion((v) => v + 1);
      },
    );
    return () => {
      live = false;
      // A graph no longer shown is not worth finishing (a newer one is asked for at once).
      if (!remembered(whole, nb)) c.cancel();
    };
  }, [whole, nb, wanted]);
  if (!whole) return undefined;
  return known ?? { status: "pending" };
}
