// Journey: every example of the gallery opens from the gallery as a new document, the verifier
// gives the verdict its explanation states (a rejection shows the catalogue's words and its fix is
// one click away), and one Run gives the r0 its explanation states. The expectations are the
// explanations as the gallery shows them, whose numbers gallery.test.ts checks against the engine.

import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { App } from "./pages/app.ts";
import { Gallery } from "./pages/gallery.ts";

/** What an example's explanation says a Run gives (the gallery's "One Run: r0 = 2 (XDP_PASS); prints "..."" line). */
function stated(meta: string): { rejected: true } | { endless: true } | { r0: string; printk?: string } {
  if (meta.includes("The verifier rejects it.")) return { rejected: true };
  if (meta.includes("the instruction budget stops it")) return { endless: true };
  const r0 = /One Run: r0 = (\d+)/.exec(meta)?.[1];
  if (!r0) throw new Error(`no r0 in "${meta}"`);
  const printk = /prints "([^"]*)"/.exec(meta)?.[1];
  return printk ? { r0, printk } : { r0 };
}

test("each gallery example opens, is verified or rejected, and runs as its explanation says", async ({ page }) => {
  test.setTimeout(1_500_000);
  const app = new App(page);
  const gallery = new Gallery(page);
  await app.open("c");

  // The examples as the gallery lists them, with what each explanation says.
  await gallery.show();
  const items = gallery.dialog.getByRole("listitem");
  const examples: { title: string; meta: string }[] = [];
  for (let k = 0, n = await items.count(); k < n; k++) {
    const item = items.nth(k);
    examples.push({ title: await item.getByRole("button").innerText(), meta: await item.locator(".gallery-meta").innerText() });
  }
  expect(examples.length).toBeGreaterThanOrEqual(24);
  await gallery.dialog.getByRole("button", { name: "Close" }).click();

  for (const e of examples) {
    await test.step(e.title, async () => {
      await gallery.open(e.title);
      await expect(gallery.note.getByRole("heading", { name: e.title })).toBeVisible();
      const o = stated(e.meta);
      if ("rejected" in o) {
        await expect(app.verdict).toHaveAccessibleName("Verifier: rejected");
        await expect(gallery.note.getByText("The verifier:")).toBeVisible();
        await expect(gallery.note.getByRole("button", { name: "Show the fix" })).toBeVisible();
        return;
      }
      await app.debugger.click("Run");
      if ("endless" in o) {
        await expect(app.debugger.status).toContainText("instruction budget");
        return;
      }
      await expect(app.verdict).toHaveAccessibleName("Verifier: verified");
      await expect(app.debugger.status).toContainText(new RegExp(`Exited: r0 = ${o.r0}(?!\\d)`));
      if (o.printk) {
        await app.terminal.open();
        await expect(app.terminal.screen).toContainText(o.printk);
      }
    });
  }
});

test("a rejected example says why in the catalogue's words, and Show the fix opens the fixed version", async ({ page }) => {
  test.setTimeout(180_000);
  const app = new App(page);
  const gallery = new Gallery(page);
  await app.open("c");
  await gallery.open("Rejected: missing NULL check");
  await expect(app.verdict).toHaveAccessibleName("Verifier: rejected");
  await expect(gallery.note).toContainText("invalid mem access 'map_value_or_null'");
  await expect(gallery.note).toContainText("may be NULL");
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.screenshot({ path: "/tmp/pw-learn/rejected-note-1600.png" });

  await gallery.note.getByRole("button", { name: "Show the fix" }).click();
  await expect(gallery.note.getByRole("heading", { name: "Fixed: missing NULL check" })).toBeVisible();
  await expect(app.verdict).toHaveAccessibleName("Verifier: verified");
  await app.debugger.click("Run");
  await expect(app.debugger.status).toContainText("Exited: r0 = 2 (XDP_PASS)");

  // the note can be hidden and brought back
  await gallery.note.getByRole("button", { name: "Hide the explanation" }).click();
  await expect(gallery.note).toBeHidden();
  await page.getByRole("button", { name: /Show the explanation of/ }).click();
  await expect(gallery.note).toBeVisible();
});

test("the gallery at 1600x1000 and 1000x700", async ({ page }) => {
  test.setTimeout(180_000);
  const app = new App(page);
  const gallery = new Gallery(page);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await app.open("c");
  await gallery.show();
  await expect(gallery.dialog.getByRole("heading", { name: "Verifier rejections" })).toBeAttached();
  await page.screenshot({ path: "/tmp/pw-learn/gallery-1600.png" });
  const serious = async (what: string) => {
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`), `axe, ${what}`).toEqual([]);
  };
  await serious("gallery open");
  await gallery.dialog.getByRole("button", { name: "Close" }).click();
  await gallery.open("Count drops (skb/kfree_skb)");
  await page.screenshot({ path: "/tmp/pw-learn/note-1600.png" });
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.screenshot({ path: "/tmp/pw-learn/note-1000.png" });
  await serious("an example's note");
  await gallery.show("Lessons");
  await page.screenshot({ path: "/tmp/pw-learn/lessons-1000.png" });
  await serious("lessons open");
});
