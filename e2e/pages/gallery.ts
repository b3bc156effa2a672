// The gallery dialog (examples by group, lessons) and the explanation note above the editor.

import { expect } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";

export class Gallery {
  /** The Examples menu, whose first entry opens the gallery. */
  readonly menu: Locator;
  readonly dialog: Locator;
  readonly note: Locator;

  constructor(private readonly page: Page) {
    this.menu = page.getByRole("combobox", { name: "Examples" });
    this.dialog = page.getByRole("dialog", { name: "Examples" });
    this.note = page.getByRole("complementary", { name: "Example explanation" });
  }

  async show(tab: "Examples" | "Lessons" = "Examples"): Promise<void> {
    await this.menu.selectOption({ label: "Gallery: explanations and lessons…" });
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole("tab", { name: tab }).click();
  }

  /** Opens an example or a lesson by its title; waits for its new session. */
  async open(title: string, tab: "Examples" | "Lessons" = "Examples"): Promise<void> {
    const status = this.page.getByRole("contentinfo", { name: "Debugger status" });
    const before = await status.getAttribute("data-session");
    await this.show(tab);
    await this.dialog.getByRole("button", { name: title, exact: true }).click();
    await expect(this.dialog).toBeHidden();
    await expect(status).not.toHaveAttribute("data-session", before ?? "");
    await expect(status).toContainText("Ready at insn 0");
  }
}
