// Journey (issue 11, maps): the Maps pane edits what a map holds before the run (its seeds): a C
// XDP program drops while its map says so, and an entry typed, edited and deleted in the pane or
// with the console's `map update` / `map delete` changes what Run returns. Seeds are kept in the
// document (they come back after a reload). At 1600x1000 and 1000x700, with what the journey
// uses on screen and screenshots kept.

import { expect, test } from "@playwright/test";
import { App } from "./pages/app.ts";
import { Gallery } from "./pages/gallery.ts";
import { expectOnScreen, shot } from "./pages/screen.ts";

const BY_MAP = `// Drops every packet while verdict[0] is 1.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__type(key, __u32);
	__type(value, __u32);
	__uint(max_entries, 4);
} verdict SEC(".maps");

SEC("xdp")
int xdp_by_map(struct xdp_md *ctx)
{
	__u32 key = 0;
	__u32 *drop = bpf_map_lookup_elem(&verdict, &key);
	if (drop && *drop == 1)
		return XDP_DROP;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
`;

for (const size of [
  { width: 1600, height: 1000 },
  { width: 1000, height: 700 },
]) {
  test.describe(`at ${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    test("a map entry typed in the Maps pane, then with map update in the terminal, changes the program's result", async ({ page }) => {
      test.setTimeout(150_000);
      const app = new App(page);
      await app.open("c");
      await app.editor.pasteText(BY_MAP);
      await expect(app.verdict).toHaveText("verified");
      const run = async (r0: number) => {
        await app.debugger.click("Run");
        await expect(app.debugger.status).toContainText(`Exited: r0 = ${r0}`);
      };
      await run(2); // XDP_PASS: the map is empty

      // Type an entry: key 0, value 1
      const maps = await app.drawer.open("Maps");
      const key = maps.getByRole("textbox", { name: "Key for verdict" });
      const value = maps.getByRole("textbox", { name: "Value for verdict" });
      const setButton = maps.getByRole("button", { name: "Set" });
      for (const [what, el] of [["key field", key], ["value field", value], ["Set button", setButton]] as const) await expectOnScreen(page, what, el);
      // typed by the map's C types (__type(key, __u32)) to begin with
      const valueFormat = maps.getByRole("combobox", { name: "Value format for verdict" });
      await expect(valueFormat).toHaveValue("c");
      await expect(valueFormat.locator("option:checked")).toHaveText("__u32");
      await key.fill("0");
      await value.fill("1");
      await setButton.click();
      const seeds = maps.getByRole("group", { name: "Seeds of verdict" }).locator("tbody tr");
      await expect(seeds).toHaveCount(1);
      await expect(seeds.locator("td").nth(0)).toHaveText("0");
      await expect(seeds.locator("td").nth(1)).toHaveText("1");
      // the fresh session holds it before the first instruction
      await expect(maps.locator(".map-now tbody tr")).toHaveText(/00 00 00 00.*01 00 00 00/);
      await shot(page, "maps-seeded");
      await run(1); // XDP_DROP

      // Edit it back to 0: the program passes again
      await maps.getByRole("button", { name: "Edit verdict entry 0" }).click();
      await expect(value).toHaveValue("1");
      await value.fill("0");
      await setButton.click();
      await expect(seeds.locator("td").nth(1)).toHaveText("0");
      await run(2);

      // A value that does not fit is refused where it is typed, with the reason
      await key.fill("0");
      await value.fill("-1");
      await setButton.click();
      const problem = maps.getByRole("alert");
      await expect(problem).toHaveText("value: -1 does not fit 4 bytes unsigned (0..4294967295)");
      await expectOnScreen(page, "the value's problem", problem);
      await expect(seeds.locator("td").nth(1)).toHaveText("0");

      // Delete, then the console: map update, map dump shows it, Run drops
      await maps.getByRole("button", { name: "Delete verdict entry 0" }).click();
      await expect(seeds).toHaveCount(0);
      await app.terminal.open();
      await app.terminal.type("map update verdict key 00 value 01 00 00 00");
      await expect(app.terminal.screen).toContainText("key is 1 byte; map verdict takes 4");
      await app.terminal.type("map update verdict key 00 00 00 00 value 01 00 00 00");
      await expect(app.terminal.screen).toContainText("verdict[00 00 00 00] = 01 00 00 00: seeded");
      await expect(app.debugger.status).toContainText("Ready at insn 0");
      await app.terminal.type("map dump verdict");
      await expect(app.terminal.screen).toContainText("key: 00 00 00 00  value: 01 00 00 00");
      await expectOnScreen(page, "the terminal", app.terminal.screen);
      await shot(page, "console-map-update");
      await app.terminal.type("run");
      await expect(app.debugger.status).toContainText("Exited: r0 = 1");

      // The seed is the document's: it is there after a reload, and the program still drops
      await page.reload();
      await app.editor.waitReady();
      await expect(app.verdict).toHaveText("verified");
      const again = await app.drawer.open("Maps");
      await expect(again.getByRole("group", { name: "Seeds of verdict" }).locator("tbody tr")).toHaveText(/^0\s*1/);
      await run(1);

      // A stream starts from the same seeds: every event is dropped. Debugging one of its events
      // leaves the seeds the document's.
      await page.getByRole("tab", { name: "Events" }).click();
      const stream = page.getByRole("region", { name: "Stream of events" });
      await stream.getByLabel("Number of events").fill("200");
      await expect(stream.getByText("the maps start with the Maps pane's seed")).toBeVisible();
      await stream.getByRole("button", { name: "Run stream" }).click();
      const verdicts = stream.getByRole("table", { name: "Return values" }).getByRole("row");
      await expect(verdicts).toHaveCount(1, { timeout: 60_000 });
      await expect(verdicts.first()).toContainText(/XDP_DROP\s*200/);
      await stream.getByRole("table", { name: "Stream events" }).getByRole("row").nth(4).click();
      await stream.getByRole("button", { name: "Debug this event" }).click();
      await expect(stream.getByText("The debugger has event 3 with the maps as they were before it")).toBeVisible();
      await run(1);
      const after = await app.drawer.open("Maps");
      await expect(after.getByRole("group", { name: "Seeds of verdict" }).locator("tbody tr")).toHaveText(/^0\s*1/);

      await app.terminal.open();
      await app.terminal.type("map delete verdict key 00000000");
      await expect(app.terminal.screen).toContainText("deleted from the seeds");
      await app.terminal.type("run");
      await expect(app.debugger.status).toContainText("Exited: r0 = 2");
    });
  });
}

test("ring buffer records decoded by the C struct the program reserves them as", async ({ page }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1600, height: 1000 });
  const app = new App(page);
  await app.open("c");
  await new Gallery(page).open("Log execve through a ring buffer");
  await expect(app.verdict).toHaveText("verified", { timeout: 60_000 });
  await app.debugger.click("Run");
  await expect(app.debugger.status).toContainText("Exited: r0 = 0");
  const maps = await app.drawer.open("Maps");
  const records = maps.getByRole("table", { name: "Records of execs" });
  await expect(records.getByRole("columnheader")).toHaveText(["#", "Size", "pid", "comm", "filename"]);
  const row = records.locator("tbody tr").first();
  await expect(row.locator("td")).toHaveText(["0", "84", "2001", '"bash"', '"/usr/bin/curl"']);
  await expect(row.locator("td").nth(2)).toHaveAttribute("title", "__u32: 0x7d1");
  await expect(maps.getByLabel("Decode execs records as")).toHaveValue(/\d+/);
  await expect(maps.getByText("from line 20")).toBeVisible();
  await shot(page, "maps-ringbuf-decoded");
  // integers in hex; then the raw bytes
  await maps.getByLabel("integers in hex").check();
  await expect(row.locator("td").nth(2)).toHaveText("0x7d1");
  await maps.getByLabel("Decode execs records as").selectOption({ label: "bytes (hex)" });
  await expect(records.getByRole("columnheader")).toHaveText(["#", "Size", "Data", "As numbers"]);
  await page.setViewportSize({ width: 1000, height: 700 });
  await maps.getByLabel("Decode execs records as").selectOption({ label: "struct exec_event (84 B), as the program writes it" });
  await expect(row.locator("td")).toHaveText(["0", "84", "0x7d1", `"bash"`, `"/usr/bin/curl"`]);
  await expectOnScreen(page, "the decoded records", records);
  await shot(page, "maps-ringbuf-decoded");

  // a stream's output: each event's record decoded by the same struct
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.getByRole("tab", { name: "Events" }).click();
  const stream = page.getByRole("region", { name: "Stream of events" });
  await stream.getByText("Template (JSON)").click();
  await stream.getByLabel("Template JSON").fill(JSON.stringify({ kernel: { kind: "tracepoint", name: "syscalls/sys_enter_execve", fields: { filename: "/usr/bin/ls" }, process: { comm: "bash" } }, fields: { "process.tgid": { range: [300, 302] } } }));
  await stream.getByLabel("Number of events").fill("5");
  await stream.getByRole("button", { name: "Run stream" }).click();
  const first = stream.getByRole("table", { name: "Stream events" }).getByRole("row").nth(1);
  await expect(first.locator(".stream-out")).toHaveText(/^ringbuf execs: \{ pid = 30[012], comm = "bash", filename = "\/usr\/bin\/ls" \}$/, { timeout: 60_000 });
  await first.scrollIntoViewIfNeeded();
  await shot(page, "stream-ringbuf-decoded");
});

const PERF = `#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct pkt_event { __u32 len; __u16 proto; };

struct {
	__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} events SEC(".maps");

SEC("xdp")
int xdp_perf(struct xdp_md *ctx)
{
	struct pkt_event e = { ctx->data_end - ctx->data, 0x0800 };
	return bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, &e, sizeof(e)) ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
`;

test("perf samples: a session reads the perf event array, and the Maps pane decodes each sample by its struct", async ({ page }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1600, height: 1000 });
  const app = new App(page);
  await app.open("c");
  await app.editor.pasteText(PERF);
  await expect(app.verdict).toHaveText("verified", { timeout: 60_000 });
  await app.debugger.click("Run");
  // XDP_PASS: bpf_perf_event_output returned 0 (a test run without a reader would give -ENOENT)
  await expect(app.debugger.status).toContainText("Exited: r0 = 2");
  const maps = await app.drawer.open("Maps");
  // declared without max_entries: a slot per CPU, as libbpf sizes it
  await expect(maps.getByRole("group", { name: "Map events" }).locator(".map-meta")).toHaveText("perf_event_array · a slot per CPU · 1 record");
  const samples = maps.getByRole("table", { name: "Records of events" });
  await expect(samples.getByRole("columnheader")).toHaveText(["#", "CPU", "Size", "len", "proto"]);
  await expect(samples.locator("tbody tr")).toHaveCount(1);
  await expect(samples.locator("tbody tr").first().locator("td")).toHaveText(["0", "0", "8", "64", "2048"]);
  await expectOnScreen(page, "the decoded perf sample", samples);
  await shot(page, "maps-perf-decoded");
  await page.setViewportSize({ width: 1000, height: 700 });
  await expectOnScreen(page, "the decoded perf sample", samples);
  await shot(page, "maps-perf-decoded");
});
