// Journey: load an example and walk through it one instruction at a time.

import { expect, test } from "@playwright/test";
import { App } from "./pages/app.ts";

test("stepping five times through the calls example shows each register as it changes", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.loadExample("bpf-to-bpf calls");

  await app.debugger.click("Step", 5);

  // r1 = 3; r2 = 4; call sum_squares; r6 = r2; call square: now in square, r6 = 4.
  await expect(app.debugger.history).toHaveText("history 5 / 100,000 steps");
  await expect(app.registers.unsigned("r6")).toHaveText("4");
  await expect(app.registers.hex("r6")).toHaveText("0x0000000000000004");
  await expect(app.registers.unsigned("r1")).toHaveText("3");
  await expect(app.bytecode.current()).toContainText("r0 = r1");
  expect(await app.editor.currentLine()).toBe(21);
  await expect(page.getByRole("region", { name: "Call stack" })).toContainText("square");
});

test("the keys step as in Chrome DevTools, and the buttons say so", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.loadExample("bpf-to-bpf calls");
  await expect(app.debugger.button("Step")).toHaveAttribute("title", /\(F11\)$/);
  await expect(app.debugger.button("Step over")).toHaveAttribute("title", /\(F10\)$/);
  await expect(app.debugger.button("Step back")).toBeDisabled();
  await expect(app.debugger.button("Pause")).toBeDisabled();

  await page.keyboard.press("F11"); // r1 = 3
  await page.keyboard.press("F11"); // r2 = 4
  await page.keyboard.press("F10"); // over the whole call to sum_squares
  await expect(app.registers.unsigned("r0")).toHaveText("25");
  await expect(app.registers.row("r0")).toHaveAttribute("data-changed", "true");

  await page.keyboard.press("F8"); // continue to the end
  await expect(app.debugger.status).toContainText("Exited: r0 = 25");
  await expect(app.debugger.button("Step")).toBeDisabled();
});
