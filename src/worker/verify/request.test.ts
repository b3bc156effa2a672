import { describe, expect, it } from "vitest";
import { assemble } from "../../core/asm/index.ts";
import { frameViewText } from "../../core/verifier/view.ts";
import { CFG_METRICS, PROTOCOL_VERSION } from "../../protocol/index.ts";
import type { VerdictView } from "../../protocol/index.ts";
import { blockSize, blockText, MAX_BLOCK_LINES } from "./blocks.ts";
import { layoutGraph, layoutReply, MAX_LAYOUT_BLOCKS } from "./layout.ts";
import { sourceLineOf } from "../lines.ts";
import { verifyRequest } from "./request.ts";

const request = (text: string, progType = "socket_filter") =>
  verifyRequest({ type: "verify", v: PROTOCOL_VERSION, id: 3, program: assemble(text).program, dialect: "llvm", progType });
const verdict = (text: string, progType?: string): VerdictView => {
  const r = request(text, progType);
  expect(r.skipped).toBeUndefined();
  return r.verdict!;
};

describe("verifyRequest", () => {
  it("rejects a read of an uninitialised register, on its line, with the path that led there", () => {
    const v = verdict("; comment\nr0 = r2\nexit");
    expect(v).toMatchObject({ accepted: false, progType: "socket_filter", insnsProcessed: 1, errorPath: [0], visited: [0], lines: [2, 3] });
    expect(v.problems).toEqual([{ pc: 0, line: 2, message: "R2 !read_ok", code: "uninit-reg", params: { regno: 2 } }]);
    expect(v.states[0].map((s) => frameViewText(s, true))).toEqual(["R1=ctx() R10=fp0"]);
    expect(v.log).toContain("0: (bf) r0 = r2\nR2 !read_ok\n");
  });

  it("accepts a fixed program and gives every slot its states", () => {
    const v = verdict("r0 = 0\nexit");
    expect(v.accepted).toBe(true);
    expect(v.problems).toEqual([]);
    expect(v.states.map((l) => l.map((s) => frameViewText(s, true)))).toEqual([["R1=ctx() R10=fp0"], ["R0_w=0 R1=ctx() R10=fp0"]]);
    expect(v.states[1][0].regs[0]).toEqual({ no: 0, reg: { type: "scalar", precise: false, written: true, value: 0n, off: 0 } });
  });

  it("verifies as the named program type", () => {
    expect(verdict("r0 = 0\nexit", "xdp").progType).toBe("xdp");
    expect(verdict("r0 = 0\nexit", "tc").progType).toBe("sched_cls");
    expect(verdict("r0 = 0\nexit", "cgroup_skb").accepted).toBe(true);
    expect(verdict("r0 = 5\nexit", "cgroup_skb").problems[0].code).toBe("ret-range");
  });

  it("skips a program without instructions", () => {
    expect(request("; nothing\n").skipped).toBe("the program has no instructions yet");
  });

  it("gives the graph's blocks and edges unplaced: the verdict never waits for dagre", () => {
    // 144 counted loops one after the other: 289 blocks, seconds of dagre had the verdict laid them out
    const loops = (n: number) => verdict(Array.from({ length: n }, (_, k) => `r1 = 2\nl${k}:\nr1 -= 1\nif r1 != 0 goto l${k}`).join("\n") + "\nr0 = 0\nexit");
    const v = loops(144);
    expect(v.accepted).toBe(true);
    expect(v.cfg.blocks.length).toBe(289);
    expect(v.cfg.unlaid).toBeUndefined();
    expect(v.cfg.width).toBe(0);
    expect(v.cfg.edges.every((e) => e.points.length === 0)).toBe(true);
    const large = loops(151).cfg;
    expect(large.unlaid).toBe(`${large.blocks.length} blocks are too many to draw whole (at most ${MAX_LAYOUT_BLOCKS})`);
    const small = verdict("r1 = 3\nloop:\nr1 -= 1\nif r1 != 0 goto loop\nr0 = 0\nexit").cfg;
    expect(small.unlaid).toBeUndefined();
    expect([small.width, small.height]).toEqual([0, 0]);
    for (const b of small.blocks) expect([b.x, b.y]).toEqual([0, 0]);
    for (const e of small.edges) expect(e.points).toEqual([]);
  });

  it("lays out the graph: labelled blocks, conditional and back edges, each with a route", () => {
    const unplaced = verdict("r1 = 3\nloop:\nr1 -= 1\nif r1 != 0 goto loop\nr0 = 0\nexit").cfg;
    // as the CFG pane has it laid out: the layout worker's reply, placed
    const reply = layoutReply({ type: "layout", v: PROTOCOL_VERSION, id: 9, nodes: unplaced.blocks, edges: unplaced.edges });
    expect(reply).toMatchObject({ type: "laid", id: 9 });
    const laid = reply.layout!;
    const cfg = { ...unplaced, blocks: unplaced.blocks.map((b, k) => ({ ...b, ...laid.nodes[k] })), edges: unplaced.edges.map((e, k) => ({ ...e, points: laid.edges[k] })), width: laid.width };
    expect(cfg.blocks.map((b) => [b.start, b.last, b.label ?? null])).toEqual([
      [0, 0, null],
      [1, 2, "loop"],
      [3, 4, null],
    ]);
    expect(cfg.blocks[1].text).toEqual(["1  r1 -= 1", "2  if r1 != 0 goto loop"]);
    expect(cfg.edges.map((e) => [e.from, e.to, e.kind, e.back, e.conditional])).toEqual([
      [0, 1, "fallthrough", false, false],
      [1, 2, "fallthrough", false, true],
      [1, 1, "taken", true, false],
    ]);
    expect(cfg.width).toBeGreaterThan(0);
    for (const e of cfg.edges) expect(e.points.length).toBeGreaterThanOrEqual(2);
    // blocks do not overlap
    const [a, b] = [cfg.blocks[0], cfg.blocks[1]];
    expect(a.y + a.height / 2).toBeLessThanOrEqual(b.y - b.height / 2);
  });

  it("places 'too large' at the loop that never converged, not where the budget ran out after it", () => {
    // a rotated loop with an unknown bound: each turn's exit (insn 4 on) is walked before the next turn
    const v = verdict("r6 = *(u32 *)(r1 + 0)\nr1 = 0\nloop:\nr1 += 1\nif r1 < r6 goto loop\nr0 = r1\nr0 &= 1\nexit");
    expect(v.problems).toHaveLength(1);
    const [p] = v.problems;
    expect(p).toMatchObject({ code: "too-large", pc: 3, line: 5, message: "BPF program is too large. Processed 1000001 insn" });
    expect(p.params).toMatchObject({ processed: 1000001, loopHeader: 2, loopLatch: 3 });
    expect(p.params.stoppedAt).toBeGreaterThan(3); // the kernel's place: after the loop
    expect(p.params.turns).toBeGreaterThan(1000);
  }, 60_000);

  it("verifies 4,096 instructions as one block with its middle elided", () => {
    const v = verdict("r0 = 0\n" + "r0 += 1\n".repeat(4094) + "exit");
    expect(v.accepted).toBe(true);
    expect(v.insnsProcessed).toBe(4096);
    expect(v.cfg.blocks).toHaveLength(1);
    expect(v.cfg.blocks[0].text).toHaveLength(MAX_BLOCK_LINES);
    expect(v.cfg.blocks[0].text[10]).toBe("      ⋯ 4,083 more");
    expect(v.cfg.blocks[0].textPcs.slice(9, 12)).toEqual([9, -1, 4093]);
  });
});

