// Journey (issue 13): bring your own program. Drop an object with two programs, pick one, see its C
// lines (from the object's line info) in the Source pane and step it line by line; drop the kernel's
// log of a rejected program and see the failing instruction, the path to it in the CFG and the
// explanation; drop that log onto the object and see bpfplay's verdict beside the kernel's.
// The object and the log are e2e/fixtures/two_progs.{o,log} (e2e/fixtures/build.sh rebuilds them
// with clang-19 and the kernel; src/worker/object_vs_clang.test.ts checks the object is clang's).

import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import type { Page } from "@playwright/test";
import { App } from "./pages/app.ts";
import { DocumentsMenu } from "./pages/documents.ts";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const OBJECT = fixture("two_progs.o");
const LOG = fixture("two_progs.log");

/** Drops files on the page as a user drags them from the file manager: a drop event with a DataTransfer. */
async function drop(page: Page, files: { name: string; bytes: Buffer }[]): Promise<void> {
  const dt = await page.evaluateHandle((fs) => {
    const t = new DataTransfer();
    for (const f of fs) t.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name));
    return t;
  }, files.map((f) => ({ name: f.name, b64: f.bytes.toString("base64") })));
  await page.dispatchEvent("body", "dragenter", { dataTransfer: dt });
  await page.dispatchEvent("body", "drop", { dataTransfer: dt });
}

