// The app as a whole: opening it fresh, and the header's selectors and status line.

import type { Locator, Page } from "@playwright/test";
import { BytecodePane } from "./bytecode.ts";
import { EditorPane } from "./editor.ts";

export class App {
  readonly editor: EditorPane;
  readonly bytecode: BytecodePane;
  readonly language: Locator;
  readonly dialect: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.editor = new EditorPane(page);
    this.bytecode = new BytecodePane(page);
    this.language = page.getByLabel("Language");
    this.dialect = page.getByLabel("Dialect");
    this.status = page.getByRole("status");
  }

  /** Opens the app with nothing saved from an earlier visit. */
  async open(): Promise<void> {
    await this.page.goto("/");
    await this.page.evaluate(() => localStorage.clear());
    await this.page.reload();
    await this.editor.waitReady();
  }
}
