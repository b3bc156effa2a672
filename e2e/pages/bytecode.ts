// The bytecode pane: one row per instruction (index, bytes, disassembly).

import type { Locator, Page } from "@playwright/test";

export class BytecodePane {
  readonly region: Locator;
  readonly rows: Locator;

  constructor(page: Page) {
    this.region = page.getByRole("region", { name: "Bytecode" });
    this.rows = this.region.locator("tbody tr");
  }

  row(index: number): Locator {
    return this.rows.nth(index);
  }

  bytes(index: number): Locator {
    return this.row(index).locator("td").nth(1);
  }

  instruction(index: number): Locator {
    return this.row(index).locator("td").nth(2);
  }

  /** The rows compiled from a source line (C), by their line. */
  rowsOfLine(line: number): Locator {
    return this.region.locator(`tbody tr[data-line="${line}"]`);
  }

  /** Rows highlighted because their source line has the cursor. */
  highlighted(): Locator {
    return this.region.locator("tbody tr.current");
  }

  /** Rows lit because the mouse is over their source line. */
  linked(): Locator {
    return this.region.locator("tbody tr.clink");
  }

  /** The row of the instruction the debugger stands on. */
  current(): Locator {
    return this.region.locator('tbody tr[aria-current="true"]');
  }
}
