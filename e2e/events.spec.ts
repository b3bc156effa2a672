// Journey: build a TCP SYN to port 80 in the Events pane, run an XDP program that drops it and
// see XDP_DROP with the packet dissected; change the port, run again and see XDP_PASS, with
// the byte the program changed (the TTL) marked. Along the way: hover a field to light its
// bytes and a byte to name its field, a bad field and bad hex marked where they are typed,
// hand-typed hex followed by the fields, the context by field name; axe on the pane.

import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { App } from "./pages/app.ts";
import { EventsPane } from "./pages/events.ts";

const PROGRAM = `#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/in.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct ports {
	__be16 source;
	__be16 dest;
};

SEC("xdp")
int drop_http(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > data_end)
		return XDP_PASS;
	if (eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	struct iphdr *ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > data_end)
		return XDP_PASS;
	if (ip->protocol != IPPROTO_TCP)
		return XDP_PASS;
	struct ports *tcp = (void *)ip + ip->ihl * 4;
	if ((void *)(tcp + 1) > data_end)
		return XDP_PASS;
	if (tcp->dest == bpf_htons(80))
		return XDP_DROP;
	ip->ttl -= 1;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
`;

const SHOTS = "/tmp/shots";

// On a busy machine the editor's first load can take longer than App.open waits; a first visit
// fills the browser's cache so the journey itself starts at once.
test.beforeEach(async ({ page }) => {
  await page.goto("/");
  await expect(page.locator(".monaco-editor").first()).toBeVisible({ timeout: 60_000 });
});

test("build a TCP SYN, drop it with XDP, change the port and pass it", async ({ page }) => {
  test.setTimeout(240_000);
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1600, height: 1000 });
  const app = new App(page);
  const ev = new EventsPane(page);
  await app.open("c");
  await app.editor.pasteText(PROGRAM);
  await expect(app.programType).toHaveValue("xdp");
  await expect(app.verdict).toHaveText("verified");

  await ev.open();
  await ev.preset.selectOption({ label: "TCP SYN to port 80, with Linux's SYN options" });
  await expect(ev.field("TCP destination port")).toHaveValue("80");
  await expect(ev.field("TCP flags")).toHaveValue("S");
  // The debugger bar's field holds the same bytes: 14 + 20 + 40 (TCP with its options).
  await expect(app.debugger.packet).toHaveValue(await ev.hex.inputValue());
  await expect(ev.region.getByText("74 bytes", { exact: true }).first()).toBeVisible();
  // Protocols start closed, one line each, as in Wireshark; opened, their fields.
  await expect(ev.line(ev.input, /^Transmission Control Protocol, Src Port: 43210, Dst Port: 80,/)).toBeVisible();
  await ev.line(ev.input, /^Internet Protocol Version 4/).click();
  await ev.line(ev.input, /^Transmission Control Protocol/).click();
  await expect(ev.line(ev.input, "Destination Port: 80")).toBeVisible();
  await expect(ev.line(ev.input, /^Checksum: 0x[0-9a-f]{4} \[correct\]/)).toBeVisible();

  // Pointing at a field lights its bytes; pointing at a byte names its field.
  await ev.line(ev.input, "Time to Live: 64").hover();
  await expect(ev.input.locator(".hb.lit")).toHaveCount(1);
  await expect(ev.byte(ev.input, 22)).toHaveClass(/lit/);
  await ev.byte(ev.input, 37).hover();
  await expect(ev.input.locator(".byte-field")).toContainText("byte 37 (0x25): Transmission Control Protocol › Destination Port: 80");
  await expect(ev.line(ev.input, "Destination Port: 80")).toHaveClass(/lit/);

  // Run: the program drops TCP to port 80.
  await app.debugger.click("Run");
  await expect(app.debugger.status).toContainText("Exited: r0 = 1 (XDP_DROP)");
  await expect(ev.verdict).toHaveText("XDP_DROP");
  await expect(ev.region.getByText("the packet is dropped")).toBeVisible();
  await expect(ev.line(ev.after, /^Transmission Control Protocol, Src Port: 43210, Dst Port: 80,/)).toBeVisible();
  // The context by field name, pointers as places.
  await expect(ev.contextValue("data")).toHaveText("packet + 0");
  await expect(ev.contextValue("data_end")).toHaveText("packet + 74");
  await expect(ev.contextValue("ingress_ifindex")).toHaveText("1");
  await ev.verdict.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/events-drop-1600x1000.png` });

  // A bad port is marked where it is typed and keeps what was typed; the bytes stay as they were.
  const before = await ev.hex.inputValue();
  await ev.field("TCP destination port").fill("80a");
  await expect(ev.region.getByText("'80a' is not a port number")).toBeVisible();
  await expect(ev.field("TCP destination port")).toHaveValue("80a");
  await expect(ev.field("TCP destination port")).toHaveAttribute("aria-invalid", "true");
  await expect(ev.hex).toHaveValue(before);

  // A good port rebuilds the bytes, checksum included.
  await ev.field("TCP destination port").fill("8080");
  await expect(ev.line(ev.input, "Destination Port: 8080")).toBeVisible();
  await expect(ev.hex).not.toHaveValue(before);
  await expect(ev.input.locator(".field-row", { hasText: "[correct]" })).toHaveCount(2);
  await expect(ev.preset.locator("option:checked")).toHaveText("(edited)");

  await app.debugger.click("Run");
  await expect(app.debugger.status).toContainText("Exited: r0 = 2 (XDP_PASS)");
  await expect(ev.verdict).toHaveText("XDP_PASS");
  await expect(ev.region.getByText("the packet goes on")).toBeVisible();
  // The program decremented the TTL: that byte is marked changed, in the tree and the dump.
  await expect(ev.line(ev.after, "Time to Live: 63")).toHaveClass(/changed/);
  await expect(ev.byte(ev.after, 22)).toHaveClass(/changed/);
  await expect(ev.after.locator(".hb.changed")).toHaveCount(1);
  await expect(ev.line(ev.after, /^Header Checksum: .*incorrect/)).toBeVisible();
  await ev.line(ev.after, "Time to Live: 63").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/events-pass-1600x1000.png` });

  // Hex typed by hand: the dissection and the fields follow the bytes.
  const hex = await ev.hex.inputValue();
  await ev.hex.fill(hex.replace(/^((?:[0-9a-f]{2} ){36})1f 90/, "$100 35"));
  await expect(ev.line(ev.input, "Destination Port: 53")).toBeVisible();
  await expect(ev.field("TCP destination port")).toHaveValue("53");
  await expect(ev.region.getByText(/typed by hand and differ from what the fields build/)).toBeVisible();
  // Bad hex is marked with its place, and nothing typed is lost.
  await ev.hex.fill(hex + " zz");
  await expect(ev.region.getByText(/'z' at column \d+ is not a hex digit/)).toBeVisible();
  await expect(ev.hex).toHaveValue(hex + " zz");
  await expect(ev.field("TCP destination port")).toHaveValue("53");
  await ev.preset.selectOption({ label: "DNS query for example.com (A) over UDP" });
  await expect(ev.line(ev.input, "Domain Name System (query)")).toBeVisible();
  await expect(ev.field("UDP destination port")).toHaveValue("53");

  await page.setViewportSize({ width: 1000, height: 700 });
  await ev.region.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/events-1000x700.png` });

  const axe = await new AxeBuilder({ page }).include(".pane-events").analyze();
  const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(" ")})`);
  expect(serious).toEqual([]);
});

