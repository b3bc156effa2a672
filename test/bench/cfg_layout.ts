// npx tsx test/bench/cfg_layout.ts [sections...] (and `npm run bench -- cfg`): the CFG pane's layout on programs of about 10, 100 and
// 1,000 blocks: dagre (what the app uses) and, when it can be imported, elkjs's layered
// algorithm, on the same blocks (sizes from the text the pane draws). For each: layout time,
// the drawing's size, and the text size in pixels were the whole drawing fitted to a
// 700x600 pane (the CFG tab at 1600x1000), against the 9 px floor the pane keeps.
// Times are CPU time (and wall time): the machine may be shared. Figures only: nothing here passes or fails. elkjs is not a dependency; to compare, install
// it anywhere and point ELKJS at its elk.bundled.js, e.g.
//   (mkdir -p /tmp/elk && cd /tmp/elk && npm i elkjs)
//   ELKJS=/tmp/elk/node_modules/elkjs/lib/elk.bundled.js npx tsx test/bench/cfg_layout.ts
import { pathToFileURL } from "node:url";
import { assemble } from "../../src/core/asm/index.ts";
import { buildCfg } from "../../src/core/cfg/index.ts";
import type { Program } from "../../src/core/program.ts";
import { CFG_METRICS, MAX_LAYOUT_BLOCKS, PROTOCOL_VERSION } from "../../src/protocol/index.ts";
import { fitScale, MIN_TEXT_PX } from "../../src/ui/panes/cfg/fit.ts";
import { blockSize, blockText } from "../../src/worker/verify/blocks.ts";
import { layoutDagre } from "../../src/worker/verify/layout.ts";
import type { LayoutEdge, LayoutNode } from "../../src/worker/verify/layout.ts";
import { verifyRequest } from "../../src/worker/verify/request.ts";

/** A program of `n` sections, each one of: a diamond, an early exit, a counted loop, a straight run. */
export function syntheticProgram(n: number): string {
  const out = ["r2 = *(u32 *)(r1 + 0)", "r0 = 0"];
  for (let k = 0; k < n; k++) {
    switch (k % 4) {
      case 0:
        out.push(`if r2 > ${k} goto a${k}`, "r0 = 1", `goto b${k}`, `a${k}:`, "r0 = 2", `b${k}:`);
        break;
      case 1:
        out.push(`if r2 == ${k} goto out`);
        break;
      case 2:
        out.push("r3 = 3", `l${k}:`, "r3 -= 1", `if r3 != 0 goto l${k}`);
        break;
      default:
        out.push("r4 = r2", `r4 += ${k}`, "r4 &= 0xff");
    }
  }
  out.push("out:", "r0 = 0", "exit");
  return out.join("\n");
}

function graphOf(sections: number): { nodes: LayoutNode[]; edges: LayoutEdge[]; program: Program } {
  const a = assemble(syntheticProgram(sections));
  if (a.diagnostics.some((d) => d.severity === "error")) throw new Error(a.diagnostics.map((d) => d.message).join("; "));
  const cfg = buildCfg(a.program);
  const nodes = cfg.blocks.map((b) => {
    const shown = blockText(b.insns, (pc) => `insn ${pc} text of a usual length`);
    return { id: b.id, ...blockSize(`block ${b.id}  ${b.start}–${b.last}`, shown.text) };
  });
  return { nodes, edges: cfg.edges.map((e) => ({ from: e.from, to: e.to })), program: a.program };
}

interface ElkNode {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  children?: ElkNode[];
}
type Elk = { layout(g: unknown): Promise<ElkNode> };

async function loadElk(): Promise<Elk | string> {
  const where = process.env.ELKJS;
  try {
    const mod = (await import(where ? pathToFileURL(where).href : "elkjs")) as { default: new () => Elk };
    return new mod.default();
  } catch (err) {
    return `elkjs not found (${where ? `ELKJS=${where}` : "set ELKJS to elk.bundled.js"}): ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`;
  }
}

