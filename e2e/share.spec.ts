// Journeys (issue 12): share a session as a link, open it elsewhere at the same step; a damaged
// link opens nothing and leaves the documents as they were.

import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { App } from "./pages/app.ts";
import { DocumentsMenu, ShareDialog } from "./pages/documents.ts";

async function start(page: Page, path = "/"): Promise<App> {
  const app = new App(page);
  await page.goto(path);
  // A loaded machine can take over 15 s to bring Monaco up the first time.
  await expect(app.editor.editor).toBeVisible({ timeout: 60_000 });
  await app.editor.waitReady();
  return app;
}

const REGS = ["r0", "r1", "r2", "r6"];

test("a shared session opens in a fresh browser with the same source, breakpoint and registers at the same step", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const app = await start(page);
  await app.loadExample("bpf-to-bpf calls");
  const text = await app.editor.text();
  await app.editor.clickGutter(13);
  await expect.poll(async () => (await app.editor.debugMarks()).breakpoints).toEqual([13]);
  await app.debugger.click("Step", 7);
  await expect(app.debugger.status).toContainText("7 instructions executed");
  const status = await app.debugger.status.locator(".debug-status-text").textContent();
  const values = await Promise.all(REGS.map((r) => app.registers.hex(r).textContent()));

  const share = new ShareDialog(page);
  const link = await share.share();
  console.log(`share link for "bpf-to-bpf calls" at step 7 with one breakpoint: ${link.length} characters`);
  expect(link).toMatch(/#s=1\.[A-Za-z0-9_-]+$/);
  await expect(share.dialog.getByRole("status")).toHaveText("Link copied to the clipboard.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expect(share.dialog).toContainText("1 breakpoint");
  await expect(share.dialog).toContainText("the debugger at step 7");
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`), "axe, share dialog open").toEqual([]);
  for (const size of [{ width: 1600, height: 1000 }, { width: 1000, height: 700 }]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: test.info().outputPath(`share-dialog-${size.width}x${size.height}.png`) });
  }

  const elsewhere = await browser.newContext();
  try {
    const other = await start(await elsewhere.newPage(), link.slice(link.indexOf("/", "http://".length)));
    await expect.poll(() => other.editor.text()).toBe(text);
    await expect.poll(async () => (await other.editor.debugMarks()).breakpoints).toEqual([13]);
    await expect(other.debugger.status).toContainText("7 instructions executed");
    await expect(other.debugger.status.locator(".debug-status-text")).toHaveText(status!);
    for (const [k, r] of REGS.entries()) await expect(other.registers.hex(r)).toHaveText(values[k]!);
    // a new document named after the program; the link is gone from the address
    await expect(new DocumentsMenu(other.page).button).toHaveAccessibleName(/^Documents: Shared: /);
    expect(new URL(other.page.url()).hash).toBe("");
  } finally {
    await elsewhere.close();
  }
});

test("a damaged link shows why, opens nothing, and the documents are as they were", async ({ page }) => {
  test.setTimeout(180_000);
  const app = await start(page);
  await app.language.selectOption("asm");
  await app.editor.replaceText("; keep me\nr0 = 0\nexit");
  const docs = new DocumentsMenu(page);
  await docs.create();
  await expect(docs.button).toHaveAccessibleName("Documents: Untitled 2");
  const before = await docs.names();
  await docs.close();

  for (const [k, [fragment, why]] of [
    ["#s=1.eJzLSM3JyQcABiwCFQ", /damaged/],
    ["#s=7.AAAA", /newer bpfplay/],
    ["#somewhere-else", /not a bpfplay session link/],
  ].entries()) {
    // a query of its own, so each is a new page load and not a jump within the page
    await page.goto(`/?try=${k}${fragment}`);
    await expect(app.editor.editor).toBeVisible({ timeout: 60_000 });
    const alert = page.getByRole("alert").filter({ hasText: "This link cannot be opened" });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(why);
    await expect(alert).toContainText("your documents are unchanged");
    expect(await docs.names()).toEqual(before);
    await docs.close();
    // this tab's own document, as it was
    await expect(docs.button).toHaveAccessibleName("Documents: Untitled 2");
  }
  await docs.openDocument("Untitled");
  await expect.poll(() => app.editor.text()).toBe("; keep me\nr0 = 0\nexit");
});
