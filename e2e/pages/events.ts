// The Events pane (a drawer tab): the packet builder, the input packet and the packet after the
// run dissected, and the context by field name.

import type { Locator, Page } from "@playwright/test";

export class EventsPane {
  readonly region: Locator;
  readonly preset: Locator;
  readonly hex: Locator;
  readonly input: Locator;
  readonly after: Locator;
  readonly context: Locator;
  readonly verdict: Locator;

  constructor(private readonly page: Page) {
    this.region = page.getByRole("region", { name: "Events", exact: true });
    this.preset = this.region.getByLabel("Preset", { exact: true });
    this.hex = this.region.getByLabel("Packet bytes (hex)");
    this.input = this.region.getByRole("group", { name: "Input packet", exact: true });
    this.after = this.region.getByRole("group", { name: /^Packet (after the run|now)$/ });
    this.context = this.region.getByRole("table", { name: /^Context: struct / });
    this.verdict = this.region.locator(".ev-verdict");
  }

  async open(): Promise<void> {
    await this.page.getByRole("tab", { name: "Events" }).click();
  }

  field(label: string): Locator {
    return this.region.getByLabel(label, { exact: true });
  }

  /** A line of a dissection's tree, by its Wireshark text. */
  line(view: Locator, text: string | RegExp): Locator {
    return view.locator(".field-row").filter({ hasText: text }).first();
  }

  /** The byte at `offset` in a dissection's hex dump. */
  byte(view: Locator, offset: number): Locator {
    return view.locator(`.hb[data-offset="${offset}"]`);
  }

  /** The context's value for a field. */
  contextValue(name: string): Locator {
    return this.context.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name, exact: true }) }).locator(".ctx-value");
  }
}
