// Journey at four window sizes (issue 10, small screens): open the C starter, see it built and
// verified, step it, and find every control and value the journey needs on screen: the header's
// selectors, the build status, the verdict, the debug buttons, the packet field, all of r0's
// row in Registers and the call stack. From 1000x700 up the page never scrolls sideways and
// nothing is off-screen; at 800x600 the single column scrolls the page down, never across.
// Screenshots of each size are kept as test artefacts (test.info().outputPath()).

import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";
import { App } from "./pages/app.ts";
import { DocumentsMenu } from "./pages/documents.ts";

const SIZES = [
  { width: 1600, height: 1000 },
  { width: 1280, height: 800 },
  { width: 1000, height: 700 },
  { width: 800, height: 600 },
] as const;

/** The element's box lies wholly inside the viewport (scrolled to first where the page scrolls). */
async function expectOnScreen(page: Page, what: string, el: Locator, scroll = true): Promise<void> {
  await expect(el, what).toBeVisible();
  if (scroll) await el.scrollIntoViewIfNeeded();
  const box = (await el.boundingBox())!;
  const view = page.viewportSize()!;
  expect(box, `${what}: has a box`).not.toBeNull();
  const edges = { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
  expect(edges.left, `${what}: left edge ${edges.left}`).toBeGreaterThanOrEqual(0);
  expect(edges.top, `${what}: top edge ${edges.top}`).toBeGreaterThanOrEqual(0);
  expect(edges.right, `${what}: right edge ${edges.right} of ${view.width}`).toBeLessThanOrEqual(view.width + 0.5);
  expect(edges.bottom, `${what}: bottom edge ${edges.bottom} of ${view.height}`).toBeLessThanOrEqual(view.height + 0.5);
}

/** The element is not cut by a scrolling ancestor: its box lies inside the ancestor's. */
async function expectInside(what: string, el: Locator, container: Locator): Promise<void> {
  const a = (await el.boundingBox())!;
  const b = (await container.boundingBox())!;
  expect(a.x, `${what}: left`).toBeGreaterThanOrEqual(b.x - 0.5);
  expect(a.x + a.width, `${what}: right ${a.x + a.width} inside ${b.x + b.width}`).toBeLessThanOrEqual(b.x + b.width + 0.5);
}

/** A scrolling pane shows its whole width: nothing in it needs scrolling sideways to be seen. */
async function expectWhole(what: string, scroller: Locator): Promise<void> {
  const cut = await scroller.evaluate((e) => e.scrollWidth - e.clientWidth);
  expect(cut, `${what}: ${cut} px cut off on the right`).toBeLessThanOrEqual(1);
}

for (const size of SIZES) {
  test(`at ${size.width}x${size.height} everything the journey needs is on screen`, async ({ page }) => {
    await page.setViewportSize(size);
    const app = new App(page);
    await app.open("c");
    await expect(app.verdict).toHaveText("verified");
    await expect(app.status).toHaveText(/instructions, 0 errors$/);

    // Step by instruction three times, then one C line: a session with registers and a frame.
    await app.debugger.stepBy("Insns").click();
    await app.debugger.click("Step", 3);
    await expect(app.debugger.status).toContainText("insn 3");
    await app.debugger.stepBy("C lines").click();
    await app.debugger.click("Step");

    // The page never scrolls sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const wide = overflow > 0 ? await page.evaluate(() => [...document.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5).slice(0, 8).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)) : [];
    expect(overflow, `page wider than the window: ${wide.join("; ")}`).toBeLessThanOrEqual(0);

    await expectOnScreen(page, "Language", app.language);
    await expectOnScreen(page, "Program type", app.programType);
    await expectOnScreen(page, "Examples", app.examples);
    await expectOnScreen(page, "build status", app.status);
    await expectOnScreen(page, "verdict", app.verdict);
    for (const b of ["Run", "Step", "Step over", "Step out", "Step back", "Reset"] as const) await expectOnScreen(page, `${b} button`, app.debugger.button(b));
    await expectOnScreen(page, "packet field", app.debugger.packet);
    // Every tab of the drawer is there to click (seven tabs wrap in a narrow drawer, never run off it).
    const drawerTabs = page.getByRole("tablist", { name: "Output and data" }).getByRole("tab");
    const drawerBar = page.getByRole("tablist", { name: "Output and data" }).locator("xpath=..");
    for (const t of await drawerTabs.all()) {
      await expectOnScreen(page, `drawer tab ${await t.textContent()}`, t);
      await expectInside(`drawer tab ${await t.textContent()}`, t, drawerBar);
    }
    const packetWidth = (await app.debugger.packet.boundingBox())!.width;
    expect(packetWidth, "packet field shows at least ~30 bytes").toBeGreaterThanOrEqual(300);
    await expectWhole("Bytecode listing", app.bytecode.region.getByRole("group", { name: "Bytecode listing" }));
    await expectOnScreen(page, "first bytecode instruction", app.bytecode.instruction(0));

    // Where the inspectors are tabs, Registers is one click away.
    const regTab = page.getByRole("tablist", { name: "Inspectors" }).getByRole("tab", { name: "Registers" });
    if (await regTab.count()) await regTab.click();
    const r0 = app.registers.row("r0");
    const scroller = app.registers.region.getByRole("group", { name: "Register values" });
    await expectWhole("Registers table", scroller);
    for (const [k, cell] of (await r0.locator("th, td").all()).entries()) {
      await expectOnScreen(page, `r0 cell ${k}`, cell);
      await expectInside(`r0 cell ${k} in the Registers pane`, cell, scroller);
    }
    const regLine = (await app.registers.region.locator(".pane-detail").textContent())!.match(/line (\d+)/)?.[1];
    await page.screenshot({ path: test.info().outputPath(`registers-${size.width}x${size.height}.png`) });

    // Stepping while Registers is in view: the debug buttons and the status stay on screen.
    await r0.scrollIntoViewIfNeeded();
    await expectOnScreen(page, "Step button beside Registers", app.debugger.button("Step"), false);
    await expectOnScreen(page, "debugger status beside Registers", app.debugger.status, false);
    await expectOnScreen(page, "r0 beside the Step button", r0, false);

    const csTab = page.getByRole("tablist", { name: "Inspectors" }).getByRole("tab", { name: "Call stack" });
    if (await csTab.count()) await csTab.click();
    const frame = page.getByRole("region", { name: "Call stack" }).getByRole("listitem").first();
    await expectOnScreen(page, "call stack's innermost frame", frame);
    // Registers and the Call stack name the same line for the current instruction.
    expect(regLine, "Registers names a line").toBeDefined();
    await expect(frame).toContainText(`line ${regLine}`);

    // The tabs and the single column add no serious or critical accessibility fault.
    const axe = await new AxeBuilder({ page }).analyze();
    const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(" ")})`);
    expect(serious, "axe: serious or critical violations").toEqual([]);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: test.info().outputPath(`journey-${size.width}x${size.height}.png`) });
    await page.screenshot({ path: test.info().outputPath(`journey-${size.width}x${size.height}-full.png`), fullPage: true });
  });
}

// Issue 10's defect journeys at the three desktop sizes: what each journey needs (the control
// it uses, the answer it reads) is on screen, not only present. The journeys themselves are
// e2e/workbench_*.spec.ts, cfg.spec.ts, keyboard.spec.ts and verifier.spec.ts.
const SECTION_XDP = ".section xdp\n\tr1 = 0\n\tcall bpf_ktime_get_ns\n\tr0 = 2\n\texit";
const TOO_LARGE = "r6 = *(u32 *)(r1 + 0)\nr1 = 0\nloop:\nr1 += 1\nif r1 < r6 goto loop\nr0 = r1\nr0 &= 1\nexit";

for (const size of SIZES.slice(0, 3)) {
  test.describe(`defect journeys at ${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    test("the section's program type, a helper's hover and completion, back from an example, Tab out of the editor: on screen", async ({ page }) => {
      test.setTimeout(180_000);
      const app = new App(page);
      const docs = new DocumentsMenu(page);
      // A loaded machine can take over 15 s to bring Monaco up the first time: wait for it once.
      await page.goto("/");
      await expect(page.locator(".monaco-editor").first()).toBeVisible({ timeout: 90_000 });
      await app.open("asm");
      const shot = (name: string) => page.screenshot({ path: test.info().outputPath(`${name}-${size.width}x${size.height}.png`) });

      // `.section xdp` sets the program type, and the header shows it
      await app.editor.replaceText(SECTION_XDP);
      await app.editor.unscroll();
      await expect(app.programType).toHaveValue("xdp");
      await expect(app.verdict).toHaveText("verified");
      await expectOnScreen(page, "Program type", app.programType);
      await expectOnScreen(page, "verdict", app.verdict);

      // a helper call's hover, whole in the window
      const hover = await app.editor.hoverLine(3);
      await expect(hover).toContainText("__u64 bpf_ktime_get_ns(void)");
      await expectOnScreen(page, "helper hover", hover, false);
      await shot("defect-hover");
      await page.mouse.move(0, 0);

      // completion after `call `, whole in the window
      const list = await app.editor.completeAt(4, "\n\tcall bpf_get_pr");
      await expect(list).toContainText("bpf_get_prandom_u32");
      await expectOnScreen(page, "completion list", list, false);
      await page.keyboard.press("Escape");
      await app.editor.replaceText(SECTION_XDP);
      // as typed: the editor indents new lines as the one before
      const typed = await app.editor.text();

      // load an example (a new document), then back to the user's: its text and type, on screen
      await app.loadExample("Endless loop (stopped by the budget)");
      await expect(app.programType).toHaveValue("socket_filter");
      await docs.openDocument("Untitled");
      await expect.poll(() => app.editor.text()).toBe(typed);
      await expect(app.programType).toHaveValue("xdp");
      await expect(app.language).toHaveValue("asm");
      await expectOnScreen(page, "Program type back in the user's document", app.programType);
      await expectOnScreen(page, "Documents", docs.button);
      await app.editor.editor.locator(".view-lines").click();

      // Escape then Tab leaves the editor for a control on screen
      await page.keyboard.press("Escape");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => !!document.activeElement?.closest(".monaco-editor"))).toBe(false);
      await expectOnScreen(page, "the control Tab moved to", page.locator(":focus"), false);
    });

    test("'too large' marked on its loop: the Problems row, the editor's line and the CFG's block are on screen", async ({ page }) => {
      test.setTimeout(180_000);
      const app = new App(page);
      await page.goto("/");
      await expect(page.locator(".monaco-editor").first()).toBeVisible({ timeout: 90_000 });
      await app.open("asm");
      await app.editor.replaceText(TOO_LARGE);
      await expect(app.verdict).toHaveText("rejected", { timeout: 90_000 });
      await expectOnScreen(page, "verdict", app.verdict);

      await app.problems.open();
      const row = app.problems.rejections();
      await expect(row).toContainText("insn 3 · line 5");
      await expectOnScreen(page, "the rejection in Problems", row.locator(".problem-main"));
      await expectOnScreen(page, "its explanation", app.problems.explanation(row));
      const marked = app.editor.editor.locator(".line-numbers").getByText("5", { exact: true });
      await expectOnScreen(page, "the marked line's number", marked, false);

      await app.cfg.open();
      await expect(app.cfg.errorBlock).toHaveAttribute("data-start", "2");
      await expectOnScreen(page, "the loop's block in the CFG", app.cfg.errorBlock, false);
      await page.screenshot({ path: test.info().outputPath(`defect-too-large-${size.width}x${size.height}.png`) });
    });
  });
}

// Issue 10: "the Registers header says line 7 while the Call stack says line 3". After an edit
// the session still shows the old build's state; the Call stack read the new build's line table
// with the old pcs. Both now name the session's line.
test("after an edit, Registers and the Call stack still name the same line", async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const app = new App(page);
  await app.open("c");
  await expect(app.verdict).toHaveText("verified");
  await app.debugger.click("Step", 2);
  const text = await app.editor.text();
  // Four lines more at the top: every line number of the new build moves by four.
  await app.editor.replaceText(`// a\n// b\n// c\n// d\n${text}`);
  await expect(app.status).toHaveText(/instructions, 0 errors$/);
  const frame = page.getByRole("region", { name: "Call stack" }).getByRole("listitem").first();
  const regLine = (await app.registers.region.locator(".pane-detail").textContent())!.match(/line (\d+)/)?.[1];
  expect(regLine, "Registers names a line").toBeDefined();
  await expect(frame).toContainText(`line ${regLine}`);
});
