import { describe, expect, it } from "vitest";
import { arrangementOf } from "./useViewport.ts";

describe("arrangementOf", () => {
  it("stacks the inspectors only where the window is both wide and tall", () => {
    expect(arrangementOf({ width: 1600, height: 1000 })).toBe("wide");
    expect(arrangementOf({ width: 1400, height: 860 })).toBe("wide");
  });

  it("puts the inspectors in tabs in a narrow or a short window", () => {
    expect(arrangementOf({ width: 1280, height: 800 })).toBe("tabbed");
    expect(arrangementOf({ width: 1399, height: 1200 })).toBe("tabbed");
    expect(arrangementOf({ width: 1920, height: 859 })).toBe("tabbed");
    expect(arrangementOf({ width: 1000, height: 700 })).toBe("tabbed");
  });

  it("goes to one column below 1000 px wide, however tall", () => {
    expect(arrangementOf({ width: 999, height: 700 })).toBe("single");
    expect(arrangementOf({ width: 800, height: 600 })).toBe("single");
    expect(arrangementOf({ width: 800, height: 1400 })).toBe("single");
  });
});
