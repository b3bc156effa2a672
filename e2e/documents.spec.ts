// Journeys (issue 12): documents are never lost. Each tab works on its own document; a reload in
// the middle of typing keeps the text; examples and files open as new documents; delete can be
// undone; export gives the source and the session back.

import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { App } from "./pages/app.ts";
import { DocumentsMenu } from "./pages/documents.ts";

async function start(page: Page): Promise<{ app: App; docs: DocumentsMenu }> {
  const app = new App(page);
  await page.goto("/");
  // A loaded machine can take over 15 s to bring Monaco up the first time.
  await expect(app.editor.editor).toBeVisible({ timeout: 60_000 });
  await app.editor.waitReady();
  return { app, docs: new DocumentsMenu(page) };
}

test("two tabs edit two documents; after reloading both, each has its own", async ({ context }) => {
  test.setTimeout(180_000);
  const one = await start(await context.newPage());
  await one.app.language.selectOption("asm");
  await one.app.editor.replaceText("; tab one\nr0 = 1\nexit");
  await expect(one.app.status).toHaveText(/^2 instructions, 0 errors$/);

  // A second tab opens the document opened last (tab one's), and starts a new one of its own.
  const two = await start(await context.newPage());
  await expect.poll(() => two.app.editor.text()).toBe("; tab one\nr0 = 1\nexit");
  await two.docs.create();
  await expect(two.docs.button).toHaveAccessibleName("Documents: Untitled 2");
  await two.app.language.selectOption("asm");
  await two.app.editor.replaceText("; tab two\nr0 = 2\nexit");
  // tab two's edit is saved (tab one's list hears of it: its new document is assembly now) before
  // tab one edits again, so the order of the saves is the test's, not the machine's load's
  await one.docs.open();
  await expect(one.docs.list.locator("li", { hasText: "Untitled 2" })).toContainText("Assembly", { timeout: 15_000 });
  await one.docs.close();
  await one.app.editor.replaceText("; tab one, again\nr0 = 1\nexit");
  await expect.poll(() => one.app.editor.text()).toBe("; tab one, again\nr0 = 1\nexit");

  await one.app.page.reload();
  await two.app.page.reload();
  await one.app.editor.waitReady();
  await two.app.editor.waitReady();
  await expect.poll(() => one.app.editor.text()).toBe("; tab one, again\nr0 = 1\nexit");
  await expect.poll(() => two.app.editor.text()).toBe("; tab two\nr0 = 2\nexit");
  await expect(two.app.language).toHaveValue("asm");
  // newest first: tab one saved last
  expect(await two.docs.names()).toEqual(["Untitled", "Untitled 2"]);
});

test("a reload in the middle of typing finds the text", async ({ page }) => {
  const { app } = await start(page);
  await app.language.selectOption("asm");
  await app.editor.editor.locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("\n; typed right before the reload");
  // no wait for the debounced save: the page going away saves it
  await page.reload();
  await app.editor.waitReady();
  await expect.poll(() => app.editor.text()).toMatch(/\n; typed right before the reload$/);
});

