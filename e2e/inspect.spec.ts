// Journey: see what a program leaves behind: map entries, trace output, the packet.

import { expect, test } from "@playwright/test";
import { App } from "./pages/app.ts";

test("the packet counter's map counts each run", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.loadExample("XDP packet counter (hash map)");
  await expect(app.programType).toHaveValue("xdp");

  await app.debugger.click("Run");
  await expect(app.debugger.status).toContainText("Exited: r0 = 2 (XDP_PASS)");
  await app.debugger.click("Run");
  await expect(app.terminal.screen).toContainText("exited: r0 = 2 (XDP_PASS)");

  const maps = await app.drawer.open("Maps");
  await expect(maps).toContainText("counts");
  const row = maps.locator("tbody tr");
  await expect(row).toHaveCount(1);
  await expect(row.locator("td")).toHaveText(["00 08 00 00", "2048", "02 00 00 00 00 00 00 00", "2"]);

  const memory = await app.drawer.open("Memory");
  await expect(memory).toContainText("02 00 00 00 00 02 02 00");
});

test("bpf_printk lines appear in the terminal as trace_pipe prints them", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.loadExample("Hello from bpf_printk");

  await app.debugger.click("Run");

  // the kprobe runs on its section's starter event, in the session's task (comm bpfplay, pid 4242)
  await expect(app.terminal.screen).toContainText("bpfplay-4242    [000] d..31     1.000000: bpf_trace_printk: Hello, eBPF! #3");
  await expect(app.terminal.screen).toContainText("exited: r0 = 0");
});

test("a packet that is not hex is refused with the reason", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.loadExample("XDP packet counter (hash map)");

  await app.debugger.packet.fill("02 00 zz");
  await expect(app.debugger.packet).toHaveAttribute("aria-invalid", "true");
  await app.debugger.click("Step");

  await expect(app.debugger.status).toContainText("Cannot run: Packet (hex): 'z' at column 7 is not a hex digit");
});
