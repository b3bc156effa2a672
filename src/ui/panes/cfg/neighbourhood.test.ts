import { describe, expect, it } from "vitest";
import type { CfgBlock, CfgEdge, CfgView } from "../../../protocol/index.ts";
import { neighbourhood, neighbourhoodView } from "./neighbourhood.ts";

/** A chain of `n` blocks in function 0, each falling into the next, then `m` blocks of function 100. */
function chain(n: number, m = 0): CfgView {
  const blocks: CfgBlock[] = Array.from({ length: n + m }, (_, id) => ({
    id, start: id, last: id, insns: [id], func: id < n ? 0 : 100, text: [`${id}  r0 = 0`], textPcs: [id], x: 0, y: 0, width: 120, height: 40,
  }));
  const edges: CfgEdge[] = [];
  for (let k = 0; k + 1 < n + m; k++) if (k + 1 !== n) edges.push({ from: k, to: k + 1, kind: "fallthrough", back: false, conditional: false, points: [] });
  if (m > 0) edges.push({ from: 3, to: n, kind: "call", back: false, conditional: false, points: [] });
  return { blocks, edges, funcs: [0, n], blockOf: blocks.map((b) => b.id), width: 0, height: 0, unlaid: "too many" };
}

describe("neighbourhood", () => {
  it("draws a small function whole, with the edges into other functions cut", () => {
    const nb = neighbourhood(chain(1000, 10), 1005, 120, 60);
    expect(nb.kind).toBe("function");
    expect(nb.blocks).toEqual(Array.from({ length: 10 }, (_, k) => 1000 + k));
    expect(nb.edges.length).toBe(9);
    expect([...nb.cut]).toEqual([1000]);
  });

  it("draws the blocks nearest the chosen one in a large function", () => {
    const nb = neighbourhood(chain(1000), 500, 120, 61);
    expect(nb.kind).toBe("around");
    expect(nb.blocks).toEqual(Array.from({ length: 61 }, (_, k) => 470 + k));
    expect(nb.edges.length).toBe(60);
    expect([...nb.cut].sort((a, b) => a - b)).toEqual([470, 530]);
  });

  it("stays inside the graph at its ends", () => {
    const nb = neighbourhood(chain(1000), 0, 120, 60);
    expect(nb.blocks[0]).toBe(0);
    expect(nb.blocks.length).toBe(60);
  });

  it("gives the part as a graph of its own, blocks keeping their ids, laid out", () => {
    const cfg = chain(700);
    const nb = neighbourhood(cfg, 650, 120, 5);
    const view = neighbourhoodView(cfg, nb, (nodes, edges) => ({
      nodes: nodes.map((_, k) => ({ x: 60, y: 20 + 60 * k })),
      edges: edges.map(() => [{ x: 60, y: 40 }, { x: 60, y: 60 }]),
      width: 120,
      height: 60 * nodes.length,
    }));
    if (typeof view === "string") throw new Error(view);
    expect(view.blocks.map((b) => b.id)).toEqual([648, 649, 650, 651, 652]);
    expect(view.blocks[2].y).toBe(140);
    expect(view.edges.map((e) => [e.from, e.to])).toEqual([[648, 649], [649, 650], [650, 651], [651, 652]]);
    expect(view.unlaid).toBeUndefined();
    expect(view.blockOf).toBe(cfg.blockOf);
  });
});
