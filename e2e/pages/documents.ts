// The Documents menu and the Share dialog, as a user sees them.

import { expect } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";

export class DocumentsMenu {
  readonly button: Locator;
  readonly dialog: Locator;
  readonly list: Locator;

  constructor(private readonly page: Page) {
    this.button = page.getByRole("button", { name: /^Documents: / });
    this.dialog = page.getByRole("dialog", { name: "Documents" });
    this.list = this.dialog.getByRole("list", { name: "Your documents" });
  }

  async open(): Promise<void> {
    if (!(await this.dialog.isVisible())) await this.button.click();
    await expect(this.dialog).toBeVisible();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole("button", { name: "Close" }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** The names in the list, newest first. */
  async names(): Promise<string[]> {
    await this.open();
    return this.list.locator(".doc-name").allTextContents();
  }

  async create(): Promise<void> {
    await this.open();
    await this.dialog.getByRole("button", { name: "New", exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }

  async openDocument(name: string): Promise<void> {
    await this.open();
    await this.list.getByRole("button", { name, exact: true }).click();
    await expect(this.button).toHaveAccessibleName(`Documents: ${name}`);
  }

  action(what: "Rename" | "Duplicate" | "Delete", name: string): Locator {
    return this.list.getByRole("button", { name: `${what} "${name}"` });
  }
}

export class ShareDialog {
  readonly button: Locator;
  readonly dialog: Locator;
  readonly link: Locator;

  constructor(page: Page) {
    this.button = page.getByRole("button", { name: "Share", exact: true });
    this.dialog = page.getByRole("dialog", { name: "Share this session" });
    this.link = this.dialog.getByLabel("Link");
  }

  /** Shares and returns the link the dialog shows. */
  async share(): Promise<string> {
    await this.button.click();
    await expect(this.dialog).toBeVisible();
    return this.link.inputValue();
  }
}
