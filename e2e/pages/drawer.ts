// The drawer's other tabs: Maps, Memory and Breakpoints, each a region once its tab is open
// (Problems and Verifier have page objects of their own, in verifier.ts).

import type { Locator, Page } from "@playwright/test";

export class DrawerPane {
  constructor(private readonly page: Page) {}

  async open(tab: "Maps" | "Memory" | "Breakpoints"): Promise<Locator> {
    await this.page.getByRole("tab", { name: tab }).click();
    return this.page.getByRole("region", { name: tab });
  }

  condition(line: number): Locator {
    return this.page.getByRole("textbox", { name: `Condition for the breakpoint on line ${line}` });
  }
}
