// Journey: stop the program where you want it, unconditionally or when a condition holds.
// Issue 10's breakpoint defects (a 32-bit register compared in 64 bits, a bad condition's message
// cut off, the editor's text shifted against its gutter after an example opened) have journeys at
// the three desktop sizes, with the condition field, its message and the status on screen.

import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { App } from "./pages/app.ts";
import { DESKTOP_SIZES, expectOnScreen, shot } from "./pages/screen.ts";

test("a breakpoint set in the gutter stops Continue on its line", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.loadExample("Count set bits");

  await app.editor.clickGutter(13); // r0 += r2
  await expect.poll(async () => (await app.editor.debugMarks()).breakpoints).toEqual([13]);

  await app.debugger.click("Continue");

  await expect(app.debugger.status).toContainText("Stopped at a breakpoint · insn 5, line 13");
  await expect.poll(() => app.editor.currentLine()).toBe(13);
  await expect(app.bytecode.current()).toContainText("r0 += r2");
  await expect(app.registers.unsigned("r2")).toHaveText("1"); // 0xb5 & 1

  // Again: the loop comes back to the same line with the next bit.
  await app.debugger.click("Continue");
  await expect(app.debugger.history).toHaveText("history 11 / 100,000 steps");
  await expect(app.registers.unsigned("r2")).toHaveText("0");

  // Clicking the dot removes the breakpoint, and the program runs to its end.
  await app.editor.clickGutter(13);
  await expect.poll(async () => (await app.editor.debugMarks()).breakpoints).toEqual([]);
  await app.debugger.click("Continue");
  await expect(app.debugger.status).toContainText("Exited: r0 = 5");
});

/** The line's number in the gutter and its text share one top: a click on the gutter lands on that line. */
async function expectGutterAligned(page: Page, app: App, line: number, text: string): Promise<void> {
  const number = app.editor.editor.locator(".line-numbers").getByText(String(line), { exact: true });
  const row = app.editor.editor.locator(".view-lines .view-line").filter({ hasText: text });
  const [n, r] = [(await number.boundingBox())!, (await row.boundingBox())!];
  expect(Math.abs(n.y - r.y), `line ${line}: number at ${n.y}, text at ${r.y}`).toBeLessThanOrEqual(1);
}

// `w2 = -1` leaves 0xffffffff in r2: negative as 32 bits, positive as 64.
const W2 = "r0 = 0\nw2 = -1\nr0 = 1\nexit";

for (const size of DESKTOP_SIZES) {
  test.describe(`at ${size.width}x${size.height}`, () => {
    test.use({ viewport: size });
    // a journey takes ~20 s; a machine shared with other runs can triple that (the suite's other journeys allow as much)
    test.describe.configure({ timeout: 120_000 });

    test("a conditional breakpoint stops only when its condition holds", async ({ page }) => {
      const app = new App(page);
      await app.open();
      await app.loadExample("Count set bits");
      // The example opened as a new document: its text lies level with its line numbers.
      await expectGutterAligned(page, app, 13, "r0 += r2");

      await app.editor.clickGutter(13, "right");
      const condition = app.drawer.condition(13);
      await expect(condition).toBeFocused();
      await expectOnScreen(page, "the condition field", condition);
      // A condition that cannot work is refused where it is typed, with its whole reason.
      await condition.fill("r0 == w2");
      const problem = page.getByRole("alert").filter({ hasText: "cannot be compared" });
      await expect(problem).toHaveText("condition: a 64-bit register (rN) cannot be compared with a 32-bit one (wN): write both the same way — not applied; the breakpoint keeps stopping every time.");
      await expect(condition).toHaveAttribute("aria-invalid", "true");
      await expectOnScreen(page, "the condition's problem", problem);
      // whole: not cut by its pane (no clipped overflow, no ellipsis)
      expect(await problem.evaluate((e) => e.scrollWidth <= e.clientWidth + 1 && e.scrollHeight <= e.clientHeight + 1)).toBe(true);
      await shot(page, "bad-condition");
      await condition.fill("r0 == 3");
      await expect(problem).toHaveCount(0);
      await condition.press("Enter");

      await app.debugger.click("Continue");

      await expect(app.debugger.status).toContainText("Stopped at a breakpoint");
      await expect(app.registers.unsigned("r0")).toHaveText("3");
      expect(await app.editor.currentLine()).toBe(13);
      await expectOnScreen(page, "the debugger status", app.debugger.status);
    });

    test("a condition on a 32-bit register compares in 32 bits, signed where it says s<", async ({ page }) => {
      const app = new App(page);
      await app.open();
      await app.editor.replaceText(W2);
      await expect(app.verdict).toHaveText("verified");
      await app.editor.clickGutter(3, "right");
      const condition = app.drawer.condition(3);
      await expect(condition).toBeFocused();
      const stopsWhen = async (cond: string, stops: boolean) => {
        await condition.fill(cond);
        await expect(condition).not.toHaveAttribute("aria-invalid", "true");
        await condition.press("Enter");
        await app.debugger.click("Reset");
        await expect(app.debugger.status).toContainText("Ready at insn 0");
        await app.debugger.click("Continue");
        await expect(app.debugger.status).toContainText(stops ? "Stopped at a breakpoint · insn 2, line 3" : "Exited: r0 = 1");
      };
      await stopsWhen("w2 == -1", true);
      await expectOnScreen(page, "the condition field", condition);
      await expectOnScreen(page, "the debugger status", app.debugger.status);
      await shot(page, "w2-condition");
      await stopsWhen("w2 s> 0", false);
      await stopsWhen("w2 s< 0", true);
      await stopsWhen("r2 s< 0", false);
    });
  });
}

test("breakpoints move with the text, and Ctrl+F10 runs to the cursor's line", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.loadExample("Count set bits");
  await app.editor.clickGutter(13);

  // Two lines typed above it push the breakpoint down with its instruction.
  await app.editor.editor.locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+Home");
  await page.keyboard.type("; one\n; two\n");
  await expect.poll(async () => (await app.editor.debugMarks()).breakpoints).toEqual([15]);

  await app.debugger.click("Continue");
  await expect(app.debugger.status).toContainText("Stopped at a breakpoint · insn 5, line 15");

  // Without the breakpoint in the loop, put the cursor on `exit` and run to it.
  await app.editor.clickGutter(15);
  await app.editor.editor.locator(".view-lines").getByText("exit", { exact: true }).click();
  await page.keyboard.press("Control+F10");
  await expect.poll(() => app.editor.currentLine()).toBe(19);
  await expect(app.bytecode.current()).toContainText("exit");
});
