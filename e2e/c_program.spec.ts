// Journey: write a small XDP program in C, see it compiled and verified, step it one C line
// at a time with a variable's value in Locals, make a mistake and see clang's words on it,
// and click a C line to see the instructions it compiled to.

import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { App } from "./pages/app.ts";

const PROGRAM = `#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int small(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	int len = data_end - data;
	if (len < 60)
		return XDP_DROP;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
`;
const LEN_LINE = 9;
const IF_LINE = 10;

const SHOTS = "/tmp/shots";

test("a C program: verified, stepped by C lines with its locals, marked where it is wrong, linked to its bytecode", async ({ page }) => {
  mkdirSync(SHOTS, { recursive: true });
  const app = new App(page);
  await app.open("c");
  await expect(app.language).toHaveValue("c");

  // Pasted, as a user brings a program: typed, the editor would indent each line again.
  await app.editor.pasteText(PROGRAM);
  // The section sets the program type; the program compiles and the verifier accepts it.
  await expect(app.programType).toHaveValue("xdp");
  await expect(app.status).toHaveText(/instructions, 0 errors$/);
  await expect(app.verdict).toHaveText("verified");
  await expect.poll(async () => (await app.editor.markers()).length).toBe(0);

  // Step by C line until `if (len < 60)`: each step moves to another line.
  await expect(app.debugger.stepBy("C lines")).toHaveAttribute("aria-checked", "true");
  await expect(app.debugger.status).toContainText("Ready at insn 0");
  const seen: number[] = [];
  for (let k = 0; k < 8 && (await app.editor.currentLine()) !== IF_LINE; k++) {
    const before = await app.editor.currentLine();
    await app.debugger.click("Step");
    await expect.poll(() => app.editor.currentLine()).not.toBe(before);
    const now = (await app.editor.currentLine())!;
    seen.push(now);
    if (now === LEN_LINE) {
      // Before `int len = data_end - data;` runs: both pointers, as what they point into.
      await expect(app.locals.value("data")).toHaveText("packet + 0");
      await expect(app.locals.value("data_end")).toHaveText(/^packet \+ 64/);
      await expect(app.locals.type("data")).toContainText("void *");
    }
  }
  expect(seen).toEqual([8, LEN_LINE, IF_LINE]);
  // The default packet is 64 bytes long.
  await expect(app.locals.value("len")).toHaveText("64");
  await expect(app.locals.type("len")).toContainText("int");
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.screenshot({ path: `${SHOTS}/c-stepping-1600x1000.png` });

  // One more statement: 64 is not below 60, so the next line is `return XDP_PASS`.
  await app.debugger.click("Step");
  await expect.poll(() => app.editor.currentLine()).toBe(IF_LINE + 2);
  // Step back goes by C statement too: back to the `if`, then to `int len = ...`, before len was set.
  await app.debugger.click("Step back");
  await expect.poll(() => app.editor.currentLine()).toBe(IF_LINE);
  await app.debugger.click("Step back");
  await expect.poll(() => app.editor.currentLine()).toBe(LEN_LINE);
  await expect(app.locals.value("data")).toHaveText("packet + 0");
  await app.debugger.click("Step");
  await app.debugger.click("Step");
  await expect.poll(() => app.editor.currentLine()).toBe(IF_LINE + 2);

  // Click a C line: its instructions are highlighted in the bytecode, and in view.
  await app.editor.clickLine(LEN_LINE);
  const rows = app.bytecode.rowsOfLine(LEN_LINE);
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  await expect(app.bytecode.highlighted()).toHaveCount(count);
  // Hovering an instruction lights its C line's other instructions too.
  await rows.first().hover();
  await expect(app.bytecode.linked()).toHaveCount(count);
  await page.screenshot({ path: `${SHOTS}/c-linked-1600x1000.png` });

  // A mistake: an undeclared name, marked where it is, in clang's words.
  await app.editor.pasteText(PROGRAM.replace("return XDP_PASS;", "return XDP_PAS;"));
  await expect
    .poll(async () => (await app.editor.markers()).map((m) => `${m.line}:${m.column} ${m.severity} ${m.message}`))
    .toContainEqual(expect.stringMatching(/^12:9 error use of undeclared identifier 'XDP_PAS'/));
  await expect(app.status).toHaveText(/[1-9]\d* errors?$/);
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.screenshot({ path: `${SHOTS}/c-error-1000x700.png` });
});

test("the C editor documents helpers, maps and struct members, and completes them", async ({ page }) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1600, height: 1000 });
  const app = new App(page);
  await app.open("c");
  await expect(app.verdict).toHaveText("verified");

  // A helper: its C prototype and what it does.
  await app.editor.goToLine(34);
  const helper = await app.editor.hoverWord("bpf_map_lookup_elem");
  await expect(helper).toContainText("void *bpf_map_lookup_elem(void *map, const void *key)");
  await expect(helper).toContainText("Finds the value stored under key in map");
  await page.screenshot({ path: `${SHOTS}/c-hover-helper-1600x1000.png` });

  // A map of the program: its type and sizes.
  const map = await app.editor.hoverWord("counts");
  await expect(map).toContainText("BPF_MAP_TYPE_HASH, key_size 4, value_size 8, max_entries 256");

  // Completion: helpers by prefix, and members after `->`.
  const list = await app.editor.completeAt(34, "\n\tbpf_ktime_g");
  await expect(list).toContainText("bpf_ktime_get_ns");
  await page.screenshot({ path: `${SHOTS}/c-complete-1600x1000.png` });
  await page.keyboard.press("Escape");
  const members = await app.editor.completeAt(35, "();\n\tip->pro");
  await expect(members).toContainText("protocol");
  await expect(members).toContainText("struct iphdr, offset 9");
});

test("a C example from the menu compiles, is verified as its section's type, and runs", async ({ page }) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1000, height: 700 });
  const app = new App(page);
  await app.open("c");
  await app.loadExample("XDP drop by port, count per protocol");
  await expect(app.programType).toHaveValue("xdp");
  // The menu names the example that is loaded.
  await expect(app.examples.locator("option:checked")).toHaveText("XDP drop by port, count per protocol (loaded)");
  await expect(app.verdict).toHaveText("verified");
  await app.debugger.click("Run");
  // The default packet is TCP to port 80, which the example drops.
  await expect(app.debugger.status).toContainText("Exited: r0 = 1");
  await page.screenshot({ path: `${SHOTS}/c-example-1000x700.png` });

  // Another type than the section's: a note says so, and one click goes back.
  const note = page.getByRole("button", { name: '"xdp" says xdp; you chose sched_cls. Use xdp' });
  await expect(note).toHaveCount(0);
  await app.programType.selectOption("sched_cls");
  await expect(note).toBeVisible();
  // The header wraps rather than pushing the build status and the verdict off-screen.
  for (const l of [note, app.status, app.verdict]) {
    const box = (await l.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1000);
  }
  await note.click();
  await expect(app.programType).toHaveValue("xdp");
  await expect(note).toHaveCount(0);
});
