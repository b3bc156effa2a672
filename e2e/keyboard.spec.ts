// Journey: a keyboard user tabs into the editor, types (Tab indents), and tabs out again
// after Escape, as in VS Code's tab-focus mode; nothing extra is typed into the program.
// Issue 10's keyboard defects (no keyboard help, F1 did nothing, pane sizes reset on reload)
// each have a journey at the three desktop sizes, with what it uses on screen.

import { expect, test } from "@playwright/test";
import { App } from "./pages/app.ts";
import { DESKTOP_SIZES, expectOnScreen, shot } from "./pages/screen.ts";

const inEditor = (page: import("@playwright/test").Page) => page.evaluate(() => !!document.activeElement?.closest(".monaco-editor"));

test("Tab indents in the editor; Escape then Tab leaves it, and Shift+Tab comes back", async ({ page }) => {
  const app = new App(page);
  await app.open("asm");
  await app.editor.replaceText("r0 = 0\nexit");
  await page.keyboard.press("ControlOrMeta+Home");

  // Tab types a tab, as an editor should.
  await page.keyboard.press("Tab");
  await expect.poll(() => app.editor.text()).toBe("\tr0 = 0\nexit");
  const hint = app.editor.region.locator(".tab-focus");
  await expect(hint).toHaveText("Esc Tab: leave editor");

  // Escape, then Tab: focus moves on, and the text keeps its one tab.
  await page.keyboard.press("Escape");
  await expect(hint).toHaveText("Tab moves focus");
  await page.keyboard.press("Tab");
  expect(await inEditor(page)).toBe(false);
  await expect.poll(() => app.editor.text()).toBe("\tr0 = 0\nexit");
  await expect(hint).toHaveText("Esc Tab: leave editor");

  // Back with Shift+Tab: Tab types again.
  await page.keyboard.press("Shift+Tab");
  expect(await inEditor(page)).toBe(true);
  await page.keyboard.press("End");
  await page.keyboard.press("Tab");
  await expect.poll(() => app.editor.text()).toBe("\tr0 = 0\t\nexit");
});

for (const size of DESKTOP_SIZES) {
  test.describe(`at ${size.width}x${size.height}`, () => {
    test.use({ viewport: size });
    // a journey takes ~20 s; a machine shared with other runs can triple that (the suite's other journeys allow as much)
    test.describe.configure({ timeout: 120_000 });

    test("a split moved with the keyboard keeps its place after a reload", async ({ page }) => {
      const app = new App(page);
      await app.open("asm");
      const source = app.editor.region;
      const before = (await source.boundingBox())!.width;
      const split = page.getByRole("separator", { name: "Resize Source and Bytecode" });
      await expectOnScreen(page, "the split", split);
      await split.focus();
      for (let k = 0; k < 8; k++) await page.keyboard.press("ArrowRight");
      await expect.poll(async () => (await source.boundingBox())!.width).toBeGreaterThan(before + 40);
      const moved = (await source.boundingBox())!.width;
      await page.reload();
      await app.editor.waitReady();
      await expect.poll(async () => Math.round((await source.boundingBox())!.width)).toBe(Math.round(moved));
      await expectOnScreen(page, "the split after the reload", split);
      await shot(page, "split-reloaded");
    });

    test("? opens the keyboard help, Escape closes it; F1 opens the command palette with the debugger's commands", async ({ page }) => {
      const app = new App(page);
      await app.open("asm");
      await page.getByRole("toolbar", { name: "Debugger" }).click({ position: { x: 2, y: 2 } });
      await page.keyboard.press("?");
      const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
      await expect(help).toBeVisible();
      for (const row of [/^F10 Step over/, /^F9 Toggle a breakpoint/]) await expectOnScreen(page, `help row ${row.source}`, help.getByRole("row", { name: row }));
      await expectOnScreen(page, "the help's Close button", help.getByRole("button", { name: /close/i }), false);
      await shot(page, "keyboard-help");
      await page.keyboard.press("Escape");
      await expect(help).toBeHidden();

      // Typed into the editor, ? is text.
      await app.editor.replaceText("r0 = 0\nexit");
      await page.keyboard.press("?");
      await expect(help).toBeHidden();
      await expect.poll(() => app.editor.text()).toBe("r0 = 0\nexit?");

      // F1 from outside the editor: the palette, with the debugger's commands by name.
      const button = page.getByRole("button", { name: "Keyboard shortcuts" });
      await expectOnScreen(page, "the Keyboard shortcuts button", button);
      await button.focus();
      await page.keyboard.press("F1");
      const palette = page.locator(".quick-input-widget");
      await expect(palette).toBeVisible();
      await page.keyboard.type("Debug: Step");
      const option = palette.getByRole("option", { name: /Debug: Step over/ });
      await expectOnScreen(page, "the palette's Step over", option, false);
      await expectOnScreen(page, "the palette's input", palette.locator("input").first(), false);
      await shot(page, "command-palette");
      await page.keyboard.press("Escape");
    });
  });
}
