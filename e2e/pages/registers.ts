// The Registers pane: one row per register, r0 to r10.

import type { Locator, Page } from "@playwright/test";

export class RegistersPane {
  readonly region: Locator;

  constructor(page: Page) {
    this.region = page.getByRole("region", { name: "Registers" });
  }

  row(reg: string): Locator {
    return this.region.locator("tbody tr").filter({ has: this.region.page().getByRole("rowheader", { name: reg, exact: true }) });
  }

  hex(reg: string): Locator {
    return this.row(reg).locator("td").nth(0);
  }

  unsigned(reg: string): Locator {
    return this.row(reg).locator("td").nth(1);
  }
}
