// Journeys through the Verifier pane (issue 10): a rejection opens at the failing instruction
// and its words link there; each path says which branch it came from and each register which
// instruction wrote it; a log of 20,000 lines is drawn a screenful at a time, searchable, and
// linked to the instructions both ways; an old verdict stays, dimmed and busy, while a new one
// is worked out. Each runs at three window sizes, and what it needs must be on screen.

import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";
import { App } from "./pages/app.ts";

const SIZES = [
  { width: 1600, height: 1000 },
  { width: 1280, height: 800 },
  { width: 1000, height: 700 },
] as const;

/** The element is laid out wholly inside the window. */
async function onScreen(page: Page, what: Locator): Promise<void> {
  await expect(what).toBeVisible();
  await what.scrollIntoViewIfNeeded();
  const box = await what.boundingBox();
  const view = page.viewportSize()!;
  expect(box, "laid out").not.toBeNull();
  expect(box!.x, "left edge").toBeGreaterThanOrEqual(0);
  expect(box!.y, "top edge").toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, "right edge").toBeLessThanOrEqual(view.width + 0.5);
  expect(box!.y + box!.height, "bottom edge").toBeLessThanOrEqual(view.height + 0.5);
}

/** The element is inside the visible part of its scrolling box. */
async function inBox(what: Locator, box: Locator): Promise<void> {
  await expect
    .poll(async () => {
      const [a, b] = [await what.boundingBox(), await box.boundingBox()];
      return !!a && !!b && a.y >= b.y - 0.5 && a.y + a.height <= b.y + b.height + 0.5;
    })
    .toBe(true);
}

/**
 * Opens the app fresh. On a loaded machine the editor's first load can take longer than the
 * page object waits; a first visit with a longer wait fills the cache, and App.open reloads.
 */
async function openApp(page: Page): Promise<App> {
  test.setTimeout(150_000);
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Source" }).locator(".monaco-editor").first()).toBeVisible({ timeout: 60_000 });
  const app = new App(page);
  await app.open();
  return app;
}

const region = (page: Page) => page.getByRole("region", { name: "Verifier" });
const summaryError = (page: Page) => region(page).locator("button.summary-error");
const pathHeaders = (page: Page) => region(page).locator(".state-table thead th[data-path]");
const log = (page: Page) => region(page).getByRole("listbox", { name: /Verifier log/ });

// r4 is never written: the branch's taken side reads it (insn 5, line 8)
const REJECTED = ["r2 = *(u32 *)(r1 + 0)", "r0 = 0", "if r2 > 10 goto big", "r0 = 1", "exit", "big:", "; r4 was never written", "r0 = r4", "exit"].join("\n");

// the two sides of the branch meet at insn 4 (line 6) with r3 written in different places
const JOIN = ["r2 = *(u32 *)(r1 + 0)", "r3 = 0", "if r2 > 10 goto big", "r3 = r10", "big:", "*(u64 *)(r10 - 8) = r3", "r0 = 0", "exit"].join("\n");

// r3 is -1 or 0 after the shift: `r3 &= -16` is walked once with each (the kernel's maybe_fork_scalars)
const SPLIT = ["call 7", "r3 = r0", "r3 <<= 32", "r3 s>>= 63", "r3 &= -16", "r2 = r10", "r2 += -8", "r2 += r3", "r1 = 0", "*(u64 *)(r2 + 0) = r1", "r0 = 0", "exit"].join("\n");

// the verifier walks this loop until its log is cut at some 20,000 lines
const LOOP = (n: number) => `r1 = 0\nloop:\nr1 += 1\nif r1 < ${n} goto loop\nr0 = 0\nexit`;
/**
 * LOOP with all 64 stack slots holding constants first: every state the verifier keeps on the way
 * is a copy of them, so the same 900,000 instructions take it several times longer (1.7 s in Node
 * against 0.3 s without, on 2026-12-06's machine).
 */
const HEAVY_LOOP = (n: number) => `${Array.from({ length: 64 }, (_, k) => `r2 = ${k + 1}\n*(u64 *)(r10 - ${8 * (k + 1)}) = r2`).join("\n")}\n${LOOP(n)}`;