describe("block text and size", () => {
  it("right-aligns the instruction indexes and cuts long text", () => {
    expect(blockText([8, 9, 10], (pc) => `r${pc % 10} = 1`)).toEqual({ text: [" 8  r8 = 1", " 9  r9 = 1", "10  r0 = 1"], textPcs: [8, 9, 10] });
    expect(blockText([0], () => "x".repeat(50)).text[0]).toBe("0  " + "x".repeat(35) + "…");
  });

  it("elides the middle of a long block, and says which instruction each line shows", () => {
    const pcs = Array.from({ length: 40 }, (_, k) => k);
    const { text, textPcs } = blockText(pcs, () => "exit");
    expect(text).toHaveLength(MAX_BLOCK_LINES);
    expect(text[10]).toBe("    ⋯ 27 more");
    expect(textPcs).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, -1, 37, 38, 39]);
  });

  it("is as wide as its longest line, and never narrower than the minimum", () => {
    const m = CFG_METRICS;
    expect(blockSize("b", ["x"]).width).toBe(m.minWidth);
    expect(blockSize("b", ["x".repeat(40)]).width).toBe(Math.ceil(40 * m.charWidth + 2 * m.padX));
    expect(blockSize("b", ["x", "y"]).height).toBe(m.headerHeight + 2 * m.lineHeight + 2 * m.padY);
  });
});

