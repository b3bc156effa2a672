// Journey (issue 10): load an example, change your mind, undo. The editor's undo brings back
// the text; the language and the program type it was verified as come back with it, and a
// redo loads the example's again.

import { expect, test } from "@playwright/test";
import { App } from "./pages/app.ts";

test("undo after loading an example brings back the text and its program type; redo the example's", async ({ page }) => {
  const app = new App(page);
  await app.open("asm");
  const starter = await app.editor.text();
  // the user's own choice of type for the starter (it names no section)
  await app.programType.selectOption("kprobe");
  await expect(app.programType).toHaveValue("kprobe");

  await app.loadExample("Endless loop (stopped by the budget)");
  await expect(app.programType).toHaveValue("socket_filter");
  await expect.poll(() => app.editor.text()).toMatch(/^; An endless loop/);

  await app.editor.editor.locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+Z");
  await expect.poll(() => app.editor.text()).toBe(starter);
  await expect(app.programType).toHaveValue("kprobe");

  await page.keyboard.press("ControlOrMeta+Shift+Z");
  await expect.poll(() => app.editor.text()).toMatch(/^; An endless loop/);
  await expect(app.programType).toHaveValue("socket_filter");
});

test("undo after loading an assembly example over C brings back C, its text and its section's type", async ({ page }) => {
  const app = new App(page);
  await app.open("c");
  const starter = await app.editor.text();
  await expect(app.programType).toHaveValue("xdp");

  await app.loadExample("Endless loop (stopped by the budget)");
  await expect(app.language).toHaveValue("asm");
  await expect(app.programType).toHaveValue("socket_filter");

  await app.editor.editor.locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+Z");
  await expect.poll(() => app.editor.text()).toBe(starter);
  await expect(app.language).toHaveValue("c");
  await expect(app.programType).toHaveValue("xdp");
  // built and verified as C again: no compiler errors, and the verdict comes back
  await expect(app.verdict).toHaveText("verified");
  await expect(app.status).toHaveText(/instructions, 0 errors$/);
});
