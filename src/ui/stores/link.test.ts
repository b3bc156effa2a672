import { describe, expect, it } from "vitest";
import { useLink } from "./link.ts";

describe("the linked line", () => {
  it("follows the pane the mouse is in, and ignores a late leave from the other", () => {
    const { hover } = useLink.getState();
    hover(9, "source");
    hover(9, "bytecode");
    hover(undefined, "source");
    expect(useLink.getState()).toMatchObject({ hoverLine: 9, from: "bytecode" });
    hover(undefined, "bytecode");
    expect(useLink.getState().hoverLine).toBeUndefined();
  });
});
