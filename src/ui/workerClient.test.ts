// The client stops a verification that newer text supersedes, and starts a fresh verifier.

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PROTOCOL_VERSION } from "../protocol/index.ts";
import type { LayoutRequest, VerifyRequest } from "../protocol/index.ts";
import { createLayoutClient, createWorkerClient } from "./workerClient.ts";

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

describe("the worker client's CFG layout", () => {
  beforeEach(() => {
    FakeWorker.all = [];
    vi.stubGlobal("Worker", FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  const layouts = () => FakeWorker.all.filter((w) => w.opts.name === "bpfplay-layout");
  const graph = (n: number) => ({ nodes: Array.from({ length: n }, (_, id) => ({ id, width: 120, height: 40 })), edges: [] });

  it("lays a graph out in a worker of its own, not the verifier's", async () => {
    const client = createLayoutClient();
    const p = client.layout(graph(2));
    const [w] = layouts();
    expect(verifiers()).toHaveLength(0);
    const req = w.posted[0] as LayoutRequest;
    expect(req).toMatchObject({ type: "layout", v: PROTOCOL_VERSION, nodes: graph(2).nodes });
    w.reply({ type: "laid", v: PROTOCOL_VERSION, id: req.id, ms: 1, layout: { nodes: [], edges: [], width: 10, height: 10 } });
    await expect(p).resolves.toMatchObject({ type: "laid", layout: { width: 10 } });
  });

  it("stops a layout still running when a newer graph comes, or when it is cancelled", async () => {
    const client = createLayoutClient();
    const first = client.layout(graph(300));
    const second = client.layout(graph(3));
    await expect(first).resolves.toBeUndefined();
    const [old, fresh] = layouts();
    expect(old.terminated).toBe(true);
    expect((fresh.posted[0] as LayoutRequest).nodes).toHaveLength(3);
    client.cancel();
    await expect(second).resolves.toBeUndefined();
    expect(fresh.terminated).toBe(true);
    // a finished layout leaves its worker for the next
    const third = client.layout(graph(1));
    const w = layouts()[2];
    w.reply({ type: "laid", v: PROTOCOL_VERSION, id: (w.posted[0] as LayoutRequest).id, ms: 1, unlaid: "x" });
    await expect(third).resolves.toMatchObject({ unlaid: "x" });
    client.cancel();
    expect(w.terminated).toBe(false);
  });
});
