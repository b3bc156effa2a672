// Lays out the control-flow graph with dagre (layered, top to bottom, loops bent back up).
// It runs in a worker of its own (../layout.ts), asked by the CFG pane when it is shown, so
// neither the page nor the verdict waits for it. dagre's time grows about as the square of the blocks (test/bench/cfg_layout.ts:
// 0.4 s of CPU for 100 blocks, 1.3 s for 200, 2.8 s for 300); past MAX_LAYOUT_BLOCKS the pane
// draws the part around one block instead (src/ui/panes/cfg/neighbourhood.ts). elkjs measured
// 1.1 s, 1.6 s and 1.5 s on the same graphs, and about half as wide, but it is asynchronous
// and 1.5 MB: not worth it while no more than 300 blocks are drawn at once.

import dagre from "@dagrejs/dagre";
import type { LaidOut, LayoutRequest } from "../../protocol/index.ts";
import { MAX_LAYOUT_BLOCKS, PROTOCOL_VERSION, tooMany } from "../../protocol/index.ts";

export { MAX_LAYOUT_BLOCKS };

export interface LayoutNode {
  readonly id: number;
  readonly width: number;
  readonly height: number;
}

export interface LayoutEdge {
  readonly from: number;
  readonly to: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Layout {
  /** Centre of each node, by its index in the input. */
  readonly nodes: readonly Point[];
  /** Route of each edge, by its index in the input, from the source's border to the target's. */
  readonly edges: readonly (readonly Point[])[];
  readonly width: number;
  readonly height: number;
}

const MARGIN = 16;
/** How far a block's loop to itself reaches out to the right. */
const LOOP_REACH = 26;

/** A loop from a block's right side back into it: out, down, and in, with its middle point at the far side. */
function selfLoop(c: Point, n: LayoutNode): Point[] {
  const right = c.x + n.width / 2;
  const q = Math.min(n.height / 4, 18);
  return [
    { x: right, y: c.y - q },
    { x: right + LOOP_REACH, y: c.y - q },
    { x: right + LOOP_REACH, y: c.y },
    { x: right + LOOP_REACH, y: c.y + q },
    { x: right, y: c.y + q },
  ];
}

/** The layout, or why there is none. */
export function layoutGraph(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Layout | string {
  if (nodes.length > MAX_LAYOUT_BLOCKS) return tooMany(nodes.length);
  return layoutDagre(nodes, edges);
}

/** dagre's layout of any number of nodes (the benchmark measures it past MAX_LAYOUT_BLOCKS). */
export function layoutDagre(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Layout | string {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: "TB", nodesep: 28, edgesep: 14, ranksep: 42, marginx: MARGIN, marginy: MARGIN });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) g.setNode(String(n.id), { width: n.width, height: n.height });
  // Two edges may join the same blocks (a conditional jump to the next instruction): each is
  // named. A block's edge to itself is routed here, not by dagre (see selfLoop).
  edges.forEach((e, k) => {
    if (e.from !== e.to) g.setEdge(String(e.from), String(e.to), {}, String(k));
  });
  try {
    dagre.layout(g);
  } catch (err) {
    // dagre recurses along long chains; a stack overflow is a graph too large to draw.
    return `the graph could not be laid out (${err instanceof Error ? err.message : String(err)})`;
  }
  const centres = nodes.map((n) => {
    const l = g.node(String(n.id));
    return { x: l.x ?? 0, y: l.y ?? 0 };
  });
  const index = new Map(nodes.map((n, k) => [n.id, k]));
  const routes = edges.map((e, k) => {
    if (e.from !== e.to) return g.edge(String(e.from), String(e.to), String(k))?.points ?? [];
    const n = index.get(e.from);
    return n === undefined ? [] : selfLoop(centres[n], nodes[n]);
  });
  // dagre's size leaves out the loops it routes beside a block (an edge to itself): measure everything.
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const cover = (x: number, y: number) => {
    [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  };
  nodes.forEach((n, k) => {
    cover(centres[k].x - n.width / 2, centres[k].y - n.height / 2);
    cover(centres[k].x + n.width / 2, centres[k].y + n.height / 2);
  });
  for (const r of routes) for (const p of r) cover(p.x, p.y);
  if (!Number.isFinite(x0)) return { nodes: [], edges: [], width: 0, height: 0 };
  const at = (p: { x: number; y: number }): Point => ({ x: Math.round((p.x - x0 + MARGIN) * 10) / 10, y: Math.round((p.y - y0 + MARGIN) * 10) / 10 });
  return {
    nodes: centres.map(at),
    edges: routes.map((r) => r.map(at)),
    width: Math.ceil(x1 - x0 + 2 * MARGIN),
    height: Math.ceil(y1 - y0 + 2 * MARGIN),
  };
}

/** The layout worker's answer to a request. */
export function layoutReply(req: LayoutRequest, now: () => number = () => performance.now()): LaidOut {
  const t0 = now();
  const laid = layoutGraph(req.nodes, req.edges);
  const ms = Math.round((now() - t0) * 10) / 10;
  const reply = { type: "laid", v: PROTOCOL_VERSION, id: req.id, ms } as const;
  return typeof laid === "string" ? { ...reply, unlaid: laid } : { ...reply, layout: laid };
}
