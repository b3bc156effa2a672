// Journey (issue 12): the first screen takes typing before Monaco is there. A plain editor holds the
// document until Monaco (most of the download) has loaded and started; what the user typed into it,
// and where the cursor was, carry over into Monaco, which then has the focus. Monaco's chunk is held
// back by the test so the plain editor is there for as long as the journey needs.

import { expect, test } from "@playwright/test";
import { App } from "./pages/app.ts";
import { DESKTOP_SIZES, shot } from "./pages/screen.ts";

for (const size of [DESKTOP_SIZES[0], DESKTOP_SIZES[2]]) {
  test(`typing before Monaco is there is kept, cursor and focus included (${size.width}x${size.height})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/assets\/CodeEditor-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const app = new App(page);
    await page.goto("/");
    const plain = page.locator(".plain-editor-text");
    await expect(plain).toBeVisible({ timeout: 30_000 });
    await expect(plain).toHaveAttribute("aria-label", /editor$/);
    await expect(plain).not.toHaveValue("");
    const start = await plain.inputValue();
    await plain.click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type("\n// typed early");
    await expect(plain).toHaveValue(`${start}\n// typed early`);
    // the engine builds what was typed, as it will from Monaco
    await expect(app.status).toHaveText(/instructions, 0 errors$/, { timeout: 60_000 });
    await shot(page, "plain-editor");

    release();
    await app.editor.waitReady();
    await expect(plain).toHaveCount(0);
    expect(await page.evaluate(() => window.__bpfplay?.text())).toBe(`${start}\n// typed early`);
    // the view stays where the user typed (not on the debugger's line); the focus and the cursor
    // came along: the next key lands right after the typed text
    await expect(app.editor.editor.locator(".view-lines")).toContainText("// typed early");
    expect(await page.evaluate(() => !!document.activeElement?.closest(".monaco-editor"))).toBe(true);
    const session = await app.debugger.status.getAttribute("data-session");
    await page.keyboard.type("!");
    await expect.poll(() => page.evaluate(() => window.__bpfplay?.text())).toBe(`${start}\n// typed early!`);
    // the edit starts a new session at the program's entry (line 20): the view does not jump there
    await expect(app.debugger.status).not.toHaveAttribute("data-session", session ?? "", { timeout: 60_000 });
    await expect(app.debugger.status).toContainText("Ready at insn 0");
    await page.waitForTimeout(500);
    await expect(app.editor.editor.locator(".view-lines")).toContainText("// typed early!");
    await shot(page, "monaco");
  });
}
