// Journeys (issue 10): the verdict does not wait for the CFG's layout, which is made in a
// worker of its own when the CFG tab is shown; and "BPF program is too large" is marked on
// the loop that never converged (editor, Problems, CFG), not on the instruction after it.
// Screenshots at 1600x1000 and 1000x700 are kept as artefacts.

import { expect, test } from "@playwright/test";
import { App } from "./pages/app.ts";

// A loaded machine can take over 15 s to bring Monaco up the first time: wait for it once.
test.beforeEach(async ({ page }) => {
  await page.goto("/");
  await expect(page.locator(".monaco-editor").first()).toBeVisible({ timeout: 90_000 });
});

/** `n` counted loops one after the other: 2n+1 blocks. */
const loops = (n: number) => Array.from({ length: n }, (_, k) => `r1 = 2\nl${k}:\nr1 -= 1\nif r1 != 0 goto l${k}`).join("\n") + "\nr0 = 0\nexit";

// A rotated loop whose bound the verifier cannot know: each turn's exit (line 6 on) is walked
// before the next turn, so the kernel's budget runs out after the loop, not in it.
const TOO_LARGE = `r6 = *(u32 *)(r1 + 0)
r1 = 0
loop:
r1 += 1
if r1 < r6 goto loop
r0 = r1
r0 &= 1
exit`;

for (const size of [
  { width: 1600, height: 1000 },
  { width: 1000, height: 700 },
]) {
  test.describe(`at ${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    test("the verdict of a 289-block program comes first; the CFG is laid out when its tab is shown", async ({ page }) => {
      test.setTimeout(180_000);
      const app = new App(page);
      await app.open();
      // rejected at its last line (r5 never written), so its verdict tells itself from the starter's
      await app.editor.pasteText(loops(144).replace("r0 = 0\nexit", "r0 = r5\nexit"));
      await expect(app.verdict).toHaveText("rejected", { timeout: 60_000 });
      // The CFG tab (mounted, hidden) has the verdict but no drawing: nothing was laid out for it.
      const hidden = page.locator("section.pane-cfg");
      await expect(hidden).toHaveAttribute("data-verdict", "rejected");
      await expect(hidden).toContainText("Laying out the graph (289 blocks)…");
      await expect(hidden.locator("svg.cfg-svg")).toHaveCount(0);
      // shown, it is laid out
      await app.cfg.open();
      await expect(app.cfg.blocks).toHaveCount(289, { timeout: 90_000 });
      await expect(app.cfg.errorBlock).toHaveCount(1);
      await page.screenshot({ path: test.info().outputPath(`cfg-289-${size.width}x${size.height}.png`) });

      // a newer program is laid out at once, whatever was under way
      await app.editor.replaceText(loops(2));
      await expect(app.cfg.blocks).toHaveCount(5, { timeout: 30_000 });
      await expect(app.cfg.region).toHaveAttribute("data-verdict", "accepted");
      await expect(app.cfg.region).not.toHaveClass(/pending/);
    });

    test("'BPF program is too large' is marked on the loop that never converged, in the editor, Problems and the CFG", async ({ page }) => {
      test.setTimeout(180_000);
      const app = new App(page);
      await app.open();
      await app.editor.replaceText(TOO_LARGE);
      await app.editor.unscroll();
      await expect(app.verdict).toHaveText("rejected", { timeout: 90_000 });

      const marks = await app.editor.verifierMarkers();
      expect(marks.map((m) => [m.line, m.message])).toEqual([[5, "BPF program is too large. Processed 1000001 insn"]]);

      await app.problems.open();
      const p = app.problems.rejections();
      await expect(p).toHaveCount(1);
      await expect(p).toContainText("insn 3 · line 5");
      await expect(app.problems.explanation(p)).toContainText(/It ran out at insn \d+, on a path that went round the loop of insns 2–3 \d+ times/);

      await app.cfg.open();
      await expect(app.cfg.errorBlock).toHaveCount(1);
      await expect(app.cfg.errorBlock).toHaveAttribute("data-start", "2");
      await page.screenshot({ path: test.info().outputPath(`too-large-${size.width}x${size.height}.png`) });
    });
  });
}
