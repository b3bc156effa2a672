// The drawer's Terminal tab: xterm.js draws its lines as DOM rows.

import type { Locator, Page } from "@playwright/test";

export class TerminalPane {
  readonly tab: Locator;
  readonly region: Locator;
  readonly screen: Locator;

  constructor(page: Page) {
    this.tab = page.getByRole("tab", { name: "Terminal" });
    this.region = page.getByRole("region", { name: "Terminal" });
    this.screen = this.region.locator(".xterm-rows");
  }

  async open(): Promise<void> {
    await this.tab.click();
  }

  /** Types a command line into the terminal and presses Enter. */
  async type(line: string): Promise<void> {
    await this.region.locator(".xterm-helper-textarea").focus();
    await this.region.page().keyboard.type(line);
    await this.region.page().keyboard.press("Enter");
  }
}
