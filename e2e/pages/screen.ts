// Window sizes and on-screen checks shared by the journeys of issue 10 (small screens): what a
// journey needs must be laid out inside the window, not only present in the page.

import { expect, test } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";

/** The three desktop sizes every defect journey runs at. */
export const DESKTOP_SIZES = [
  { width: 1600, height: 1000 },
  { width: 1280, height: 800 },
  { width: 1000, height: 700 },
] as const;

export type Size = (typeof DESKTOP_SIZES)[number];

/** The element's box lies wholly inside the viewport (scrolled to first where the page scrolls). */
export async function expectOnScreen(page: Page, what: string, el: Locator, scroll = true): Promise<void> {
  await expect(el, what).toBeVisible();
  if (scroll) await el.scrollIntoViewIfNeeded();
  const box = (await el.boundingBox())!;
  const view = page.viewportSize()!;
  expect(box, `${what}: has a box`).not.toBeNull();
  const edges = { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
  expect(edges.left, `${what}: left edge ${edges.left}`).toBeGreaterThanOrEqual(0);
  expect(edges.top, `${what}: top edge ${edges.top}`).toBeGreaterThanOrEqual(0);
  expect(edges.right, `${what}: right edge ${edges.right} of ${view.width}`).toBeLessThanOrEqual(view.width + 0.5);
  expect(edges.bottom, `${what}: bottom edge ${edges.bottom} of ${view.height}`).toBeLessThanOrEqual(view.height + 0.5);
}

/** The element is not cut by a scrolling ancestor: its box lies inside the ancestor's, across. */
export async function expectInside(what: string, el: Locator, container: Locator): Promise<void> {
  const a = (await el.boundingBox())!;
  const b = (await container.boundingBox())!;
  expect(a.x, `${what}: left`).toBeGreaterThanOrEqual(b.x - 0.5);
  expect(a.x + a.width, `${what}: right ${a.x + a.width} inside ${b.x + b.width}`).toBeLessThanOrEqual(b.x + b.width + 0.5);
}

/** A scrolling pane shows its whole width: nothing in it needs scrolling sideways to be seen. */
export async function expectWhole(what: string, scroller: Locator): Promise<void> {
  const cut = await scroller.evaluate((e) => e.scrollWidth - e.clientWidth);
  expect(cut, `${what}: ${cut} px cut off on the right`).toBeLessThanOrEqual(1);
}

/** A screenshot kept as the test's artefact, named with the window size. */
export async function shot(page: Page, name: string): Promise<void> {
  const { width, height } = page.viewportSize()!;
  await page.screenshot({ path: test.info().outputPath(`${name}-${width}x${height}.png`) });
}

/**
 * Opens the tab that holds an inspector where the inspectors are tabs (a narrow or short
 * window); elsewhere the pane is already shown.
 */
export async function showInspector(page: Page, name: "Registers" | "Call stack" | "Locals" | "Stack"): Promise<void> {
  const tab = page.getByRole("tablist", { name: "Inspectors" }).getByRole("tab", { name });
  if (await tab.count()) await tab.click();
}
