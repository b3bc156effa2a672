// The recorded tracepoint formats (formats_data.ts) against the running kernel's tracefs: every
// field's declaration, offset, size and signedness, and the common fields of struct trace_entry.
// Without a readable tracefs the test says SKIP, and fails under CI=true (CI runs as root on a
// kernel with tracefs). Re-record with `node src/core/events/kernel/gen_formats.mjs`.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMON_FIELDS, readFormatFile } from "./format.ts";
import { FORMAT_LINES } from "./formats_data.ts";
import { TRACEPOINT_NAMES } from "./formats_names.ts";

const ROOT = process.env.TRACEFS ?? "/sys/kernel/tracing";

function tracefsReadable(): string | undefined {
  try {
    if (!existsSync(`${ROOT}/events`)) return `no ${ROOT}/events (mount -t tracefs nodev ${ROOT}, as root)`;
    readFileSync(`${ROOT}/events/syscalls/sys_enter_openat/format`, "utf8");
    return undefined;
  } catch (e) {
    return `cannot read ${ROOT}: ${(e as Error).message}`;
  }
}

describe("tracepoint formats vs tracefs", () => {
  const why = tracefsReadable();
  it("tracefs is readable (a reference the test needs)", () => {
    if (why && process.env.CI === "true") throw new Error(`tracefs is required under CI: ${why}`);
    if (why) console.log(`SKIP: ${why}`);
  });

  it("the data names every tracepoint of formats_names.ts", () => {
    expect(Object.keys(FORMAT_LINES)).toEqual([...TRACEPOINT_NAMES]);
  });

  it.runIf(!why)("every field of the 98 recorded formats equals the kernel's", () => {
    let fields = 0;
    const differ: string[] = [];
    for (const [name, lines] of Object.entries(FORMAT_LINES)) {
      const real = readFormatFile(readFileSync(`${ROOT}/events/${name}/format`, "utf8"));
      expect(real.slice(0, COMMON_FIELDS.length), `${name}: common fields`).toEqual(COMMON_FIELDS);
      if (JSON.stringify(real.slice(COMMON_FIELDS.length)) !== JSON.stringify(lines)) differ.push(name);
      fields += lines.length;
    }
    expect(differ).toEqual([]);
    expect(Object.keys(FORMAT_LINES).length).toBe(98);
    expect(fields).toBeGreaterThan(300);
  });
});