for (const size of SIZES) {
  test.describe(`at ${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    test("a rejection opens at the failing instruction, and its words link there", async ({ page }) => {
      const app = await openApp(page);
      await app.verifier.open();
      await app.editor.replaceText(REJECTED);
      await expect(app.verifier.verdict).toHaveText(/rejected/);

      // the state before the failing instruction, on the path that failed, the register it names marked
      await expect(app.verifier.selected).toContainText("Before insn 5");
      await expect(app.verifier.selected).toContainText("R4 !read_ok");
      const failing = region(page).locator(".state-table thead th.failed-path");
      await expect(failing).toContainText("failing path");
      await expect(failing).toContainText("from 2 (if r2 > 10, taken)");
      const errorRow = app.verifier.stateRow("r4");
      await expect(errorRow).toHaveAttribute("data-error", "true");
      await onScreen(page, errorRow);
      await page.screenshot({ path: test.info().outputPath(`rejection-${size.width}x${size.height}.png`) });

      // elsewhere, then back by the error's words
      await app.bytecode.row(1).click();
      await expect(app.verifier.selected).toContainText("Before insn 1");
      await onScreen(page, summaryError(page));
      await summaryError(page).click();
      await expect(app.verifier.selected).toContainText("Before insn 5");
      await expect(app.editor.activeLine()).toHaveText("8");
      await expect(app.bytecode.highlighted()).toHaveCount(1);
      await expect(app.bytecode.highlighted()).toContainText("r0 = r4");
    });

    test("a path split at an AND of a register that is -1 or 0 is named by the value it gave it", async ({ page }) => {
      const app = await openApp(page);
      await app.verifier.open();
      await app.editor.replaceText(SPLIT);
      await expect(app.verifier.verdict).toHaveText(/accepted/);
      await app.bytecode.row(9).click();
      await expect(app.verifier.selected).toContainText("Before insn 9");
      await expect(pathHeaders(page)).toHaveText(["from 4 (r3 &= -16, r3 = -1)", "from 4 (r3 &= -16, r3 = 0)"]);
      await onScreen(page, pathHeaders(page).last());
      await page.screenshot({ path: test.info().outputPath(`split-${size.width}x${size.height}.png`) });
    });

    test("each path is named by the branch it came from; each register by the instruction that wrote it", async ({ page }) => {
      const app = await openApp(page);
      await app.verifier.open();
      await app.editor.replaceText(JOIN);
      await expect(app.verifier.verdict).toHaveText(/accepted/);
      await app.bytecode.row(4).click();
      await expect(app.verifier.selected).toContainText("Before insn 4");
      await expect(pathHeaders(page)).toHaveText(["from 2 (if r2 > 10, not taken)", "from 2 (if r2 > 10, taken)"]);
      await expect(app.verifier.selected).not.toContainText("Path 1");

      // r3: the frame pointer written at insn 3 on one side, 0 from insn 1 on the other
      const r3 = app.verifier.stateRow("r3");
      await expect(r3.getByRole("button", { name: "r3 written by insn 3" })).toHaveCount(1);
      await expect(r3.getByRole("button", { name: "r3 written by insn 1" })).toHaveCount(1);
      await expect(app.verifier.stateRow("r1")).toContainText("entry");
      await page.screenshot({ path: test.info().outputPath(`paths-${size.width}x${size.height}.png`) });

      const wrote = r3.getByRole("button", { name: "r3 written by insn 3" });
      await onScreen(page, wrote);
      await wrote.click();
      await expect(app.verifier.selected).toContainText("Before insn 3");
      await expect(app.editor.activeLine()).toHaveText("4");

      // the branch in a path's name is a link too
      await app.bytecode.row(4).click();
      await expect(app.verifier.selected).toContainText("Before insn 4");
      await pathHeaders(page).first().getByRole("button", { name: "2" }).click();
      await expect(app.verifier.selected).toContainText("Before insn 2");
      await expect(app.editor.activeLine()).toHaveText("3");
    });

    test("a log of 20,000 lines is drawn a screenful at a time, searched, and linked to its instructions", async ({ page }) => {
      const app = await openApp(page);
      await app.verifier.open();
      await app.editor.replaceText(LOOP(2500));
      await expect(app.verifier.verdict).toHaveText(/accepted/);
      await app.verifier.log.locator("summary").click();
      await expect(app.verifier.log.locator("summary")).toContainText(/\b20,\d{3} lines/);
      const lines = log(page).getByRole("option");
      await expect(lines.first()).toBeVisible();
      expect(await lines.count()).toBeLessThan(200);

      // search: the count, then the next and previous match, each brought into view
      const search = region(page).getByRole("searchbox", { name: "Search the log" });
      await onScreen(page, search);
      await search.fill("R1=123");
      await expect(region(page).locator(".log-count")).toHaveText("2 matches");
      await search.press("Enter");
      await expect(region(page).locator(".log-count")).toHaveText("1 of 2 matches");
      const current = log(page).locator(".current-match");
      await expect(current).toContainText("1: (07) r1 += 1");
      await inBox(current, log(page));
      await inBox(current, region(page).locator(".verifier-body"));
      await region(page).getByRole("button", { name: "Next match" }).click();
      await expect(region(page).locator(".log-count")).toHaveText("2 of 2 matches");
      await expect(current).toHaveText(/^2: R1=123\s*$/);
      await region(page).getByRole("button", { name: "Previous match" }).click();
      await expect(region(page).locator(".log-count")).toHaveText("1 of 2 matches");
      await page.screenshot({ path: test.info().outputPath(`log-${size.width}x${size.height}.png`) });
      // the unfolded log, its search and its lines pass axe too
      const axe = await new AxeBuilder({ page }).include(".pane-verifier").analyze();
      expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);

      // a line selects its instruction (the editor follows), and the log stays where it is
      await current.click();
      await expect(app.verifier.selected).toContainText("Before insn 1");
      await expect(app.editor.activeLine()).toHaveText("3");
      await inBox(log(page).locator(".current-match"), log(page));

      // an instruction selected elsewhere scrolls the log to its first line
      await app.bytecode.row(0).click();
      await expect(app.verifier.selected).toContainText("Before insn 0");
      const first = log(page).getByRole("option", { name: /^0: R1=ctx\(\) R10=fp0/ });
      await inBox(first, log(page));
      await expect(first).toHaveAttribute("aria-selected", "true");

      // the keyboard: down two lines (insn 0, then insn 1) and Enter selects that line's instruction
      await log(page).focus();
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      await expect(log(page).locator(".log-line.active")).toHaveText(/^1: \(07\) r1 \+= 1/);
      await page.keyboard.press("Enter");
      await expect(app.verifier.selected).toContainText("Before insn 1");
    });

    test("while a new verdict is worked out, the old one stays, dimmed and busy", async ({ page }) => {
      const app = await openApp(page);
      await app.verifier.open();
      await app.editor.replaceText("r0 = r2\nexit");
      await expect(app.verifier.verdict).toHaveText(/rejected/);
      await expect(region(page)).toHaveAttribute("aria-busy", "false");

      // a loop the verifier walks for seconds (pasted: one edit, no empty text between): 900,000
      // instructions processed, near the 1M limit, each state with a full stack, so that a faster
      // verifier still leaves the journey time to look at both panes while it works (300,000
      // iterations once failed so, and 450,000 without the stack after the verifier got faster)
      await app.editor.pasteText(HEAVY_LOOP(450_000));
      await expect(region(page)).toHaveAttribute("aria-busy", "true");
      await expect(app.verifier.shownVerdict).toHaveText(/rejected/);
      const body = region(page).locator(".verifier-body");
      await expect.poll(() => body.evaluate((el) => Number(getComputedStyle(el).opacity))).toBeLessThan(0.7);
      await app.problems.open();
      await expect(app.problems.region).toHaveAttribute("aria-busy", "true");
      const list = app.problems.region.locator("ul.problems");
      await expect(list).toContainText("R2 !read_ok");
      await expect.poll(() => list.evaluate((el) => Number(getComputedStyle(el).opacity))).toBeLessThan(0.7);
      await page.screenshot({ path: test.info().outputPath(`stale-${size.width}x${size.height}.png`) });

      // the new verdict replaces it, in full colour
      await app.verifier.open();
      await expect(app.verifier.verdict).toHaveText(/accepted/, { timeout: 40_000 });
      await expect(region(page)).toHaveAttribute("aria-busy", "false");
      await expect.poll(() => body.evaluate((el) => Number(getComputedStyle(el).opacity))).toBe(1);
    });
  });
}
