// For a graph too large to draw whole: the part around one block that is drawn instead. Its
// whole function when the function is small enough, else the blocks nearest to it (breadth
// first along edges either way, inside the function first), up to a limit. Pure.

import type { CfgView, GraphLayout } from "../../../protocol/index.ts";

/** A function of at most this many blocks is drawn whole. */
export const FUNCTION_LIMIT = 120;
/** Otherwise this many blocks around the chosen one. */
export const AROUND_LIMIT = 60;

export interface Neighbourhood {
  /** Block ids drawn, ascending. */
  readonly blocks: readonly number[];
  /** Indexes into cfg.edges of the edges between drawn blocks. */
  readonly edges: readonly number[];
  /** Drawn blocks with an edge to or from a block not drawn. */
  readonly cut: ReadonlySet<number>;
  /** `function` when the whole function is drawn, else `around`. */
  readonly kind: "function" | "around";
}

type Graph = Pick<CfgView, "blocks" | "edges">;

export function neighbourhood(cfg: Graph, centre: number, functionLimit = FUNCTION_LIMIT, aroundLimit = AROUND_LIMIT): Neighbourhood {
  const n = cfg.blocks.length;
  const c = Math.min(Math.max(0, centre), n - 1);
  const func = cfg.blocks[c]?.func;
  const inFunc = cfg.blocks.filter((b) => b.func === func).map((b) => b.id);
  let chosen: Set<number>;
  let kind: Neighbourhood["kind"];
  if (inFunc.length <= functionLimit) {
    chosen = new Set(inFunc);
    kind = "function";
  } else {
    kind = "around";
    const next: number[][] = Array.from({ length: n }, () => []);
    for (const e of cfg.edges) {
      next[e.from].push(e.to);
      next[e.to].push(e.from);
    }
    // Breadth first from the centre; blocks of the same function before the others at each distance.
    chosen = new Set([c]);
    let frontier = [c];
    while (frontier.length > 0 && chosen.size < aroundLimit) {
      const found: number[] = [];
      for (const b of frontier) for (const m of next[b]) if (!chosen.has(m) && !found.includes(m)) found.push(m);
      found.sort((a, b) => Number(cfg.blocks[b].func === func) - Number(cfg.blocks[a].func === func) || Math.abs(a - c) - Math.abs(b - c));
      for (const m of found) {
        if (chosen.size >= aroundLimit) break;
        chosen.add(m);
      }
      frontier = found.filter((m) => chosen.has(m));
    }
  }
  const edges: number[] = [];
  const cut = new Set<number>();
  cfg.edges.forEach((e, k) => {
    const a = chosen.has(e.from);
    const b = chosen.has(e.to);
    if (a && b) edges.push(k);
    else if (a) cut.add(e.from);
    else if (b) cut.add(e.to);
  });
  return { blocks: [...chosen].sort((a, b) => a - b), edges, cut, kind };
}

type LayoutFn = (nodes: readonly { id: number; width: number; height: number }[], edges: readonly { from: number; to: number }[]) => GraphLayout | string;

/** What is laid out: the part's blocks and the edges between them, or the whole graph's. */
export function layoutInput(cfg: CfgView, nb?: Neighbourhood): { blocks: CfgView["blocks"]; edges: CfgView["edges"] } {
  if (!nb) return { blocks: cfg.blocks, edges: cfg.edges };
  return { blocks: nb.blocks.map((id) => cfg.blocks[id]), edges: nb.edges.map((k) => cfg.edges[k]) };
}

/** The graph (or its part: blocks keep their ids) placed where `laid` puts layoutInput's nodes and edges. */
export function placeView(cfg: CfgView, nb: Neighbourhood | undefined, laid: GraphLayout): CfgView {
  const { blocks, edges } = layoutInput(cfg, nb);
  return {
    funcs: cfg.funcs,
    blockOf: cfg.blockOf,
    blocks: blocks.map((b, k) => ({ ...b, ...laid.nodes[k] })),
    edges: edges.map((e, k) => ({ ...e, points: laid.edges[k] })),
    width: laid.width,
    height: laid.height,
  };
}

/** The drawn part as a graph of its own (blocks keep their ids), laid out by `layout`. */
export function neighbourhoodView(cfg: CfgView, nb: Neighbourhood, layout: LayoutFn): CfgView | string {
  const { blocks, edges } = layoutInput(cfg, nb);
  const laid = layout(blocks, edges);
  return typeof laid === "string" ? laid : placeView(cfg, nb, laid);
}
