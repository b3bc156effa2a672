// The verifier's views: the Problems and Verifier tabs of the drawer, and the CFG tab beside
// the editor. Each is a region once its tab is open.

import type { Locator, Page } from "@playwright/test";

export class ProblemsPane {
  readonly tab: Locator;
  readonly region: Locator;
  readonly items: Locator;

  constructor(page: Page) {
    this.tab = page.getByRole("tab", { name: "Problems" });
    this.region = page.getByRole("region", { name: "Problems" });
    this.items = this.region.locator("li.problem");
  }

  async open(): Promise<Locator> {
    await this.tab.click();
    return this.region;
  }

  /** The verifier's rejections (the assembler's errors are listed too, without an explanation). */
  rejections(): Locator {
    return this.region.locator('li.problem[data-source="verifier"]');
  }

  explanation(item: Locator): Locator {
    return item.locator(".problem-explain");
  }
}

export class VerifierPane {
  readonly tab: Locator;
  readonly region: Locator;
  /** `accepted` or `rejected`, once worked out (not the old verdict shown dimmed while a new one is on its way). */
  readonly verdict: Locator;
  /** The verdict on screen, settled or not. */
  readonly shownVerdict: Locator;
  readonly selected: Locator;
  readonly log: Locator;

  constructor(page: Page) {
    this.tab = page.getByRole("tab", { name: "Verifier" });
    this.region = page.getByRole("region", { name: "Verifier" });
    this.shownVerdict = this.region.locator(".verifier-summary [data-verdict]");
    this.verdict = this.region.locator(".verifier-summary [data-verdict]:not(.pending)");
    this.selected = this.region.locator(".selected-insn");
    this.log = this.region.locator(".verifier-log");
  }

  async open(): Promise<Locator> {
    await this.tab.click();
    return this.region;
  }

  /** The row of a register (`r1`) or stack slot (`fp-8`) in the selected instruction's state table. */
  stateRow(name: string): Locator {
    return this.selected.locator("tbody tr").filter({ has: this.region.page().getByRole("rowheader", { name, exact: true }) });
  }
}

export class CfgPane {
  readonly tab: Locator;
  readonly region: Locator;
  readonly blocks: Locator;
  readonly edges: Locator;
  /** The scrolling area the drawing sits in. */
  readonly viewport: Locator;
  readonly svg: Locator;
  readonly zoom: Locator;
  readonly legend: Locator;
  readonly minimap: Locator;
  /** What part of a graph too large to draw whole is drawn. */
  readonly note: Locator;
  /** The block holding the verifier's error. */
  readonly errorBlock: Locator;

  constructor(page: Page) {
    this.tab = page.getByRole("tab", { name: "CFG" });
    this.region = page.getByRole("region", { name: "CFG" });
    this.blocks = this.region.locator("g.cfg-block");
    this.edges = this.region.locator(".cfg-edges > g");
    this.viewport = this.region.locator(".cfg-viewport");
    this.svg = this.region.locator("svg.cfg-svg");
    this.zoom = this.region.getByRole("toolbar", { name: "Zoom" });
    this.legend = this.region.getByRole("list", { name: "Legend" });
    this.minimap = this.region.locator(".cfg-minimap");
    this.note = this.region.locator(".cfg-note");
    this.errorBlock = this.region.locator("g.cfg-block.has-error");
  }

  /** The scale the drawing is shown at (1 = 100%). */
  async scale(): Promise<number> {
    return Number(await this.svg.getAttribute("data-scale"));
  }

  async open(): Promise<Locator> {
    await this.tab.click();
    return this.region;
  }

  /** The block that starts at instruction `start`. */
  block(start: number): Locator {
    return this.region.locator(`g.cfg-block[data-start="${start}"]`);
  }
}
