// The Locals pane: the C variables live at the current instruction, one row each (members
// and elements nested under their variable).

import type { Locator, Page } from "@playwright/test";

export class LocalsPane {
  readonly region: Locator;
  readonly rows: Locator;

  constructor(page: Page) {
    this.region = page.getByRole("region", { name: "Locals" });
    this.rows = this.region.locator("tbody tr");
  }

  /** A variable's row, by its name (a member as `var.member`). */
  row(name: string): Locator {
    return this.region.locator(`tbody tr[data-name="${name}"]`);
  }

  value(name: string): Locator {
    return this.row(name).locator(".local-value");
  }

  type(name: string): Locator {
    return this.row(name).locator(".local-type");
  }
}
