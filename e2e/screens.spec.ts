// Journey at four window sizes (issue 10, small screens): open the C starter, see it built and
// verified, step it, and find every control and value the journey needs on screen: the header's
// selectors, the build status, the verdict, the debug buttons, the packet field, all of r0's
// row in Registers and the call stack. From 1000x700 up the page never scrolls sideways and
// nothing is off-screen; at 800x600 the single column scrolls the page down, never across.
// Screenshots of each size are kept as test artefacts (test.info().outputPath()).

import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { App } from "./pages/app.ts";
import { DocumentsMenu } from "./pages/documents.ts";
import { DESKTOP_SIZES, expectInside, expectOnScreen, expectWhole, shot, showInspector } from "./pages/screen.ts";

const SIZES = [...DESKTOP_SIZES, { width: 800, height: 600 }] as const;

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
// with the old pcs. Both now name the session's line. And "after switching program type the
// Registers pane still shows the old context": the old state is marked as old, and the next
// step starts the program again in the new type's context.
for (const size of DESKTOP_SIZES) {
  test.describe(`Registers at ${size.width}x${size.height}`, () => {
    test.use({ viewport: size });
    // a journey takes ~20 s; a machine shared with other runs can triple that (the suite's other journeys allow as much)
    test.describe.configure({ timeout: 120_000 });

    test("after an edit, Registers and the Call stack still name the same line", async ({ page }) => {
      const app = new App(page);
      await app.open("c");
      await expect(app.verdict).toHaveText("verified");
      await app.debugger.click("Step", 2);
      const text = await app.editor.text();
      // Four lines more at the top: every line number of the new build moves by four.
      await app.editor.replaceText(`// a\n// b\n// c\n// d\n${text}`);
      await expect(app.status).toHaveText(/instructions, 0 errors$/);
      await showInspector(page, "Registers");
      const header = app.registers.region.locator(".pane-detail");
      await expectOnScreen(page, "Registers header", header);
      const regLine = (await header.textContent())!.match(/line (\d+)/)?.[1];
      expect(regLine, "Registers names a line").toBeDefined();
      await showInspector(page, "Call stack");
      const frame = page.getByRole("region", { name: "Call stack" }).getByRole("listitem").first();
      await expect(frame).toContainText(`line ${regLine}`);
      await expectOnScreen(page, "call stack's innermost frame", frame);
      await shot(page, "same-line");
    });

    test("after switching program type, Registers marks the old context as old and the next step shows the new one", async ({ page }) => {
      const app = new App(page);
      await app.open("asm");
      // r2 is the context's first 32-bit field: __sk_buff's len, or xdp_md's data (a packet pointer)
      await app.editor.replaceText("r2 = *(u32 *)(r1 + 0)\nr0 = 0\nexit");
      await app.programType.selectOption("socket_filter");
      await expect(app.verdict).toHaveText("verified");
      await app.debugger.click("Step");
      await showInspector(page, "Registers");
      await expect(app.registers.unsigned("r2")).toHaveText(/^\d+$/); // the packet's length, a number
      await expect(app.registers.row("r2")).not.toContainText("→");
      await expect(app.registers.row("r1")).toContainText("→ ctx");

      await app.programType.selectOption("xdp");
      await expect(app.verdict).toHaveText("verified");
      // the socket filter's state is still there to read, but dimmed, and the status says why
      await expect(app.registers.region).toHaveClass(/\bstale\b/);
      await expect(app.debugger.status).toContainText("the next command starts it again");
      await expectOnScreen(page, "debugger status", app.debugger.status);
      await shot(page, "type-switch-stale");

      await app.debugger.click("Step");
      await expect(app.registers.region).not.toHaveClass(/\bstale\b/);
      await expect(app.registers.row("r2")).toContainText("→ packet + 0");
      await expect(app.registers.region.locator(".pane-detail")).toHaveText(/^pc 1\b/);
      await expectOnScreen(page, "r2 in the new context", app.registers.row("r2"));
      await shot(page, "type-switch-new");
    });
  });
}
