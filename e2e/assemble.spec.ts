// Journey: write a program, see its bytecode.

import { expect, test } from "@playwright/test";
import { App } from "./pages/app.ts";

test("typing a program shows its disassembly and bytes", async ({ page }) => {
  const app = new App(page);
  await app.open();

  await app.editor.replaceText("r0 = 1\nexit");

  await expect(app.bytecode.rows).toHaveCount(2);
  await expect(app.bytecode.instruction(0)).toHaveText("r0 = 1");
  await expect(app.bytecode.instruction(1)).toHaveText("exit");
  await expect(app.bytecode.bytes(0)).toHaveText("b7 00 00 00 01 00 00 00");
  await expect(app.bytecode.bytes(1)).toHaveText("95 00 00 00 00 00 00 00");
  await expect(app.bytecode.region).toContainText("b7 00 00 00 01 00 00 00");
  await expect(app.status).toHaveText("2 instructions, 0 errors");
});

test("the default document is a valid example", async ({ page }) => {
  const app = new App(page);
  await app.open();

  await expect(app.status).toHaveText(/^\d+ instructions, 0 errors$/);
  expect(await app.bytecode.rows.count()).toBeGreaterThan(3);
  expect(await app.editor.markers()).toEqual([]);
});
