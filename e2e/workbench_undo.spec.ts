// Journey (issue 10, changed by issue 12): load an example, change your mind. The example opened
// as a new document, so the user's own is untouched in the Documents menu, with the language and
// the program type it was verified as. (Before documents, the editor's undo took the load back.)

import { expect, test } from "@playwright/test";
import { App } from "./pages/app.ts";
import { DocumentsMenu } from "./pages/documents.ts";

test("loading an example opens it as a new document: the user's text and program type stay in their own", async ({ page }) => {
  const app = new App(page);
  const docs = new DocumentsMenu(page);
  await app.open("asm");
  const starter = await app.editor.text();
  // the user's own choice of type for the starter (it names no section)
  await app.programType.selectOption("kprobe");
  await expect(app.programType).toHaveValue("kprobe");

  await app.loadExample("Endless loop (stopped by the budget)");
  await expect(app.programType).toHaveValue("socket_filter");
  await expect.poll(() => app.editor.text()).toMatch(/^; An endless loop/);
  await expect(docs.button).toHaveAccessibleName("Documents: Endless loop (stopped by the budget)");

  // The example's editor has no history reaching into the user's document: undo leaves it as it is.
  await app.editor.editor.locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+Z");
  await expect.poll(() => app.editor.text()).toMatch(/^; An endless loop/);

  await docs.openDocument("Untitled");
  await expect.poll(() => app.editor.text()).toBe(starter);
  await expect(app.programType).toHaveValue("kprobe");
});

test("the C document an assembly example was opened beside comes back as C, with its section's type, verified", async ({ page }) => {
  const app = new App(page);
  const docs = new DocumentsMenu(page);
  await app.open("c");
  const starter = await app.editor.text();
  await expect(app.programType).toHaveValue("xdp");

  await app.loadExample("Endless loop (stopped by the budget)");
  await expect(app.language).toHaveValue("asm");
  await expect(app.programType).toHaveValue("socket_filter");

  await docs.openDocument("Untitled");
  await expect.poll(() => app.editor.text()).toBe(starter);
  await expect(app.language).toHaveValue("c");
  await expect(app.programType).toHaveValue("xdp");
  // built and verified as C again: no compiler errors, and the verdict comes back
  await expect(app.verdict).toHaveText("verified");
  await expect(app.status).toHaveText(/instructions, 0 errors$/);
});
