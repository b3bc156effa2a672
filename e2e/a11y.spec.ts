// Accessibility: axe scans every main view (the editor, the debugger stepping, Verifier, CFG,
// Problems, Maps, Memory, Breakpoints, Terminal) and finds no serious or critical violation.
// Each view's full report is kept as a test artefact.

import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { App } from "./pages/app.ts";

async function scan(page: Page, view: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  await test.info().attach(`axe-${view}.json`, { body: JSON.stringify(result.violations, null, 2), contentType: "application/json" });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${view}: ${v.id} (${v.impact}, ${v.nodes.length}) ${v.help} — e.g. ${v.nodes[0]?.target.join(" ")}`);
}

test("no serious or critical axe violations on the main views", async ({ page }) => {
  test.setTimeout(180_000);
  const app = new App(page);
  await app.open("c");
  await expect(app.verdict).toHaveText("verified");
  const found: string[] = [];
  found.push(...(await scan(page, "editor")));

  await app.debugger.click("Step");
  await expect(app.debugger.status).toContainText("Stepped");
  found.push(...(await scan(page, "debugger")));

  await app.verifier.open();
  found.push(...(await scan(page, "verifier")));
  await app.cfg.open();
  found.push(...(await scan(page, "cfg")));
  await app.problems.open();
  found.push(...(await scan(page, "problems")));
  for (const tab of ["Maps", "Memory", "Breakpoints"] as const) {
    await app.drawer.open(tab);
    found.push(...(await scan(page, tab.toLowerCase())));
  }
  await app.terminal.open();
  found.push(...(await scan(page, "terminal")));
  expect(found).toEqual([]);
});