async function start(page: Page): Promise<App> {
  const app = new App(page);
  await page.goto("/");
  await expect(page.locator(".monaco-editor").first()).toBeVisible({ timeout: 90_000 });
  await app.editor.waitReady();
  return app;
}

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}-${page.viewportSize()!.width}x${page.viewportSize()!.height}.png`) });

for (const viewport of [
  { width: 1600, height: 1000 },
  { width: 1000, height: 700 },
]) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test("an object with two programs: pick one, read its C lines, step it", async ({ page }) => {
      test.setTimeout(180_000);
      const app = await start(page);
      const docs = new DocumentsMenu(page);
      // the starter C document exports as an object (and that object opens back)
      await expect(app.verdict).toBeVisible();
      await docs.open();
      const [download] = await Promise.all([page.waitForEvent("download"), docs.dialog.getByRole("button", { name: "Object (.o)" }).click()]);
      const exported = await readFile((await download.path())!);
      expect(download.suggestedFilename()).toMatch(/\.o$/);
      expect([...exported.subarray(0, 4)]).toEqual([0x7f, 0x45, 0x4c, 0x46]);
      await docs.close();
      await drop(page, [{ name: "two_progs.o", bytes: OBJECT }]);
      await expect(docs.button).toHaveAccessibleName("Documents: two_progs");
      await expect(app.language).toHaveValue("object");
      await expect(app.program.locator("option")).toHaveText(["count_ipv4 (xdp)", "read_past_end (tc)"]);
      const note = app.editor.region.getByRole("note");
      await expect(note).toContainText("two_progs.c: the C lines of the object's debug info (line_info), read-only");
      await expect.poll(() => app.editor.text()).toContain("__u64 *n = bpf_map_lookup_elem(&counts, &key);");

      // the other program: its own lines, the type its section names, and the verifier's rejection
      await app.program.selectOption("read_past_end");
      await expect.poll(() => app.editor.text()).toContain("return data[20] == 0x45 ? 0 : 2;");
      await expect(app.programType).toHaveValue("sched_cls");
      await app.verifier.open();
      await expect(app.verifier.verdict).toHaveAttribute("data-verdict", "rejected");
      await expect(app.verifier.region.locator(".summary-error")).toContainText("invalid access to packet, off=20 size=1");

      // back to the first, and step it line by line over the C
      await app.program.selectOption("count_ipv4");
      await expect(app.programType).toHaveValue("xdp");
      await expect(app.verifier.verdict).toHaveAttribute("data-verdict", "accepted");
      await expect(app.debugger.status).toContainText("Ready at insn 0");
      await expect(app.debugger.stepBy("C lines")).toBeVisible();
      await app.debugger.stepBy("C lines").check();
      const seen: number[] = [];
      for (let k = 0; k < 4; k++) {
        await expect.poll(() => app.editor.currentLine()).toBeGreaterThan(0);
        seen.push((await app.editor.currentLine())!);
        await app.debugger.click("Step");
      }
      // the lines stepped through are C lines of the object, one after another
      const text = (await app.editor.text())!.split("\n");
      expect(seen[0]).toBe(18);
      expect(new Set(seen).size).toBe(seen.length);
      for (const l of seen) expect(text[l - 1].trim()).not.toBe("");
      await shot(page, "object-stepped");
    });

    test("a kernel log of a rejected program, then the same log dropped on its object", async ({ page }) => {
      test.setTimeout(180_000);
      const app = await start(page);
      const docs = new DocumentsMenu(page);
      // a log alone (the open document is C): a document of its own, read from the log
      await docs.open();
      await docs.dialog.getByLabel("Import files").setInputFiles([{ name: "two_progs.log", mimeType: "text/plain", buffer: LOG }]);
      await expect(docs.button).toHaveAccessibleName("Documents: two_progs");
      await expect(app.language).toHaveValue("log");
      await expect(app.editor.region.getByRole("note")).toContainText("Kernel verifier log");
      await expect.poll(() => app.editor.text()).toContain("return data[20] == 0x45 ? 0 : 2;");
      await expect(app.bytecode.rows).toHaveCount(12);
      await expect(app.bytecode.instruction(6)).toContainText("*(u8 *)(r1 + 20)");

      // the failing instruction, in the kernel's words, with its explanation
      await app.problems.open();
      const rejection = app.problems.rejections().first();
      await expect(rejection).toContainText("invalid access to packet, off=20 size=1, R1(id=0,off=20,r=14)");
      await expect(app.problems.explanation(rejection)).toContainText(/packet/i);
      // the kernel's states, as the Verifier pane shows bpfplay's
      await app.verifier.open();
      await expect(app.verifier.verdict).toHaveAttribute("data-verdict", "rejected");
      await expect(app.verifier.region.getByRole("note")).toContainText("the kernel's, read from its log");
      await expect(app.verifier.selected).toContainText("Before insn 6");
      await expect(app.verifier.stateRow("r3")).toContainText("checked 14 B");
      // r1 was not printed at the jump: carried along, with the range the comparison proved (as the kernel's error says, r=14)
      await expect(app.verifier.stateRow("r1")).toContainText("checked 14 B");
      await expect(app.verifier.log).toBeVisible();
      await shot(page, "log-verifier");
      // the path to the error in the CFG
      await app.cfg.open();
      await expect(app.cfg.region).toHaveAttribute("data-verdict", "rejected");
      await expect(app.cfg.errorBlock).toHaveCount(1);
      await expect(app.cfg.region.locator(".cfg-edge.on-error-path").first()).toBeVisible();
      await shot(page, "log-cfg");

      // the object, then the log dropped on it: bpfplay verifies it and sets it beside the log
      await drop(page, [{ name: "two_progs.o", bytes: OBJECT }]);
      await expect(app.language).toHaveValue("object");
      await app.program.selectOption("read_past_end");
      await drop(page, [{ name: "two_progs.log", bytes: LOG }]);
      await app.verifier.open();
      const compare = app.verifier.region.getByRole("region", { name: "Kernel log vs bpfplay" });
      await expect(compare).toBeVisible();
      await expect(compare.getByRole("row", { name: /^Verdict/ })).toContainText("rejected at insn 6");
      await expect(compare.getByRole("row", { name: /^Verdict/ })).toContainText("same");
      await expect(compare.getByRole("row", { name: /^Error/ })).toContainText("same");
      await expect(compare.getByRole("row", { name: /^Error/ }).getByRole("button", { name: "insn 6" })).toHaveCount(2);
      await expect(compare.getByRole("row", { name: /^States/ })).toContainText("all 7 the same");
      await shot(page, "object-with-log");
      // the other program is not the one the log is of: the verdicts differ, and it says so
      await app.program.selectOption("count_ipv4");
      await expect(compare.getByRole("row", { name: /^Verdict/ })).toContainText("differs");

      // a log pasted outside the editor opens as a log document of its own
      await docs.create();
      await page.evaluate((text) => {
        const data = new DataTransfer();
        data.setData("text/plain", text);
        document.body.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
      }, LOG.toString("utf8"));
      await expect(docs.button).toHaveAccessibleName("Documents: Kernel log");
      await expect(app.language).toHaveValue("log");
    });
  });
}
