// The kernel event goes into the document and share links as JSON text and comes back the same;
// a saved value that is not an event is dropped, not half-used.
import { describe, expect, it } from "vitest";
import { checkSession } from "../../core/permalink/index.ts";
import type { KernelEvent } from "../../core/events/kernel/index.ts";
import { eventBody, readEvent, showEvent, useKernelEvent } from "./kernelEvent.ts";

const EVENT: KernelEvent = { kind: "tracepoint", name: "syscalls/sys_enter_openat", fields: { filename: "/etc/passwd", dfd: "AT_FDCWD" }, process: { pid: 7, comm: "cat" } };

describe("the kernel event in documents", () => {
  it("round-trips through the document's event field and the session schema", () => {
    useKernelEvent.setState({ event: EVENT });
    const body = eventBody();
    const checked = checkSession({ language: "c", dialect: "llvm", text: "", ...body });
    expect(checked.ok).toBe(true);
    useKernelEvent.setState({ event: undefined });
    showEvent(checked.ok ? checked.value.event : undefined);
    expect(useKernelEvent.getState().event).toEqual(EVENT);
  });

  it("no event, no field; a broken one is dropped", () => {
    useKernelEvent.setState({ event: undefined });
    expect(eventBody()).toEqual({});
    expect(readEvent("{not json")).toBeUndefined();
    expect(readEvent('{"kind": "tracepoint"}')).toBeUndefined();
    expect(readEvent('[{"kind": "kprobe", "name": "a"}, {"kind": "kprobe", "name": "b"}]')).toBeUndefined();
  });
});
