import { describe, expect, it } from "vitest";
import { CFG_METRICS } from "../../../protocol/index.ts";
import { centreOn, fitScale, MIN_FIT, MIN_TEXT_PX, openingBlock, textPx } from "./fit.ts";

describe("fitScale", () => {
  it("draws a small graph at 100%, never larger", () => {
    expect(fitScale({ width: 800, height: 600 }, { width: 300, height: 200 })).toBe(1);
  });

  it("shrinks a graph a little too big to fit both ways", () => {
    // 4 blocks, 520 high, in a 460-high pane: 0.87, text 9.6 px.
    const s = fitScale({ width: 700, height: 460 }, { width: 300, height: 520 });
    expect(s).toBeLessThan(1);
    expect(s * 520).toBeLessThanOrEqual(460);
    expect(textPx(s)).toBeGreaterThanOrEqual(MIN_TEXT_PX);
  });

  it("never goes below readable text: a tall graph scrolls instead", () => {
    const s = fitScale({ width: 700, height: 600 }, { width: 1300, height: 6400 });
    expect(s).toBe(MIN_FIT);
    expect(textPx(s)).toBeCloseTo(MIN_TEXT_PX, 5);
    expect(MIN_FIT).toBeCloseTo(MIN_TEXT_PX / CFG_METRICS.fontSize, 5);
  });

  it("takes 100% before the pane has a size", () => {
    expect(fitScale({ width: 0, height: 0 }, { width: 300, height: 200 })).toBe(1);
    expect(fitScale({ width: 500, height: 500 }, { width: 0, height: 0 })).toBe(1);
  });
});

describe("centreOn", () => {
  const pane = { width: 400, height: 300 };
  const graph = { width: 1000, height: 3000 };

  it("puts the block's centre in the middle of the pane", () => {
    const at = centreOn(pane, graph, 1, { x: 500, y: 1500, width: 100, height: 60 });
    expect(at).toEqual({ left: 300, top: 1350 });
  });

  it("scales: the block's centre times the scale, less half the pane", () => {
    const at = centreOn(pane, graph, 0.5, { x: 500, y: 1500, width: 100, height: 60 });
    expect(at).toEqual({ left: 50, top: 600 });
  });

  it("stays within what the pane can scroll to", () => {
    expect(centreOn(pane, graph, 1, { x: 40, y: 20, width: 60, height: 30 })).toEqual({ left: 0, top: 0 });
    expect(centreOn(pane, graph, 1, { x: 990, y: 2990, width: 10, height: 10 })).toEqual({ left: 600, top: 2700 });
  });

  it("does not scroll a graph that fits", () => {
    expect(centreOn(pane, { width: 300, height: 200 }, 1, { x: 200, y: 150, width: 100, height: 50 })).toEqual({ left: 0, top: 0 });
  });

  it("shows the top of a block taller than the pane", () => {
    const at = centreOn(pane, graph, 1, { x: 500, y: 1500, width: 100, height: 600 });
    expect(at.top).toBe(1200 - 8);
  });
});

describe("openingBlock", () => {
  it("is the block holding the error, else the entry", () => {
    const blockOf = [0, 0, 1, 1, 2];
    expect(openingBlock(blockOf, 3)).toBe(1);
    expect(openingBlock(blockOf, undefined)).toBe(0);
    expect(openingBlock([0, -1], 1)).toBe(0);
  });
});
