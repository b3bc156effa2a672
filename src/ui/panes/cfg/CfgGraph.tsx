// The control-flow graph as SVG, from the layout the verifier's worker made: each block with
// its instructions; each kind of edge in its own colour and dash pattern (see Legend); loops
// marked on their back edge. Blocks the verifier never reached are greyed; a rejection's path
// is drawn in red to the instruction at fault; the block the debugger stands in is outlined
// in yellow. It opens fitted to the pane, never below readable text (fit.ts), centred on the
// block at fault (else the entry); a large graph scrolls, with a minimap beside it. Zoom with
// the buttons under the drawing or Ctrl+wheel, pan by dragging the background or scrolling.

import { memo, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { KeyboardEvent, PointerEvent as ReactPointerEvent, ReactNode } from "react";
import type { CfgBlock, CfgEdge, CfgView } from "../../../protocol/index.ts";
import { CFG_METRICS } from "../../../protocol/index.ts";
import { centreOn, fitScale, MIN_TEXT_PX } from "./fit.ts";
import { Legend } from "./Legend.tsx";
import { Minimap } from "./Minimap.tsx";
import { edgeKey, pathMarks, reachedBlocks } from "./paths.ts";

const M = CFG_METRICS;
const MIN_SCALE = 0.2;
const MAX_SCALE = 2;
/** Below this stage width the minimap would take too much of the drawing's room. */
const MINIMAP_MIN_STAGE = 460;
/** Below this width the legend folds behind a button (it would take three rows). */
const LEGEND_MIN_WIDTH = 560;

export interface CfgGraphProps {
  readonly cfg: CfgView;
  readonly visited: readonly number[];
  readonly errorPath: readonly number[];
  /** The instruction the verifier rejected, if it did. */
  readonly errorPc?: number;
  readonly selectedPc?: number;
  /** The instruction the debugger stands on. */
  readonly currentPc?: number;
  readonly onSelectBlock: (b: CfgBlock) => void;
  /** The block the drawing opens centred on (the block at fault, else the entry). */
  readonly openBlock: number;
  /** When `cfg` is part of a larger graph: the whole, for the path and reached marks. */
  readonly whole?: CfgView;
  /** Blocks with edges to blocks not drawn. */
  readonly cut?: ReadonlySet<number>;
  /** A line above the drawing (what part of a large graph it shows). */
  readonly note?: ReactNode;
}

/** A route through dagre's points, its corners rounded with quadratic curves. */
export function edgePath(points: readonly { x: number; y: number }[]): string {
  if (points.length === 0) return "";
  const [p0, ...rest] = points;
  let d = `M${p0.x},${p0.y}`;
  for (let k = 0; k < rest.length - 1; k++) {
    const p = rest[k];
    const q = rest[k + 1];
    d += ` Q${p.x},${p.y} ${(p.x + q.x) / 2},${(p.y + q.y) / 2}`;
  }
  const last = rest[rest.length - 1];
  if (last) d += ` L${last.x},${last.y}`;
  return d;
}

const edgeClass = (e: CfgEdge): string => (e.kind === "taken" ? "taken" : e.kind === "call" ? "call" : e.conditional ? "not-taken" : "plain");

const range = (b: CfgBlock) => (b.start === b.last ? `${b.start}` : `${b.start}–${b.last}`);

interface BlockProps {
  readonly b: CfgBlock;
  readonly reached: boolean;
  readonly onPath: boolean;
  readonly errorPc?: number;
  readonly selectedPc?: number;
  readonly currentPc?: number;
  readonly cut: boolean;
  readonly onSelect: (b: CfgBlock) => void;
}

const Block = memo(function Block({ b, reached, onPath, errorPc, selectedPc, currentPc, cut, onSelect }: BlockProps) {
  const has = (pc: number | undefined) => pc !== undefined && pc >= b.start && pc <= b.last;
  // A pc hidden in an elided middle lights the "⋯" line.
  const row = (pc: number | undefined) => (has(pc) ? (b.textPcs.indexOf(pc!) >= 0 ? b.textPcs.indexOf(pc!) : b.textPcs.indexOf(-1)) : -1);
  const errorRow = row(errorPc);
  const currentRow = row(currentPc);
  const selectedRow = row(selectedPc);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onSelect(b);
    }
  };
  const top = M.headerHeight + M.padY;
  const classes = ["cfg-block", reached ? "" : "unreached", onPath ? "error-path" : "", errorRow >= 0 ? "has-error" : "", currentRow >= 0 ? "current" : "", selectedRow >= 0 ? "selected" : "", cut ? "cut" : ""].filter(Boolean).join(" ");
  const title = b.label ?? `block ${b.id}`;
  return (
    <g
      className={classes}
      transform={`translate(${b.x - b.width / 2},${b.y - b.height / 2})`}
      data-block={b.id}
      data-start={b.start}
      data-reached={reached ? "true" : "false"}
      data-error-path={onPath ? "true" : "false"}
      data-current={currentRow >= 0 ? "true" : undefined}
      data-cut={cut ? "true" : undefined}
      role="button"
      tabIndex={0}
      aria-label={`${title}, instructions ${range(b)}${reached ? "" : ", not reached"}${onPath ? ", on the error path" : ""}${cut ? ", more edges outside this drawing" : ""}`}
      onClick={() => onSelect(b)}
      onKeyDown={onKeyDown}
    >
      <title>{`${title}: instructions ${range(b)}${reached ? "" : " (not reached by the verifier)"}${cut ? " (edges to blocks not drawn: click to draw around this block)" : ""}`}</title>
      <rect className="block-box" width={b.width} height={b.height} rx={5} />
      <path className="block-rule" d={`M0,${M.headerHeight} H${b.width}`} />
      <text className="block-title" x={M.padX} y={M.headerHeight - 6}>
        {title}
      </text>
      <text className="block-range" x={b.width - M.padX} y={M.headerHeight - 6} textAnchor="end">
        {errorRow >= 0 ? "✗ " : ""}
        {range(b)}
        {cut ? " ⋯" : ""}
      </text>
      {[
        [selectedRow, "row-selected"],
        [currentRow, "row-current"],
        [errorRow, "row-error"],
      ].map(([k, cls]) =>
        (k as number) >= 0 ? <rect key={cls} className={cls as string} x={1} y={top + (k as number) * M.lineHeight - 1} width={b.width - 2} height={M.lineHeight} /> : null,
      )}
      {b.text.map((t, k) => (
        <text key={k} className={b.textPcs[k] < 0 ? "block-line elided" : "block-line"} x={M.padX} y={top + k * M.lineHeight + M.lineHeight - 4}>
          {t}
        </text>
      ))}
    </g>
  );
});

