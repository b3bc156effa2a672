// Journey: run a program that never ends, and keep the page.

import { expect, test } from "@playwright/test";
import { App } from "./pages/app.ts";

test("Run stops an endless loop at the instruction budget, and the page stays responsive", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.loadExample("Endless loop (stopped by the budget)");

  await app.debugger.click("Run");

  await expect(app.debugger.status).toContainText("Stopped: the instruction budget of 1,000,000 ran out (an endless loop?)");
  await expect(app.terminal.screen).toContainText("the instruction budget of 1,000,000 ran out");
  await expect(app.debugger.status).toContainText("1,000,000 instructions executed");

  // Typing still works, and Reset starts again.
  await app.editor.replaceText("r0 = 7\nexit");
  await expect(app.bytecode.rows).toHaveCount(2);
  await app.debugger.click("Reset");
  await expect(app.debugger.status).toContainText("Ready at insn 0, line 1");
  await app.debugger.click("Run");
  await expect(app.debugger.status).toContainText("Exited: r0 = 7");
});

test("a long Continue can be paused, and the editor works while it runs", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.loadExample("Endless loop (stopped by the budget)");

  await app.debugger.click("Continue");
  await expect(app.debugger.button("Pause")).toBeEnabled();
  await expect(app.debugger.status).toContainText("Running…");

  await app.editor.replaceText("; still typing\nr0 = 1\nexit");
  await expect.poll(() => app.editor.text()).toBe("; still typing\nr0 = 1\nexit");
  await expect(app.debugger.button("Pause")).toBeEnabled();

  await app.debugger.click("Pause");
  await expect(app.debugger.button("Pause")).toBeDisabled();
  await expect(app.debugger.button("Run")).toBeEnabled();
});
