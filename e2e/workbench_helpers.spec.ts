// Journey (issue 10, helpers): in assembly, hovering a helper call shows the helper's
// prototype, who may call it and what it does, however the call names it; completion offers
// helpers after `call `, the document's maps in `map[`, the context's fields after `(r1 + `,
// and registers. Screenshots at 1600x1000 and 1000x700 are kept as artefacts.

import { expect, test } from "@playwright/test";
import { App } from "./pages/app.ts";

// A loaded machine can take over 15 s to bring Monaco up the first time: wait for it once.
test.beforeEach(async ({ page }) => {
  await page.goto("/");
  await expect(page.locator(".monaco-editor").first()).toBeVisible({ timeout: 90_000 });
});

const PROGRAM = `.map counts, type=hash, key_size=4, value_size=8, max_entries=64
	r1 = 0
	call bpf_ktime_get_ns
	call 5
	call bpf_get_prandom_u32#7
	r0 = 0
	exit`;

for (const size of [
  { width: 1600, height: 1000 },
  { width: 1000, height: 700 },
]) {
  test(`at ${size.width}x${size.height} a helper call's hover names its prototype, callers and use, for each way of naming it`, async ({ page }) => {
    await page.setViewportSize(size);
    const app = new App(page);
    await app.open("asm");
    await app.editor.replaceText(PROGRAM);
    await app.editor.unscroll();
    await expect(app.bytecode.rows).toHaveCount(6);

    const byName = await app.editor.hoverLine(3);
    await expect(byName).toContainText("__u64 bpf_ktime_get_ns(void)");
    await expect(byName).toContainText("Nanoseconds since boot");
    await expect(byName).toContainText("Helper #5; callable from every program type");
    await expect(byName).toContainText("arguments in r1–r5, the result in r0");
    await page.screenshot({ path: test.info().outputPath(`asm-hover-${size.width}x${size.height}.png`) });
    const box = (await byName.boundingBox())!;
    expect(box.x + box.width, "the hover fits the window").toBeLessThanOrEqual(size.width);

    await page.mouse.move(0, 0);
    const byNumber = await app.editor.hoverLine(4);
    await expect(byNumber).toContainText("bpf_ktime_get_ns(void)");
    await page.mouse.move(0, 0);
    const asLogged = await app.editor.hoverLine(5);
    await expect(asLogged).toContainText("__u32 bpf_get_prandom_u32(void)");
    await expect(asLogged).toContainText("not for cryptography");
  });
}

test("assembly completes helpers after call, maps in map[, context fields after (r1 + and registers", async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const app = new App(page);
  await app.open("asm");
  await app.programType.selectOption("xdp");
  await app.editor.replaceText(PROGRAM);
  await expect(app.bytecode.rows).toHaveCount(6);

  const helpers = await app.editor.completeAt(2, "\n\tcall bpf_trace_pr");
  await expect(helpers).toContainText("bpf_trace_printk");
  await page.screenshot({ path: test.info().outputPath("asm-complete-helper-1600x1000.png") });
  await page.keyboard.press("Enter");
  await expect.poll(() => app.editor.text()).toContain("\tcall bpf_trace_printk\n");

  const maps = await app.editor.completeAt(1, "\n\tr1 = map[co");
  await expect(maps).toContainText("counts");
  await page.keyboard.press("Enter");
  await expect.poll(() => app.editor.text()).toContain("\tr1 = map[counts\n");

  const fields = await app.editor.completeAt(2, "\n\tr2 = *(u32 *)(r1 + data_e");
  await expect(fields).toContainText("data_end");
  await expect(fields).toContainText("+4 u32 — struct xdp_md");
  await page.keyboard.press("Enter");
  await expect.poll(() => app.editor.text()).toContain("\tr2 = *(u32 *)(r1 + 4\n");

  const regs = await app.editor.completeAt(3, "\n\tr6 = r1");
  await expect(regs).toContainText("r10");
  await expect(regs).toContainText("first argument; the context pointer");
});
