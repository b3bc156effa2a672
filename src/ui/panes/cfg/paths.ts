// What the CFG pane marks on the graph, from the verdict: blocks the verifier never reached,
// and the blocks and edges of the path that led to a rejection.

import type { CfgView } from "../../../protocol/index.ts";

/** An edge's key in the sets below. */
export const edgeKey = (from: number, to: number): string => `${from}>${to}`;

export interface PathMarks {
  /** Blocks the path passes through. */
  readonly blocks: ReadonlySet<number>;
  /** Edges it takes, as edgeKey(from, to). */
  readonly edges: ReadonlySet<string>;
  /** The block it ends in: where the error is. */
  readonly last?: number;
}

type Graph = Pick<CfgView, "blocks" | "blockOf">;

/**
 * The blocks and edges of a path of instructions. Control passes from one block to another
 * when an instruction that ends a block is followed by one that starts a block; a loop back
 * into the same block counts as that block's edge to itself. The verifier keeps only the
 * newest part of a long path, so the path may begin in the middle of a block.
 */
export function pathMarks(path: readonly number[], g: Graph): PathMarks {
  const blocks = new Set<number>();
  const edges = new Set<string>();
  let prev: number | undefined;
  for (const pc of path) {
    const b = g.blockOf[pc];
    if (b === undefined || b < 0) continue;
    blocks.add(b);
    if (prev !== undefined) {
      const a = g.blockOf[prev];
      if (a >= 0 && g.blocks[a].last === prev && g.blocks[b].start === pc) edges.add(edgeKey(a, b));
    }
    prev = pc;
  }
  const last = prev === undefined ? undefined : g.blockOf[prev];
  return { blocks, edges, last };
}

/** Blocks with at least one instruction the verifier reached. */
export function reachedBlocks(visited: readonly number[], g: Pick<CfgView, "blockOf">): Set<number> {
  const out = new Set<number>();
  for (const pc of visited) {
    const b = g.blockOf[pc];
    if (b !== undefined && b >= 0) out.add(b);
  }
  return out;
}