test("a tracing program's context by field name, no packet", async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const app = new App(page);
  const ev = new EventsPane(page);
  await app.open("c");
  await app.loadExample("kprobe with BPF_KPROBE and bpf_printk");
  await ev.open();
  await expect(ev.preset).toHaveCount(0);
  await expect(ev.context).toHaveAccessibleName("Context: struct pt_regs");
  await expect(ev.context.getByRole("row").filter({ hasText: "1st argument (PT_REGS_PARM1)" })).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/events-kprobe-1600x1000.png` });
});

const MARKER = `#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int mark_dst(struct xdp_md *ctx)
{
	unsigned char *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	if ((void *)(data + 14) > data_end)
		return XDP_PASS;
	data[0] = 0x42;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
`;
const RETURN_LINE = 12;

test("stepping: the packet as it is now, with the byte the program wrote marked", async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1600, height: 1000 });
  const app = new App(page);
  const ev = new EventsPane(page);
  await app.open("c");
  await app.editor.pasteText(MARKER);
  await expect(app.verdict).toHaveText("verified");
  await ev.open();
  await app.debugger.click("Step");
  await expect(ev.after.locator(".hb.changed")).toHaveCount(0);
  for (let k = 0; k < 8 && (await app.editor.currentLine()) !== RETURN_LINE; k++) {
    const before = await app.editor.currentLine();
    await app.debugger.click("Step");
    await expect.poll(() => app.editor.currentLine()).not.toBe(before);
  }
  expect(await app.editor.currentLine()).toBe(RETURN_LINE);
  await expect(ev.region.getByRole("region", { name: "Packet now" })).toBeVisible();
  await expect(ev.byte(ev.after, 0)).toHaveClass(/changed/);
  await expect(ev.byte(ev.after, 0)).toHaveText("42");
  await expect(ev.line(ev.after, "Destination: 42:00:00:00:00:02")).toHaveClass(/changed/);
  await ev.byte(ev.after, 0).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/events-step-1600x1000.png` });
});
