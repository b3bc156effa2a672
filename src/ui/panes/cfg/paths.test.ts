import { describe, expect, it } from "vitest";
import type { CfgView } from "../../../protocol/index.ts";
import { edgeKey, pathMarks, reachedBlocks } from "./paths.ts";

// 0: r1 = 3 | 1: r1 -= 1, 2: if r1 != 0 goto 1 | 3: r0 = r2, 4: exit   (block ids 0, 1, 2)
const block = (id: number, insns: number[]) => ({ id, start: insns[0], last: insns[insns.length - 1], insns });
const g = { blocks: [block(0, [0]), block(1, [1, 2]), block(2, [3, 4])], blockOf: [0, 1, 1, 2, 2] } as unknown as Pick<CfgView, "blocks" | "blockOf">;

describe("pathMarks", () => {
  it("maps a path of instructions to its blocks and edges, and ends in the error's block", () => {
    const m = pathMarks([0, 1, 2, 3], g);
    expect([...m.blocks]).toEqual([0, 1, 2]);
    expect([...m.edges]).toEqual([edgeKey(0, 1), edgeKey(1, 2)]);
    expect(m.last).toBe(2);
  });

  it("counts a loop back into the same block as an edge to itself", () => {
    expect([...pathMarks([0, 1, 2, 1, 2, 3], g).edges]).toEqual(["0>1", "1>1", "1>2"]);
  });

  it("starts a truncated path in the middle of a block, and ignores slots with no block", () => {
    const m = pathMarks([2, 3, 99], g);
    expect([...m.blocks]).toEqual([1, 2]);
    expect([...m.edges]).toEqual(["1>2"]);
  });

  it("marks nothing for an empty path (a rejection before exploration)", () => {
    expect(pathMarks([], g)).toEqual({ blocks: new Set(), edges: new Set(), last: undefined });
  });
});

describe("reachedBlocks", () => {
  it("is the blocks of the visited instructions", () => {
    expect([...reachedBlocks([0, 1, 2], g)]).toEqual([0, 1]);
  });
});