test("an example opens as a new document; rename, duplicate, delete and undo in the menu", async ({ page }) => {
  test.setTimeout(180_000);
  const { app, docs } = await start(page);
  await app.editor.replaceText("; my own work\nr0 = 0\nexit");
  await app.loadExample("bpf-to-bpf calls");
  await expect(docs.button).toHaveAccessibleName("Documents: bpf-to-bpf calls");
  expect(await docs.names()).toEqual(["bpf-to-bpf calls", "Untitled"]);

  await docs.openDocument("Untitled");
  await expect.poll(() => app.editor.text()).toBe("; my own work\nr0 = 0\nexit");

  await docs.open();
  await docs.action("Rename", "Untitled").click();
  const field = docs.dialog.getByLabel('New name for "Untitled"');
  await field.fill("Mine");
  await field.press("Enter");
  await expect(docs.list.locator(".doc-name")).toContainText(["Mine"]);
  await expect(docs.button).toHaveAccessibleName("Documents: Mine");

  await docs.action("Duplicate", "Mine").click();
  await expect(docs.button).toHaveAccessibleName("Documents: Mine copy");
  await expect.poll(() => app.editor.text()).toBe("; my own work\nr0 = 0\nexit");

  await docs.open();
  await docs.action("Delete", "bpf-to-bpf calls").click();
  const deleted = page.getByRole("status").filter({ hasText: 'Deleted "bpf-to-bpf calls".' });
  await expect(deleted).toBeVisible();
  await expect(docs.list.locator(".doc-name")).toHaveText(["Mine copy", "Mine"]);
  await docs.close();
  await deleted.getByRole("button", { name: "Undo" }).click();
  await expect(docs.button).toHaveAccessibleName("Documents: bpf-to-bpf calls");
  await expect.poll(() => app.editor.text()).toMatch(/sum_squares/);
  expect((await docs.names()).sort()).toEqual(["Mine", "Mine copy", "bpf-to-bpf calls"]);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`), "axe, documents menu open").toEqual([]);
  // What the menu looks like, at the two sizes the app is checked at.
  for (const size of [{ width: 1600, height: 1000 }, { width: 1000, height: 700 }]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: test.info().outputPath(`documents-menu-${size.width}x${size.height}.png`) });
  }
});

test("export the source and the session; a dropped file and an imported one open as new documents", async ({ page }) => {
  test.setTimeout(180_000);
  const { app, docs } = await start(page);
  await app.language.selectOption("asm");
  await app.editor.replaceText("; exported\nr0 = 7\nexit");
  await expect(app.status).toHaveText(/^2 instructions, 0 errors$/);
  await app.editor.clickGutter(2);
  await expect.poll(async () => (await app.editor.debugMarks()).breakpoints).toEqual([2]);

  await docs.open();
  const [source] = await Promise.all([page.waitForEvent("download"), docs.dialog.getByRole("button", { name: "Source (.s)" }).click()]);
  expect(source.suggestedFilename()).toBe("Untitled.s");
  expect(await readFile((await source.path())!, "utf8")).toBe("; exported\nr0 = 7\nexit");
  const [session] = await Promise.all([page.waitForEvent("download"), docs.dialog.getByRole("button", { name: "Session (.json)" }).click()]);
  const file = JSON.parse(await readFile((await session.path())!, "utf8"));
  expect(file).toMatchObject({ format: "bpfplay-session", version: 1, name: "Untitled", session: { language: "asm", text: "; exported\nr0 = 7\nexit", breakpoints: [{ line: 2 }] } });
  const [bin] = await Promise.all([page.waitForEvent("download"), docs.dialog.getByRole("button", { name: "Bytecode (.bin)" }).click()]);
  // r0 = 7; exit: two 8-byte instructions
  expect([...(await readFile((await bin.path())!))].map((b) => b.toString(16).padStart(2, "0")).join("")).toBe("b7000000070000009500000000000000");
  await docs.close();

  // The session file dropped on the page comes back as a new document, breakpoint and all.
  await page.evaluate((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], "again.json", { type: "application/json" }));
    window.dispatchEvent(new DragEvent("dragenter", { dataTransfer: dt }));
    window.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, cancelable: true }));
  }, JSON.stringify({ ...file, name: "Dropped" }));
  await expect(docs.button).toHaveAccessibleName("Documents: Dropped");
  await expect.poll(() => app.editor.text()).toBe("; exported\nr0 = 7\nexit");
  await expect.poll(async () => (await app.editor.debugMarks()).breakpoints).toEqual([2]);

  // A C file picked with Import opens as C; a file of another kind is refused with a message.
  await docs.open();
  await docs.dialog.getByLabel("Import files").setInputFiles([{ name: "pass.c", mimeType: "text/plain", buffer: Buffer.from('#include <linux/bpf.h>\n#include <bpf/bpf_helpers.h>\nSEC("xdp")\nint pass(struct xdp_md *ctx) { return XDP_PASS; }\n') }]);
  await expect(docs.button).toHaveAccessibleName("Documents: pass");
  await expect(app.language).toHaveValue("c");
  await docs.open();
  await docs.dialog.getByLabel("Import files").setInputFiles([{ name: "photo.png", mimeType: "image/png", buffer: Buffer.from([137, 80]) }]);
  await expect(page.getByRole("alert").filter({ hasText: "photo.png: bpfplay opens .c, .s and .json (session) files" })).toBeVisible();
  expect((await docs.names()).sort()).toEqual(["Dropped", "Untitled", "pass"]);
});