export function CfgGraph({ cfg, visited, errorPath, errorPc, selectedPc, currentPc, onSelectBlock, openBlock, whole, cut, note }: CfgGraphProps) {
  const id = useId().replace(/:/g, "");
  const viewport = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [stageWidth, setStageWidth] = useState(0);
  const [scroll, setScroll] = useState({ left: 0, top: 0 });
  const [manual, setManual] = useState<number | undefined>(undefined);
  const full = whole ?? cfg;
  const reached = useMemo(() => reachedBlocks(visited, full), [visited, full]);
  const path = useMemo(() => pathMarks(errorPath, full), [errorPath, full]);
  const byId = useMemo(() => new Map(cfg.blocks.map((b) => [b.id, b])), [cfg]);

  const fit = fitScale(size, cfg);
  const scale = manual ?? fit;
  const zoom = (f: number) => setManual(Math.min(MAX_SCALE, Math.max(MIN_SCALE, Math.round(scale * f * 100) / 100)));

  useEffect(() => {
    const el = viewport.current;
    const st = stage.current;
    if (!el || !st) return;
    const ro = new ResizeObserver(() => {
      setSize({ width: el.clientWidth, height: el.clientHeight });
      setStageWidth(st.clientWidth);
    });
    ro.observe(el);
    ro.observe(st);
    return () => ro.disconnect();
  }, []);

  // Ctrl+wheel zooms; React's wheel listeners are passive and cannot keep the page from zooming.
  const scaleRef = useRef(scale);
  useEffect(() => {
    scaleRef.current = scale;
  });
  useEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      const s = scaleRef.current;
      setManual(Math.min(MAX_SCALE, Math.max(MIN_SCALE, Math.round(s * (e.deltaY < 0 ? 1.1 : 1 / 1.1) * 100) / 100)));
    };
    el.addEventListener("wheel", onWheel, { passive: false });
    return () => el.removeEventListener("wheel", onWheel);
  }, []);

  // Keep the debugger's block, else the selected one, in view when it changes; a new drawing
  // opens on its own block instead (below).
  const focusBlock = currentPc !== undefined ? full.blockOf[currentPc] : selectedPc !== undefined ? full.blockOf[selectedPc] : undefined;
  const lastCfg = useRef(cfg);
  useEffect(() => {
    const fresh = lastCfg.current !== cfg;
    lastCfg.current = cfg;
    if (fresh) return;
    const el = viewport.current;
    const b = focusBlock !== undefined ? byId.get(focusBlock) : undefined;
    if (!el || !b) return;
    const left = (b.x - b.width / 2) * scale;
    const top = (b.y - b.height / 2) * scale;
    const right = left + b.width * scale;
    const bottom = top + b.height * scale;
    if (left < el.scrollLeft || right > el.scrollLeft + el.clientWidth) el.scrollLeft = Math.max(0, left - 16);
    if (top < el.scrollTop || bottom > el.scrollTop + el.clientHeight) el.scrollTop = Math.max(0, top - 16);
    // Only when the block changes, not on every zoom step.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusBlock, cfg]);

  // A new drawing (or the pane's first size) opens centred on the block at fault, else the
  // entry.
  const sized = size.width > 0 && size.height > 0;
  useLayoutEffect(() => {
    const el = viewport.current;
    const b = byId.get(openBlock) ?? cfg.blocks[0];
    if (!el || !b || !sized) return;
    const at = centreOn({ width: el.clientWidth, height: el.clientHeight }, cfg, scale, b);
    el.scrollLeft = at.left;
    el.scrollTop = at.top;
    setScroll({ left: el.scrollLeft, top: el.scrollTop });
    // Only for a new drawing, a new block to open on, or the first size: not on zoom steps.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cfg, openBlock, sized]);

  // Dragging the background pans.
  const drag = useRef<{ x: number; y: number; left: number; top: number } | undefined>(undefined);
  const onPointerDown = (e: ReactPointerEvent) => {
    const el = viewport.current;
    if (!el || e.button !== 0 || (e.target as Element).closest(".cfg-block")) return;
    drag.current = { x: e.clientX, y: e.clientY, left: el.scrollLeft, top: el.scrollTop };
    el.setPointerCapture(e.pointerId);
    el.classList.add("dragging");
  };
  const onPointerMove = (e: ReactPointerEvent) => {
    const el = viewport.current;
    const d = drag.current;
    if (!el || !d) return;
    el.scrollLeft = d.left - (e.clientX - d.x);
    el.scrollTop = d.top - (e.clientY - d.y);
  };
  const endDrag = (e: ReactPointerEvent) => {
    const el = viewport.current;
    if (!drag.current || !el) return;
    drag.current = undefined;
    el.releasePointerCapture(e.pointerId);
    el.classList.remove("dragging");
  };

  const drawn = { width: Math.ceil(cfg.width * scale), height: Math.ceil(cfg.height * scale) };
  const overflows = sized && (drawn.width > size.width + 1 || drawn.height > size.height + 1);
  const minimap = overflows && stageWidth >= MINIMAP_MIN_STAGE;
  // The svg is centred when narrower than the pane: the minimap's view rectangle allows for it.
  const offsetX = Math.max(0, (size.width - drawn.width) / 2);
  const view = { x: (scroll.left - offsetX) / scale, y: scroll.top / scale, width: size.width / scale, height: size.height / scale };
  const moveTo = (x: number, y: number) => {
    const el = viewport.current;
    if (!el) return;
    const at = centreOn({ width: el.clientWidth, height: el.clientHeight }, cfg, scale, { x, y, width: 0, height: 0 });
    el.scrollLeft = at.left;
    el.scrollTop = at.top;
  };
  const markOf = (b: CfgBlock) => (path.blocks.has(b.id) ? "error" : reached.has(b.id) ? "" : "unreached");

  const marker = (cls: string) => `url(#${id}-${cls})`;
  return (
    <div className="cfg">
      {note && <p className="cfg-note">{note}</p>}
      <div className="cfg-stage" ref={stage}>
        <div
          className="cfg-viewport"
          ref={viewport}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
          onScroll={(e) => setScroll({ left: e.currentTarget.scrollLeft, top: e.currentTarget.scrollTop })}
        >
          <svg
            className="cfg-svg"
            width={drawn.width}
            height={drawn.height}
            viewBox={`0 0 ${cfg.width} ${cfg.height}`}
            role="group"
            aria-label={`Control-flow graph: ${cfg.blocks.length} blocks, ${cfg.edges.length} edges`}
            data-scale={scale}
            style={{ fontSize: M.fontSize }}
          >
            <defs>
              {["taken", "not-taken", "plain", "back", "call", "error"].map((cls) => (
                <marker key={cls} id={`${id}-${cls}`} className={`arrow ${cls}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                  <path d="M0,1 L10,5 L0,9 z" />
                </marker>
              ))}
            </defs>
            <g className="cfg-edges">
              {cfg.edges.map((e, k) => {
                const cls = edgeClass(e);
                const onPath = path.edges.has(edgeKey(e.from, e.to));
                const mid = e.points[Math.floor(e.points.length / 2)];
                return (
                  <g key={k} data-kind={e.kind} data-back={e.back ? "true" : undefined} data-error-path={onPath ? "true" : undefined}>
                    <path
                      className={`cfg-edge ${cls}${e.back ? " back" : ""}${onPath ? " on-error-path" : ""}${reached.has(e.from) ? "" : " unreached"}`}
                      d={edgePath(e.points)}
                      markerEnd={marker(onPath ? "error" : e.back ? "back" : cls)}
                    />
                    {e.back && mid && (
                      <g className="loop-mark" transform={`translate(${mid.x},${mid.y})`}>
                        <title>back edge: a loop</title>
                        <circle r="8" />
                        <text textAnchor="middle" dy="3.5">
                          ↺
                        </text>
                      </g>
                    )}
                  </g>
                );
              })}
            </g>
            <g className="cfg-blocks">
              {cfg.blocks.map((b) => (
                <Block
                  key={b.id}
                  b={b}
                  reached={reached.has(b.id)}
                  onPath={path.blocks.has(b.id)}
                  errorPc={errorPc}
                  selectedPc={selectedPc}
                  currentPc={currentPc}
                  cut={cut?.has(b.id) ?? false}
                  onSelect={onSelectBlock}
                />
              ))}
            </g>
          </svg>
        </div>
        {minimap && <Minimap blocks={cfg.blocks} graph={cfg} maxHeight={size.height - 8} view={view} marked={markOf} onMove={moveTo} />}
      </div>
      <div className="cfg-footer">
        <div className="cfg-tools" role="toolbar" aria-label="Zoom">
          <button type="button" className="tool-button" aria-label="Zoom out" title="Zoom out (Ctrl+wheel)" onClick={() => zoom(1 / 1.25)}>
            −
          </button>
          <span className="zoom-level" aria-live="polite">
            {Math.round(scale * 100)}%
          </span>
          <button type="button" className="tool-button" aria-label="Zoom in" title="Zoom in (Ctrl+wheel)" onClick={() => zoom(1.25)}>
            +
          </button>
          <button
            type="button"
            className="tool-button wide"
            title={`Fit the graph to the pane (never below ${MIN_TEXT_PX} px text: a larger graph scrolls)`}
            onClick={() => setManual(undefined)}
            aria-pressed={manual === undefined}
          >
            Fit
          </button>
        </div>
        <Legend compact={stageWidth > 0 && stageWidth < LEGEND_MIN_WIDTH} />
      </div>
    </div>
  );
}
