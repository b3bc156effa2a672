// Journey: find out what a line became, and where an instruction came from.

import { expect, test } from "@playwright/test";
import { App } from "./pages/app.ts";

test("hovering a line shows its instruction form, description and bytes", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.editor.replaceText("r0 = 1\nexit");
  await expect(app.bytecode.rows).toHaveCount(2);

  const hover = await app.editor.hoverLine(1);

  await expect(hover).toContainText("mov64_imm");
  await expect(hover).toContainText("dst = imm");
  await expect(hover).toContainText("b7 00 00 00 01 00 00 00");
});

test("clicking a bytecode row moves the cursor to its source line", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.editor.replaceText("r0 = 1\n\nr0 += 2\nexit");
  await expect(app.bytecode.rows).toHaveCount(3);

  await app.bytecode.row(1).click();

  await expect(app.editor.activeLine()).toHaveText("3");
  await expect(app.bytecode.row(1)).toHaveClass(/current/);
  await expect(app.bytecode.row(0)).not.toHaveClass(/current/);
});
