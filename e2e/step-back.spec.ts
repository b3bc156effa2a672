// Journey: go back in time to see a value the program has since overwritten.

import { expect, test } from "@playwright/test";
import { App } from "./pages/app.ts";

test("stepping back shows the earlier register value again", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.loadExample("Count set bits");

  await app.debugger.click("Step", 6);
  await expect(app.registers.unsigned("r1")).toHaveText("181"); // 0xb5
  await app.debugger.click("Step"); // r1 >>= 1
  await expect(app.registers.unsigned("r1")).toHaveText("90");
  await expect(app.registers.row("r1")).toHaveAttribute("data-changed", "true");

  await app.debugger.click("Step back");

  await expect(app.registers.unsigned("r1")).toHaveText("181");
  await expect(app.registers.row("r1")).toHaveAttribute("data-changed", "true");
  await expect(app.debugger.history).toHaveText("history 6 / 100,000 steps");
  await expect(app.bytecode.current()).toContainText("r1 >>= 1");

  // Shift+F10 steps back too, down to the start of the history.
  for (let k = 0; k < 6; k++) await page.keyboard.press("Shift+F10");
  await expect(app.debugger.history).toHaveText("history 0 / 100,000 steps");
  await expect(app.registers.unsigned("r1")).not.toHaveText("181");
  await expect(app.debugger.button("Step back")).toBeDisabled();
});
