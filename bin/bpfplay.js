#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so a checkout needs no build step.
import { register } from "tsx/esm/api";
import { fileURLToPath } from "node:url";

register();
// `bpfplay verify x.c | head` closes the pipe early: that is not an error.
process.stdout.on("error", (e) => (e.code === "EPIPE" ? process.exit(process.exitCode ?? 0) : Promise.reject(e)));
const main = await import(fileURLToPath(new URL("../src/cli/main.ts", import.meta.url)));
const io = await import(fileURLToPath(new URL("../src/cli/io.ts", import.meta.url)));
process.exitCode = main.run(process.argv.slice(2), io.nodeIo);
