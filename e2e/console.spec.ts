// Journey: drive the debugger from the Terminal's command line, as in gdb, and read maps there.

import { expect, test } from "@playwright/test";
import { App } from "./pages/app.ts";

test("the terminal takes commands: break, run, print, x, map dump, with help and errors", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await app.loadExample("bpf-to-bpf calls");
  await app.terminal.open();

  await app.terminal.type("help");
  await expect(app.terminal.screen).toContainText("map list | map dump <name>");
  await app.terminal.type("stepi");
  await app.terminal.type("stepi");
  await expect(app.registers.unsigned("r2")).toHaveText("4");
  await app.terminal.type("print r2");
  await expect(app.terminal.screen).toContainText("r2 = 4");
  await app.terminal.type("info registers");
  await expect(app.terminal.screen).toContainText("stack fp");
  await app.terminal.type("x/2xg r10-16");
  await expect(app.terminal.screen).toContainText("0x0000000000000000  0x0000000000000000");
  await app.terminal.type("continue");
  await expect(app.debugger.status).toContainText("Exited: r0 = 25");
  await app.terminal.type("map list");
  await expect(app.terminal.screen).toContainText("the program has no maps");
  await app.terminal.type("frobnicate");
  await expect(app.terminal.screen).toContainText("unknown command 'frobnicate'");
});

test("map dump shows a C program's map after a run", async ({ page }) => {
  const app = new App(page);
  await app.open("c");
  await app.terminal.open();
  await app.terminal.type("run");
  await expect(app.debugger.status).toContainText("Exited");
  await app.terminal.type("map dump counts");
  await expect(app.terminal.screen).toContainText("key: 06 00 00 00  value: 01 00 00 00 00 00 00 00");
});
