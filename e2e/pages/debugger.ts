// The debugger's toolbar (its buttons and the input field) and the status bar at the foot.

import type { Locator, Page } from "@playwright/test";

export type DebugButton = "Run" | "Step" | "Step over" | "Step out" | "Step back" | "Continue" | "Pause" | "Reset";

export class DebuggerBar {
  readonly toolbar: Locator;
  readonly status: Locator;
  readonly packet: Locator;
  readonly history: Locator;

  constructor(private readonly page: Page) {
    this.toolbar = page.getByRole("toolbar", { name: "Debugger" });
    this.status = page.getByRole("contentinfo", { name: "Debugger status" });
    this.packet = page.getByLabel("Packet (hex)");
    this.history = this.status.getByText(/^history /);
  }

  /** C programs: step by C statement ("C lines") or by instruction ("Insns"). */
  stepBy(by: "C lines" | "Insns"): Locator {
    return this.page.getByRole("radiogroup", { name: "Step by" }).getByRole("radio", { name: by });
  }

  button(name: DebugButton): Locator {
    return this.page.getByRole("button", { name, exact: true });
  }

  async click(name: DebugButton, times = 1): Promise<void> {
    for (let k = 0; k < times; k++) {
      // Each command answers before the next may go: wait until the button can be pressed again.
      await this.button(name).click();
    }
  }
}
