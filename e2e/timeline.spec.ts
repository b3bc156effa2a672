// Journey (issue 12): stepping as a timeline. Step seven times, move the slider back to step 3 and
// find the registers step 3 had, forward to 6 with the keyboard, copy a link to that step and open it
// in a fresh browser context: the same registers at step 6.

import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { App } from "./pages/app.ts";
import { TimelineBar } from "./pages/timeline.ts";

const REGS = ["r0", "r1", "r2"];

const registers = (app: App) => Promise.all(REGS.map((r) => app.registers.hex(r).textContent()));

async function expectRegisters(app: App, values: readonly (string | null)[]): Promise<void> {
  for (const [k, r] of REGS.entries()) await expect(app.registers.hex(r), r).toHaveText(values[k]!);
}

async function start(page: Page, path = "/"): Promise<App> {
  const app = new App(page);
  await page.goto(path);
  // A loaded machine can take over 15 s to bring Monaco up the first time.
  await expect(app.editor.editor).toBeVisible({ timeout: 60_000 });
  await app.editor.waitReady();
  return app;
}

test("the timeline moves back and forward through the steps taken, and links to a step", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const app = new App(page);
  await app.open("asm");
  const timeline = new TimelineBar(page);
  await expect(timeline.label).toHaveText("Step 0 of 0");
  await expect(timeline.slider).toBeDisabled();

  // the registers after each of seven steps
  const seen: (string | null)[][] = [];
  for (let k = 1; k <= 7; k++) {
    await app.debugger.click("Step");
    await expect(timeline.label).toHaveText(`Step ${k} of ${k}`);
    seen.push(await registers(app));
  }
  expect(new Set(seen.map((s) => s.join())).size, "the seven steps leave different registers").toBeGreaterThan(4);
  await expect(timeline.slider).toHaveAttribute("aria-valuetext", /^step 7 of 7, line \d+$/);

  await timeline.set(3);
  await expect(timeline.label).toHaveText("Step 3 of 7");
  await expect(app.debugger.status).toContainText("3 instructions executed");
  await expectRegisters(app, seen[2]);
  await expect(timeline.slider).toHaveValue("3");

  // forward with the keyboard, one step per arrow press
  await timeline.slider.focus();
  for (let k = 4; k <= 6; k++) {
    await page.keyboard.press("ArrowRight");
    await expect(timeline.label).toHaveText(`Step ${k} of 7`);
  }
  await expect(app.debugger.status).toContainText("6 instructions executed");
  await expectRegisters(app, seen[5]);
  await expect(timeline.slider).toHaveValue("6");
  const axe = await new AxeBuilder({ page }).include(".timeline").analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`), "axe, the timeline").toEqual([]);

  for (const size of [{ width: 1600, height: 1000 }, { width: 1000, height: 700 }]) {
    await page.setViewportSize(size);
    await expect(timeline.copy).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: test.info().outputPath(`timeline-${size.width}x${size.height}.png`) });
  }

  await timeline.copy.click();
  await expect(timeline.note).toHaveText("Link to step 6 copied");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#s=1\.[A-Za-z0-9_-]+$/);

  const elsewhere = await browser.newContext();
  try {
    const other = await start(await elsewhere.newPage(), link.slice(link.indexOf("/", "http://".length)));
    const there = new TimelineBar(other.page);
    await expect(other.debugger.status).toContainText("6 instructions executed");
    await expect(there.label).toHaveText("Step 6 of 6");
    await expectRegisters(other, seen[5]);
    // and its history goes back to the start
    await there.set(3);
    await expectRegisters(other, seen[2]);
  } finally {
    await elsewhere.close();
  }
});
