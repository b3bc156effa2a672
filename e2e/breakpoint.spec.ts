// Journey: stop the program where you want it, unconditionally or when a condition holds.

import { expect, test } from "@playwright/test";
import { App } from "./pages/app.ts";

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

test("a conditional breakpoint stops only when its condition holds", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.loadExample("Count set bits");

  await app.editor.clickGutter(13, "right");
  const condition = app.drawer.condition(13);
  await expect(condition).toBeFocused();
  // A condition that cannot work is refused where it is typed, with its whole reason.
  await condition.fill("r0 == w2");
  const problem = page.getByRole("alert").filter({ hasText: "cannot be compared" });
  await expect(problem).toHaveText("condition: a 64-bit register (rN) cannot be compared with a 32-bit one (wN): write both the same way — not applied; the breakpoint keeps stopping every time.");
  await expect(condition).toHaveAttribute("aria-invalid", "true");
  const box = (await problem.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  await page.screenshot({ path: test.info().outputPath("bad-condition.png") });
  await condition.fill("r0 == 3");
  await expect(problem).toHaveCount(0);
  await condition.press("Enter");

  await app.debugger.click("Continue");

  await expect(app.debugger.status).toContainText("Stopped at a breakpoint");
  await expect(app.registers.unsigned("r0")).toHaveText("3");
  expect(await app.editor.currentLine()).toBe(13);
});

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
