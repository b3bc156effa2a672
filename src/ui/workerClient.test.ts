// The client stops a verification that newer text supersedes, and starts a fresh verifier.

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PROTOCOL_VERSION } from "../protocol/index.ts";
import type { VerifyRequest } from "../protocol/index.ts";
import { createWorkerClient } from "./workerClient.ts";

class FakeWorker {
  static all: FakeWorker[] = [];
  readonly posted: unknown[] = [];
  terminated = false;
  onmessage?: (e: { data: unknown }) => void;
  onerror?: (e: unknown) => void;
  constructor(
    readonly url: URL,
    readonly opts: { name: string },
  ) {
    FakeWorker.all.push(this);
  }
  postMessage(m: unknown) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: unknown) {
    this.onmessage?.({ data });
  }
}

const verifiers = () => FakeWorker.all.filter((w) => w.opts.name === "bpfplay-verifier");
const body = (name: string) => ({ program: { insns: [], maps: [], lines: [], symbols: [], name }, dialect: "llvm" as const, progType: "xdp" });

describe("the worker client's verifier", () => {
  beforeEach(() => {
    FakeWorker.all = [];
    vi.stubGlobal("Worker", FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("answers a request with its reply, in a worker of its own that stays for the next", async () => {
    const client = createWorkerClient();
    const p = client.verify(body("exit"));
    const [w] = verifiers();
    const req = w.posted[0] as VerifyRequest;
    expect(req).toMatchObject({ type: "verify", v: PROTOCOL_VERSION, program: { name: "exit" }, progType: "xdp" });
    w.reply({ type: "verified", v: PROTOCOL_VERSION, id: req.id, skipped: "x" });
    await expect(p).resolves.toMatchObject({ type: "verified", skipped: "x" });

    void client.verify(body("r0 = 0\nexit"));
    expect(verifiers()).toHaveLength(1);
    expect(w.terminated).toBe(false);
  });

  it("stops a verification still running when newer text comes, and drops its answer", async () => {
    const client = createWorkerClient();
    const first = client.verify(body("slow"));
    const second = client.verify(body("fast"));
    await expect(first).resolves.toBeUndefined();
    const [old, fresh] = verifiers();
    expect(old.terminated).toBe(true);
    const req = fresh.posted[0] as VerifyRequest;
    expect(req.program.name).toBe("fast");
    old.reply({ type: "verified", v: PROTOCOL_VERSION, id: (old.posted[0] as VerifyRequest).id });
    fresh.reply({ type: "verified", v: PROTOCOL_VERSION, id: req.id, skipped: "done" });
    await expect(second).resolves.toMatchObject({ skipped: "done" });
  });

  it("rejects when the verifier itself fails", async () => {
    const client = createWorkerClient();
    const p = client.verify(body("exit"));
    const [w] = verifiers();
    w.reply({ type: "failure", v: PROTOCOL_VERSION, id: (w.posted[0] as VerifyRequest).id, message: "the verifier failed: boom" });
    await expect(p).rejects.toThrow("boom");
  });
});
