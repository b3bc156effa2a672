// Journey: make mistakes, see every one of them where it is, and lose nothing.

import { expect, test } from "@playwright/test";
import { App } from "./pages/app.ts";

test("a bad line gets a marker at its line, and the text stays", async ({ page }) => {
  const app = new App(page);
  await app.open();
  const program = "r0 = 1\nr0 = = 5\nexit";

  await app.editor.replaceText(program);

  const [marker] = await app.editor.waitForMarkers(1);
  expect(marker.line).toBe(2);
  expect(marker.severity).toBe("error");
  expect(marker.column).toBe(6);
  expect(marker.message).toBe("unexpected '=' after '='");
  await expect(app.status).toHaveText("2 instructions, 1 error");
  expect(await app.editor.text()).toBe(program);

  // The good lines still assemble around the bad one.
  await expect(app.bytecode.rows).toHaveCount(2);
  await expect(app.bytecode.instruction(1)).toHaveText("exit");

  // A reload brings back the same text and the same marker.
  await page.reload();
  await app.editor.waitReady();
  expect(await app.editor.text()).toBe(program);
  expect((await app.editor.waitForMarkers(1))[0].line).toBe(2);
});

test("every error is marked at once, not only the first", async ({ page }) => {
  const app = new App(page);
  await app.open();

  await app.editor.replaceText("r0 = = 5\nr1 = 2\nfrobnicate r3\nexit");

  const markers = await app.editor.waitForMarkers(2);
  expect(markers.map((m) => m.line)).toEqual([1, 3]);
  expect(markers[1].message).toContain("frobnicate");
  expect(markers[1].column).toBe(1);
  await expect(app.status).toHaveText("2 instructions, 2 errors");
});
