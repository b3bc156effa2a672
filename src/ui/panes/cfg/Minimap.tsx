// A small picture of the whole graph beside a large one, with the part the pane shows outlined.
// Click or drag on it to move there.

import { useRef } from "react";
import type { PointerEvent as ReactPointerEvent } from "react";
import type { CfgBlock } from "../../../protocol/index.ts";

export const MINIMAP_WIDTH = 120;

export interface MinimapProps {
  readonly blocks: readonly CfgBlock[];
  readonly graph: { readonly width: number; readonly height: number };
  /** Room for the minimap's height. */
  readonly maxHeight: number;
  /** What the pane shows, in graph units. */
  readonly view: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly marked: (b: CfgBlock) => "error" | "unreached" | "";
  /** Centre the pane on this point, in graph units. */
  readonly onMove: (x: number, y: number) => void;
}

export function Minimap({ blocks, graph, maxHeight, view, marked, onMove }: MinimapProps) {
  const k = Math.min(MINIMAP_WIDTH / graph.width, Math.max(40, maxHeight) / graph.height);
  const width = Math.ceil(graph.width * k);
  const height = Math.ceil(graph.height * k);
  const dragging = useRef(false);
  const move = (e: ReactPointerEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    onMove((e.clientX - r.left) / k, (e.clientY - r.top) / k);
  };
  return (
    <div className="cfg-minimap" aria-hidden="true">
      <svg
        width={width}
        height={height}
        onPointerDown={(e) => {
          dragging.current = true;
          e.currentTarget.setPointerCapture(e.pointerId);
          move(e);
        }}
        onPointerMove={(e) => dragging.current && move(e)}
        onPointerUp={() => (dragging.current = false)}
        onPointerCancel={() => (dragging.current = false)}
      >
        {blocks.map((b) => (
          <rect key={b.id} className={`mini-block ${marked(b)}`} x={(b.x - b.width / 2) * k} y={(b.y - b.height / 2) * k} width={Math.max(1, b.width * k)} height={Math.max(1, b.height * k)} />
        ))}
        <rect className="mini-view" x={view.x * k} y={view.y * k} width={Math.min(width, view.width * k)} height={Math.min(height, view.height * k)} />
      </svg>
    </div>
  );
}
