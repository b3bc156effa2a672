// The source pane, as a user (and the test hook) sees it.

import { expect } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";

export interface Marker {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: string;
  readonly message: string;
  readonly code?: string;
  /** "verifier" for the verifier's rejections; the assembler's are "bpfplay". */
  readonly source?: string;
}

/** The debugger's marks in the editor, by line. */
export interface DebugMarks {
  readonly current?: number;
  readonly fault?: number;
  readonly breakpoints: number[];
}

interface Hook {
  markers(): Marker[];
  text(): string | undefined;
  debug(): DebugMarks;
}

export class EditorPane {
  readonly region: Locator;
  readonly editor: Locator;

  constructor(private readonly page: Page) {
    this.region = page.getByRole("region", { name: "Source" });
    this.editor = this.region.locator(".monaco-editor").first();
  }

  async waitReady(): Promise<void> {
    // Monaco is the page's largest chunk: on a loaded machine its first load can take longer than
    // the default wait, which is not what a journey tests.
    await expect(this.editor).toBeVisible({ timeout: 45_000 });
    await this.page.waitForFunction(() => (window as unknown as { __bpfplay?: Hook }).__bpfplay?.text() !== undefined);
  }

  /** Replaces the whole text the way a user would: click, select all, type. */
  async replaceText(text: string): Promise<void> {
    await this.editor.locator(".view-lines").click();
    await this.page.keyboard.press("ControlOrMeta+A");
    await this.page.keyboard.press("Delete");
    await this.page.keyboard.insertText(text);
  }

  /**
   * At 1000x700 the text is sometimes left shifted out of the editor's box after a click into it
   * and typing (the browser scrolls an element of Monaco's that should never scroll; seen on main
   * before issue 10's journeys too): puts it back, as Monaco itself shows it.
   */
  async unscroll(): Promise<void> {
    await this.page.evaluate(() => {
      for (const e of document.querySelectorAll<HTMLElement>(".pane-editor .monaco-editor, .pane-editor .monaco-editor *")) if (e.scrollLeft !== 0) e.scrollLeft = 0;
    });
  }

  /**
   * Replaces the whole text by pasting it, as a user pastes a long program. (Typing thousands
   * of lines through insertText takes Monaco half a minute; a paste is one edit.)
   */
  async pasteText(text: string): Promise<void> {
    await this.page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.editor.locator(".view-lines").click();
    await this.page.keyboard.press("ControlOrMeta+A");
    await this.page.keyboard.press("ControlOrMeta+V");
    await expect.poll(() => this.text()).toBe(text);
  }

  /** Moves the mouse over the text of a line (1-based) and returns the hover widget. */
  async hoverLine(line: number): Promise<Locator> {
    const number = this.editor.locator(".line-numbers").getByText(String(line), { exact: true });
    const numberBox = await number.boundingBox();
    const textBox = await this.editor.locator(".view-lines").boundingBox();
    if (!numberBox || !textBox) throw new Error(`line ${line} is not on screen`);
    await this.page.mouse.move(textBox.x + 12, numberBox.y + numberBox.height / 2);
    return this.editor.locator(".monaco-hover").filter({ visible: true });
  }

  /** Clicks into the text of a line (1-based), as a user puts the cursor there. */
  async clickLine(line: number): Promise<void> {
    const number = this.editor.locator(".line-numbers").getByText(String(line), { exact: true });
    const numberBox = await number.boundingBox();
    const textBox = await this.editor.locator(".view-lines").boundingBox();
    if (!numberBox || !textBox) throw new Error(`line ${line} is not on screen`);
    await this.page.mouse.click(textBox.x + 40, numberBox.y + numberBox.height / 2);
  }

  /** Moves the cursor to a line with the keyboard, which scrolls it into view. */
  async goToLine(line: number): Promise<void> {
    await this.editor.locator(".view-lines").click();
    await this.page.keyboard.press("ControlOrMeta+Home");
    for (let k = 1; k < line; k++) await this.page.keyboard.press("ArrowDown");
    await expect(this.activeLine()).toHaveText(String(line));
  }

  /** Moves the mouse over a word of the text (its first appearance on screen) and returns the hover widget. */
  async hoverWord(word: string): Promise<Locator> {
    await this.editor.locator(".view-lines span").getByText(word, { exact: true }).first().hover();
    return this.editor.locator(".monaco-hover").filter({ visible: true });
  }

  /** Types at the end of a line (1-based) and opens completion there; returns the suggestion list. */
  async completeAt(line: number, typed: string): Promise<Locator> {
    await this.goToLine(line);
    await this.page.keyboard.press("End");
    await this.page.keyboard.insertText(typed);
    await this.page.keyboard.press("Control+Space");
    return this.page.locator(".suggest-widget").filter({ visible: true });
  }

  /**
   * Waits until the editor's text lies level with its line numbers. Right after an example opens the
   * editor is laid out again (the header and the note above it change) and for a moment the text can
   * stand 12 px above its numbers; a gutter click then lands on the next line.
   */
  async settled(line: number): Promise<void> {
    const number = this.editor.locator(".line-numbers").getByText(String(line), { exact: true });
    await expect
      .poll(async () => {
        const n = await number.boundingBox();
        const tops = await this.editor.locator(".view-lines .view-line").evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().top));
        return !!n && tops.some((t) => Math.abs(t - n.y) <= 1);
      })
      .toBe(true);
  }

  /** Clicks the glyph margin (left of the line numbers) beside a line, as a user sets a breakpoint. */
  async clickGutter(line: number, button: "left" | "right" = "left"): Promise<void> {
    await this.settled(line);
    const number = this.editor.locator(".line-numbers").getByText(String(line), { exact: true });
    const numberBox = await number.boundingBox();
    const glyphBox = await this.editor.locator(".glyph-margin").boundingBox();
    if (!numberBox || !glyphBox) throw new Error(`line ${line} is not on screen`);
    await this.page.mouse.click(glyphBox.x + glyphBox.width / 2, numberBox.y + numberBox.height / 2, { button });
  }

  debugMarks(): Promise<DebugMarks> {
    return this.page.evaluate(() => (window as unknown as { __bpfplay: Hook }).__bpfplay.debug());
  }

  /** The line the debugger stands on, as the editor highlights it. */
  async currentLine(): Promise<number | undefined> {
    return (await this.debugMarks()).current;
  }

  /** The line number the cursor is on, as the gutter shows it. */
  activeLine(): Locator {
    return this.editor.locator(".line-numbers.active-line-number");
  }

  text(): Promise<string | undefined> {
    return this.page.evaluate(() => (window as unknown as { __bpfplay: Hook }).__bpfplay.text());
  }

  markers(): Promise<Marker[]> {
    return this.page.evaluate(() => (window as unknown as { __bpfplay: Hook }).__bpfplay.markers());
  }

  /** The verifier's markers only. */
  async verifierMarkers(): Promise<Marker[]> {
    return (await this.markers()).filter((m) => m.source === "verifier");
  }

  /** Waits until the editor shows exactly `count` markers, and returns them. */
  async waitForMarkers(count: number): Promise<Marker[]> {
    await expect.poll(async () => (await this.markers()).length).toBe(count);
    return this.markers();
  }
}