describe("layoutGraph", () => {
  it("refuses graphs too large to draw, with the reason", () => {
    const nodes = Array.from({ length: MAX_LAYOUT_BLOCKS + 1 }, (_, id) => ({ id, width: 10, height: 10 }));
    expect(layoutGraph(nodes, [])).toBe(`${MAX_LAYOUT_BLOCKS + 1} blocks are too many to draw whole (at most ${MAX_LAYOUT_BLOCKS})`);
  });

  it("routes two edges between the same blocks separately", () => {
    const l = layoutGraph(
      [
        { id: 0, width: 100, height: 40 },
        { id: 1, width: 100, height: 40 },
      ],
      [
        { from: 0, to: 1 },
        { from: 0, to: 1 },
      ],
    );
    if (typeof l === "string") throw new Error(l);
    expect(l.edges).toHaveLength(2);
    expect(l.edges[0]).not.toEqual(l.edges[1]);
  });
});

describe("layoutGraph bounds", () => {
  it("routes a block's loop to itself out of its right side and back in", () => {
    const l = layoutGraph([{ id: 0, width: 100, height: 40 }], [{ from: 0, to: 0 }]);
    if (typeof l === "string") throw new Error(l);
    const [c] = l.nodes;
    expect(l.edges[0]).toEqual([
      { x: c.x + 50, y: c.y - 10 },
      { x: c.x + 76, y: c.y - 10 },
      { x: c.x + 76, y: c.y },
      { x: c.x + 76, y: c.y + 10 },
      { x: c.x + 50, y: c.y + 10 },
    ]);
  });

  it("makes room for a loop routed beside its block, and keeps a margin all round", () => {
    const l = layoutGraph([{ id: 0, width: 100, height: 40 }], [{ from: 0, to: 0 }]);
    if (typeof l === "string") throw new Error(l);
    const xs = [l.nodes[0].x - 50, l.nodes[0].x + 50, ...l.edges[0].map((p) => p.x)];
    const ys = [l.nodes[0].y - 20, l.nodes[0].y + 20, ...l.edges[0].map((p) => p.y)];
    expect(Math.min(...xs)).toBeCloseTo(16, 0);
    expect(Math.min(...ys)).toBeCloseTo(16, 0);
    expect(l.width).toBeGreaterThanOrEqual(Math.max(...xs) + 16 - 0.5);
    expect(l.height).toBeGreaterThanOrEqual(Math.max(...ys) + 16 - 0.5);
    expect(l.width).toBeGreaterThan(100 + 32);
  });
});

describe("sourceLineOf", () => {
  it("gives an instruction from a header the line of the nearest one before it", () => {
    expect(sourceLineOf({ lines: [4, 0, 0, 7] }, 2)).toBe(4);
    expect(sourceLineOf({ lines: [4, 0, 0, 7] }, 3)).toBe(7);
    expect(sourceLineOf({ lines: [0, 5] }, 0)).toBe(0);
  });
});
