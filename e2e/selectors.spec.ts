// Journey: choose the language and the dialect from the header.

import { expect, test } from "@playwright/test";
import { App } from "./pages/app.ts";

test("the language select is labelled Language, starts a new document in C and offers Assembly", async ({ page }) => {
  const app = new App(page);
  await app.open("c");

  await expect(app.language).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Language" })).toHaveValue("c");
  await expect(app.language.locator("option")).toContainText(["C", "Assembly"]);
  await expect.poll(() => app.editor.text()).toMatch(/^\/\/ Welcome to bpfplay: restricted C/);
});

test("switching the dialect of the untouched example shows it in uBPF syntax", async ({ page }) => {
  const app = new App(page);
  await app.open();
  const llvmRows = await app.bytecode.rows.count();

  await app.dialect.selectOption({ label: "uBPF" });

  await expect.poll(() => app.editor.text()).toMatch(/^# /);
  await expect(app.bytecode.instruction(0)).toHaveText(/^mov %r1, /);
  await expect(app.bytecode.rows).toHaveCount(llvmRows);
  await expect(app.status).toHaveText(/, 0 errors$/);
});
