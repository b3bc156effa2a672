import { describe, expect, it } from "vitest";
import { checkSession } from "../../core/permalink/index.ts";
import { showStream, streamBody, useStream } from "./stream.ts";

describe("the stream's settings in a document", () => {
  it("are absent while they are the defaults, and round-trip through the share schema", () => {
    showStream(undefined);
    expect(streamBody()).toEqual({});
    useStream.getState().set({ mode: "list", count: 500, seed: 9, events: [{ kind: "bytes", hex: "00112233445566778899aabbccdd" }] });
    const body = streamBody();
    expect(body).toEqual({ stream: { mode: "list", count: 500, seed: 9, events: [{ kind: "bytes", hex: "00112233445566778899aabbccdd" }] } });
    const checked = checkSession({ language: "asm", dialect: "llvm", text: "r0 = 0\nexit\n", ...body });
    expect(checked.ok && checked.value.stream).toEqual(body.stream);
    showStream(checked.ok ? checked.value.stream : undefined);
    const s = useStream.getState();
    expect([s.mode, s.count, s.seed, s.events.length]).toEqual(["list", 500, 9, 1]);
    showStream(undefined);
    expect(useStream.getState().mode).toBe("generate");
  });
});
