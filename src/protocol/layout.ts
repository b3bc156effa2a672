// The CFG layout's messages. Laying out a graph takes dagre up to seconds (300 blocks: about
// 3 s), so it is no part of the verdict: the verifier's worker answers with the blocks and
// edges unplaced (x, y and routes zero), and the CFG pane, when shown, asks a worker of its
// own to place them. The UI stops that worker when a newer graph supersedes the one being
// laid out, as it does the verifier's.

import type { PROTOCOL_VERSION } from "./version.ts";

/** More blocks than this are not laid out whole: the pane draws the part around one block. */
export const MAX_LAYOUT_BLOCKS = 300;

/** Why a graph of `blocks` blocks is not drawn whole. */
export const tooMany = (blocks: number): string => `${blocks.toLocaleString("en-US")} blocks are too many to draw whole (at most ${MAX_LAYOUT_BLOCKS})`;

export interface LayoutRequest {
  readonly type: "layout";
  readonly v: typeof PROTOCOL_VERSION;
  readonly id: number;
  /** Blocks with the size they are drawn at (CFG_METRICS). */
  readonly nodes: readonly { readonly id: number; readonly width: number; readonly height: number }[];
  /** Edges between the nodes' ids. */
  readonly edges: readonly { readonly from: number; readonly to: number }[];
}

export interface GraphPoint {
  readonly x: number;
  readonly y: number;
}

export interface GraphLayout {
  /** Centre of each node, by its index in the request. */
  readonly nodes: readonly GraphPoint[];
  /** Route of each edge, by its index in the request. */
  readonly edges: readonly (readonly GraphPoint[])[];
  readonly width: number;
  readonly height: number;
}

export interface LaidOut {
  readonly type: "laid";
  readonly v: typeof PROTOCOL_VERSION;
  readonly id: number;
  /** Absent when the graph could not be laid out. */
  readonly layout?: GraphLayout;
  /** Why there is no layout. */
  readonly unlaid?: string;
  /** Time spent laying out, in milliseconds. */
  readonly ms: number;
}
