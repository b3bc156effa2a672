// Journey: a lesson asks for a prediction before bpfplay shows the answer. Predict wrong, be told
// so with the real value; predict right, the lesson is done; after a reload the gallery still
// says so (progress kept in this browser).

import { expect, test } from "@playwright/test";
import { App } from "./pages/app.ts";
import { Gallery } from "./pages/gallery.ts";

test("a lesson: predict r0 wrong, then right; the lesson stays done after a reload", async ({ page }) => {
  test.setTimeout(180_000);
  const app = new App(page);
  const gallery = new Gallery(page);
  await app.open("c");

  await gallery.show("Lessons");
  await expect(gallery.dialog.getByRole("listitem").filter({ hasText: "bpf-to-bpf calls" }).getByLabel("not done")).toBeVisible();
  await gallery.dialog.getByRole("button", { name: "Close" }).click();
  await gallery.open("bpf-to-bpf calls", "Lessons");

  const lesson = page.getByRole("region", { name: /^Lesson \d+: bpf-to-bpf calls/ });
  await expect(lesson).toBeVisible();
  const prediction = lesson.getByLabel("Your prediction");
  await prediction.fill("7");
  await lesson.getByRole("button", { name: "Check" }).click();
  await expect(lesson.getByRole("status")).toContainText("Not quite: you said 7, and it is 25");
  await expect(app.debugger.status).toContainText("Exited: r0 = 25");

  await prediction.fill("0x19");
  await lesson.getByRole("button", { name: "Check" }).click();
  await expect(lesson.getByRole("status")).toContainText("Right: it is 25");
  await expect(lesson.getByText("done", { exact: true })).toBeVisible();
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.screenshot({ path: "/tmp/pw-learn/lesson-1600.png" });
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.screenshot({ path: "/tmp/pw-learn/lesson-1000.png" });

  await page.reload();
  await app.editor.waitReady();
  await gallery.show("Lessons");
  await expect(gallery.dialog.getByRole("listitem").filter({ hasText: "bpf-to-bpf calls" }).getByLabel("done", { exact: true })).toBeVisible();
  await expect(gallery.dialog.getByText(/1 of \d+ done/)).toBeVisible();
});

test("a verdict lesson: predict accepted, be told it is rejected", async ({ page }) => {
  test.setTimeout(120_000);
  const app = new App(page);
  const gallery = new Gallery(page);
  await app.open("c");
  await gallery.open("The verifier and packet bounds", "Lessons");
  const lesson = page.getByRole("region", { name: /The verifier and packet bounds/ });
  await lesson.getByLabel("accepted").check();
  await lesson.getByRole("button", { name: "Check" }).click();
  await expect(lesson.getByRole("status")).toContainText("Not quite: you said accepted, and it is rejected");
  await lesson.getByLabel("rejected").check();
  await lesson.getByRole("button", { name: "Check" }).click();
  await expect(lesson.getByRole("status")).toContainText("Right: it is rejected");
  await expect(app.verdict).toHaveAccessibleName("Verifier: rejected");
});
