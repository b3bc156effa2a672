// Journey: the CFG opens readable. A small graph fits its pane whole with the zoom controls
// beside it, not over a block; a rejected program of about 27 blocks opens centred on the
// block at fault, its text at a readable size; a program of 691 blocks (over 300) is drawn around
// one block instead of not at all; the legend tells the edges apart. At 1600x1000, 1280x800 and 1000x700.

import { expect, test } from "@playwright/test";
import type { Locator } from "@playwright/test";
import { App } from "./pages/app.ts";

/** `n` if/else diamonds that set r3 alike on both sides (so the verifier prunes at each join). */
function diamonds(n: number, from = 0): string[] {
  const out: string[] = [];
  for (let k = from; k < from + n; k++) out.push(`if r2 > ${k} goto a${k}`, "r3 = 1", `goto b${k}`, `a${k}:`, "r3 = 1", `b${k}:`);
  return out;
}
const head = ["r2 = *(u32 *)(r1 + 0)", "r0 = 0"];
const SMALL = [...head, ...diamonds(1), "exit"].join("\n"); // 4 blocks
// 5 diamonds, a read of a register never written, 4 more diamonds: 28 blocks, the error mid-graph.
const REJECTED = [...head, ...diamonds(5), "r0 = r5", ...diamonds(4, 5), "exit"].join("\n");
const LARGE = [...head, ...diamonds(230), "exit"].join("\n"); // 691 blocks

type Box = { x: number; y: number; width: number; height: number };
const box = async (l: Locator): Promise<Box> => {
  const b = await l.boundingBox();
  expect(b).not.toBeNull();
  return b!;
};
const inside = (a: Box, b: Box) => a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.width <= b.x + b.width + 1 && a.y + a.height <= b.y + b.height + 1;
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const viewport of [
  { width: 1600, height: 1000 },
  { width: 1280, height: 800 },
  { width: 1000, height: 700 },
]) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test("the CFG opens readable: small graphs whole, the error centred, large graphs in part", async ({ page }) => {
      test.setTimeout(180_000);
      const app = new App(page);
      // A loaded machine can take over 15 s to bring Monaco up the first time: wait for it once.
      await page.goto("/");
      await expect(page.locator(".monaco-editor").first()).toBeVisible({ timeout: 90_000 });
      await app.open();
      const shot = (name: string) => app.cfg.region.screenshot({ path: test.info().outputPath(`${name}-${viewport.width}x${viewport.height}.png`) });

      // A 4-block program: every block whole in the pane, zoom controls over none of them.
      await app.editor.replaceText(SMALL);
      await app.cfg.open();
      await expect(app.cfg.blocks).toHaveCount(4);
      await expect(app.cfg.region).toHaveAttribute("data-verdict", "accepted");
      const pane = await box(app.cfg.viewport);
      const zoom = await box(app.cfg.zoom);
      for (let k = 0; k < 4; k++) {
        const b = await box(app.cfg.blocks.nth(k));
        expect(inside(b, pane), `block ${k} ${JSON.stringify(b)} inside the pane ${JSON.stringify(pane)}`).toBe(true);
        expect(overlap(b, zoom), `block ${k} clear of the zoom controls`).toBe(false);
      }
      expect(overlap(zoom, pane)).toBe(false);
      expect(await app.cfg.scale()).toBeGreaterThanOrEqual(9 / 11);
      // The legend names every kind of edge (in a narrow pane, folded behind a button).
      const fold = app.cfg.region.locator("details.cfg-legend-fold > summary");
      if (await fold.isVisible()) await fold.click();
      for (const kind of ["taken", "not taken", "jump", "back edge", "call", "error path"]) await expect(app.cfg.legend.locator(`[data-edge="${kind}"]`)).toBeVisible();
      expect(inside(await box(app.cfg.legend), await box(page.locator("body")))).toBe(true);
      await shot("small");
      if (await fold.isVisible()) await fold.click();

      // A rejected program of 28 blocks: it opens on the block at fault, centred, text readable.
      await app.editor.replaceText(REJECTED);
      await expect(app.cfg.region).toHaveAttribute("data-verdict", "rejected");
      await expect(app.cfg.blocks).toHaveCount(28);
      await expect(app.cfg.errorBlock).toHaveCount(1);
      const scale = await app.cfg.scale();
      expect(scale * 11, "block text in px").toBeGreaterThanOrEqual(9);
      await expect.poll(async () => inside(await box(app.cfg.errorBlock), await box(app.cfg.viewport))).toBe(true);
      const view = await box(app.cfg.viewport);
      const err = await box(app.cfg.errorBlock);
      const dy = Math.abs(err.y + err.height / 2 - (view.y + view.height / 2));
      expect(dy, "the error block's centre is near the pane's middle").toBeLessThan(view.height / 4);
      // The block's text is drawn at the scale: a line of text at least 9 px tall.
      const line = await box(app.cfg.errorBlock.locator("text.block-line").first());
      expect(line.height).toBeGreaterThanOrEqual(9);
      await shot("rejected");

      // Over 300 blocks: a drawing of the part around the entry, not "No drawing".
      await app.editor.pasteText(LARGE);
      await expect(app.cfg.note).toContainText(/the 60 blocks nearest \S+ of 691 \(too many to draw whole\)/, { timeout: 60_000 });
      await expect(app.cfg.region).not.toContainText("No drawing");
      const drawn = await app.cfg.blocks.count();
      expect(drawn).toBeGreaterThan(10);
      expect(drawn).toBeLessThanOrEqual(120);
      expect(await app.cfg.scale()).toBeGreaterThanOrEqual(9 / 11);
      if (viewport.width >= 1600) await expect(app.cfg.minimap).toBeVisible();
      await shot("large");
      // Clicking a block at the edge of the part draws around that block.
      const edge = app.cfg.region.locator('g.cfg-block[data-cut="true"]').last();
      const start = Number(await edge.getAttribute("data-start"));
      expect(start).toBeGreaterThan(0);
      const before = await app.cfg.note.textContent();
      await edge.click();
      await expect(app.cfg.note).not.toHaveText(before ?? "");
      await expect(app.cfg.note).toContainText(/the 60 blocks nearest \S+ of 691/);
      await expect(app.cfg.region.locator(`g.cfg-block[data-start="${start}"]`)).toBeVisible();
      await expect.poll(() => app.cfg.region.locator("g.cfg-block").evaluateAll((gs) => Math.max(...gs.map((g) => Number(g.getAttribute("data-start")))))).toBeGreaterThan(start);
      await shot("large-moved");
    });
  });
}
