// Journey: a tracepoint program on syscalls/sys_enter_openat. The Events pane shows a kernel event
// form with the tracepoint's fields by name and type (the one the program's section names); the
// user types a filename and a process, runs, and sees the program read the filename through
// bpf_probe_read_user_str (its bpf_printk in the terminal) and the pid through
// bpf_get_current_pid_tgid; the context view names the record's fields. Then a kprobe program:
// the socket typed member by member (JSON one click away), BPF_CORE_READ(sk, __sk_common.skc_dport) reads the port.

import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { App } from "./pages/app.ts";
import { EventsPane } from "./pages/events.ts";

const OPENAT = `#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

struct openat_args {
	unsigned long long unused;
	long syscall_nr;
	long dfd;
	const char *filename;
	long flags;
	long mode;
};

SEC("tracepoint/syscalls/sys_enter_openat")
int trace_openat(struct openat_args *ctx)
{
	char name[64];
	bpf_probe_read_user_str(name, sizeof(name), ctx->filename);
	__u32 pid = bpf_get_current_pid_tgid();
	bpf_printk("pid %u opens %s", pid, name);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
`;

const CONNECT = `#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_endian.h>

SEC("kprobe/tcp_v4_connect")
int BPF_KPROBE(trace_connect, struct sock *sk)
{
	__u16 dport = bpf_ntohs(BPF_CORE_READ(sk, __sk_common.skc_dport));
	bpf_printk("connect to port %u", dport);
	return dport;
}

char LICENSE[] SEC("license") = "GPL";
`;

const SHOTS = "/tmp/shots";

test.beforeEach(async ({ page }) => {
  await page.goto("/");
  await expect(page.locator(".monaco-editor").first()).toBeVisible({ timeout: 60_000 });
});

test("fill a sys_enter_openat event and see the tracepoint program read the filename", async ({ page }) => {
  test.setTimeout(240_000);
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1600, height: 1000 });
  const app = new App(page);
  const ev = new EventsPane(page);
  await app.open("c");
  await app.editor.pasteText(OPENAT);
  await expect(app.programType).toHaveValue("tracepoint");
  await expect(app.verdict).toHaveText("verified", { timeout: 60_000 });

  await ev.open();
  const form = ev.region.getByRole("form", { name: "Kernel event" });
  await expect(form.getByLabel("Tracepoint")).toHaveValue("syscalls/sys_enter_openat");
  await expect(form.getByText("const char *", { exact: true })).toBeVisible();
  const filename = form.locator('input[data-field="fields.filename"]');
  await expect(filename).toHaveValue("/etc/passwd");
  await filename.fill("/home/alice/.ssh/id_ed25519");
  await form.locator('input[data-field="process.pid"]').fill("31337");
  await form.locator('input[data-field="process.comm"]').fill("ssh");

  await app.debugger.click("Run");
  await expect(app.debugger.status).toContainText("Exited: r0 = 0");
  await app.terminal.open();
  await expect(app.terminal.screen).toContainText("ssh-31337");
  await expect(app.terminal.screen).toContainText("pid 31337 opens /home/alice/.ssh/id_ed25519");
  await page.screenshot({ path: `${SHOTS}/kernel-events-terminal-1600x1000.png` });

  // The context by the record's field names; the filename a user-space address.
  await ev.open();
  await expect(ev.contextValue("dfd")).toContainText("0xffffffffffffff9c");
  await expect(ev.contextValue("filename")).toContainText("0x7ffd");
  await form.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/kernel-events-form-1600x1000.png` });

  // A bad process field is marked where it is typed, in the kernel's terms.
  await form.locator('input[data-field="process.pid"]').fill("lots");
  await expect(form.getByRole("alert")).toContainText("'lots' is not a number");

  await page.setViewportSize({ width: 1000, height: 700 });
  await form.locator('input[data-field="process.pid"]').fill("31337");
  await form.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/kernel-events-form-1000x700.png` });

  // execve's argv as one input per string: edit one, add one
  await form.getByLabel("Tracepoint").selectOption("syscalls/sys_enter_execve");
  const argv = form.getByRole("group", { name: /^argv / });
  await expect(argv.getByRole("textbox")).toHaveCount(3);
  await argv.locator('[data-field="fields.argv.1"]').fill("-la");
  await argv.getByRole("button", { name: "Add a string" }).click();
  await argv.locator('[data-field="fields.argv.3"]').fill("/home");
  await expect(argv.getByRole("textbox")).toHaveCount(4);
  await argv.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/kernel-events-argv-1000x700.png` });
  await argv.getByRole("button", { name: "Type argv as JSON" }).click();
  await expect(form.locator('input[data-field="fields.argv"]')).toHaveValue("ls -la /tmp /home");
});

test("a kprobe on tcp_v4_connect reads the port typed into the socket", async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1600, height: 1000 });
  const app = new App(page);
  const ev = new EventsPane(page);
  await app.open("c");
  await app.editor.pasteText(CONNECT);
  await expect(app.programType).toHaveValue("kprobe");
  await expect(app.verdict).toHaveText("verified", { timeout: 60_000 });
  await ev.open();
  const form = ev.region.getByRole("form", { name: "Kernel event" });
  await expect(form.getByLabel("Kernel function")).toHaveValue("tcp_v4_connect");
  // the socket member by member: a port too big for __be16 is marked on its member
  const sk = form.getByRole("group", { name: "sk (struct sock *)" });
  // and an IPv6 address in an AF_INET socket on the address
  const daddr = sk.locator('[data-field="fields.sk.daddr"]');
  await daddr.fill("2001:db8::1");
  await sk.locator('[data-field="fields.sk.dport"]').fill("70000");
  await sk.locator('[data-field="fields.sk.family"]').selectOption("AF_INET");
  await expect(sk.locator(".ke-field.invalid")).toHaveText([/daddr.*'2001:db8::1' is not an IPv4 address/, /dport.*70000 does not fit in 2 bytes/]);
  await sk.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/kernel-events-sock-fields-1600x1000.png` });
  await daddr.fill("1.1.1.1");
  await sk.locator('[data-field="fields.sk.dport"]').fill("8443");
  await expect(sk.locator(".ke-field.invalid")).toHaveCount(0);
  await app.debugger.click("Run");
  await expect(app.debugger.status).toContainText("Exited: r0 = 8443");
  await app.terminal.open();
  await expect(app.terminal.screen).toContainText("connect to port 8443");

  // The form, its memory table and the context bytes open: no serious or critical axe violation.
  await ev.open();
  await form.getByText("Memory and context bytes").click();
  const axe = await new AxeBuilder({ page }).include(".ev-kernel").analyze();
  const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(" ")})`);
  expect(serious).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/kernel-events-kprobe-1600x1000.png` });

  // JSON stays one click away, and back
  await form.getByRole("button", { name: "Type sk as JSON" }).click();
  await expect(form.locator('input[data-field="fields.sk"]')).toHaveValue(/"daddr":"1\.1\.1\.1".*"dport":8443/);
  await form.getByRole("button", { name: "Type sk by fields" }).click();
  await page.setViewportSize({ width: 1000, height: 700 });
  await sk.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/kernel-events-sock-fields-1000x700.png` });
});
