// The timeline under the debugger's toolbar: "Step N of M", its slider, and "Copy link to this step".

import type { Locator, Page } from "@playwright/test";

export class TimelineBar {
  readonly group: Locator;
  readonly slider: Locator;
  readonly label: Locator;
  readonly copy: Locator;
  readonly note: Locator;

  constructor(page: Page) {
    this.group = page.getByRole("group", { name: "Timeline" });
    this.slider = this.group.getByRole("slider");
    this.label = this.group.locator(".timeline-label");
    this.copy = this.group.getByRole("button", { name: "Copy link to this step" });
    this.note = this.group.locator(".timeline-note");
  }

  /** Moves the slider to `step` as a pointer would (fill sets a range input and fires its events). */
  async set(step: number): Promise<void> {
    await this.slider.fill(String(step));
  }
}