async function elkLayout(elk: Elk, nodes: LayoutNode[], edges: LayoutEdge[]): Promise<{ width: number; height: number }> {
  const g = await elk.layout({
    id: "root",
    layoutOptions: { "elk.algorithm": "layered", "elk.direction": "DOWN", "elk.spacing.nodeNode": "28", "elk.layered.spacing.nodeNodeBetweenLayers": "42", "elk.edgeRouting": "ORTHOGONAL" },
    children: nodes.map((n) => ({ id: `n${n.id}`, width: n.width, height: n.height })),
    edges: edges.map((e, k) => ({ id: `e${k}`, sources: [`n${e.from}`], targets: [`n${e.to}`] })),
  });
  return { width: g.width ?? 0, height: g.height ?? 0 };
}

const PANE = { width: 700, height: 600 };
const text = (w: number, h: number) => {
  const whole = Math.min(PANE.width / w, PANE.height / h);
  const fitted = fitScale(PANE, { width: w, height: h });
  return `${(whole * CFG_METRICS.fontSize).toFixed(1).padStart(5)} px whole, ${(fitted * CFG_METRICS.fontSize).toFixed(1)} px fitted`;
};

/** Wall and CPU time of `f` (CPU time is what counts on a loaded machine). */
async function timed<T>(f: () => T | Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await f();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, wall, cpu: (c.user + c.system) / 1000 };
}
const ms = (t: { wall: number; cpu: number }) => `${t.cpu.toFixed(0).padStart(7)} ms CPU (${t.wall.toFixed(0)} wall)`;
/** Sections per program (about 1.5 blocks each): from the command line, else 10, 100 and 1,000 blocks. */
const DEFAULT_SECTIONS = [5, 65, 665];

/**
 * Prints, for each program: the verdict's time (verifyRequest, which no longer lays out), then
 * dagre's layout time in the layout worker's code (layoutDagre, past MAX_LAYOUT_BLOCKS too),
 * the drawing's size and its text size fitted to the pane; elkjs's beside it when found.
 */
export async function cfgLayoutBench(sections: readonly number[] = DEFAULT_SECTIONS): Promise<void> {
  const elk = await loadElk();
  console.log(`CFG layout, text fitted to a ${PANE.width}x${PANE.height} pane (font ${CFG_METRICS.fontSize} px at 100%, floor ${MIN_TEXT_PX} px)`);
  if (typeof elk === "string") console.log(`  ${elk}: dagre only`);
  layoutDagre([{ id: 0, width: 100, height: 40 }, { id: 1, width: 100, height: 40 }], [{ from: 0, to: 1 }]); // load dagre's code before timing
  for (const n of sections.length ? sections : DEFAULT_SECTIONS) {
    const { nodes, edges, program } = graphOf(n);
    const vt = await timed(() => verifyRequest({ type: "verify", v: PROTOCOL_VERSION, id: 1, program, dialect: "llvm", progType: "socket_filter" }));
    const dt = await timed(() => layoutDagre(nodes, edges));
    const d = dt.value;
    const dagreLine = typeof d === "string" ? d : `${ms(dt)}  ${String(d.width).padStart(5)}x${String(d.height).padEnd(6)} ${text(d.width, d.height)}`;
    console.log(`${String(nodes.length).padStart(5)} blocks, ${String(edges.length).padStart(5)} edges${nodes.length > MAX_LAYOUT_BLOCKS ? ` (the app draws ${MAX_LAYOUT_BLOCKS} at most: the part around a block)` : ""}`);
    console.log(`  verdict ${ms(vt)}  (verify and the graph's text, no layout)`);
    console.log(`  dagre   ${dagreLine}`);
    if (typeof elk !== "string") {
      await elkLayout(elk, nodes.slice(0, 3), []); // load elk's code before timing
      const et = await timed(() => elkLayout(elk, nodes, edges));
      const e = et.value;
      console.log(`  elk     ${ms(et)}  ${String(Math.ceil(e.width)).padStart(5)}x${String(Math.ceil(e.height)).padEnd(6)} ${text(e.width, e.height)}`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await cfgLayoutBench(process.argv.slice(2).map(Number).filter((n) => n > 0));
}
