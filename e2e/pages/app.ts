// The app as a whole: opening it fresh, the header's selectors and status line, and the
// panes, each through its own page object.

import { expect } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";
import { BytecodePane } from "./bytecode.ts";
import { DebuggerBar } from "./debugger.ts";
import { DrawerPane } from "./drawer.ts";
import { EditorPane } from "./editor.ts";
import { LocalsPane } from "./locals.ts";
import { RegistersPane } from "./registers.ts";
import { TerminalPane } from "./terminal.ts";
import { CfgPane, ProblemsPane, VerifierPane } from "./verifier.ts";

export class App {
  readonly editor: EditorPane;
  readonly bytecode: BytecodePane;
  readonly debugger: DebuggerBar;
  readonly registers: RegistersPane;
  readonly locals: LocalsPane;
  readonly terminal: TerminalPane;
  readonly drawer: DrawerPane;
  readonly problems: ProblemsPane;
  readonly verifier: VerifierPane;
  readonly cfg: CfgPane;
  readonly language: Locator;
  readonly dialect: Locator;
  readonly programType: Locator;
  /** C: the SEC() function to verify and run. */
  readonly program: Locator;
  readonly verdict: Locator;
  readonly examples: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.editor = new EditorPane(page);
    this.bytecode = new BytecodePane(page);
    this.debugger = new DebuggerBar(page);
    this.registers = new RegistersPane(page);
    this.locals = new LocalsPane(page);
    this.terminal = new TerminalPane(page);
    this.drawer = new DrawerPane(page);
    this.problems = new ProblemsPane(page);
    this.verifier = new VerifierPane(page);
    this.cfg = new CfgPane(page);
    this.language = page.getByLabel("Language");
    this.dialect = page.getByLabel("Dialect");
    this.programType = page.getByLabel("Program type");
    this.program = page.getByLabel("Program", { exact: true });
    this.verdict = page.getByRole("button", { name: /^Verifier: / });
    this.examples = page.getByLabel("Examples");
    this.status = page.getByRole("status");
  }

  /** Loads an example by its title in the Examples menu, and waits for its new session. */
  async loadExample(title: string): Promise<void> {
    const before = await this.debugger.status.getAttribute("data-session");
    await this.examples.selectOption({ label: title });
    await expect(this.debugger.status).not.toHaveAttribute("data-session", before ?? "");
    await expect(this.debugger.status).toContainText("Ready at insn 0");
  }

  /**
   * Opens the app with nothing saved from an earlier visit, in `language`: a new document is
   * C; the assembly journeys switch to Assembly first, which brings the assembly starter.
   */
  async open(language: "c" | "asm" = "asm"): Promise<void> {
    await this.page.goto("/");
    await this.page.evaluate(() => localStorage.clear());
    await this.page.reload();
    await this.editor.waitReady();
    if (language === "asm") {
      await this.language.selectOption("asm");
      await expect.poll(() => this.editor.text()).toMatch(/^; Welcome/);
      // and its build has replaced the C starter's in the panes (the starter's first instruction)
      await expect(this.bytecode.instruction(0)).toHaveText(/^r1 = 181$/);
    }
  }
}
