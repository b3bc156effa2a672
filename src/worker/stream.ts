// The stream worker's entry: streams run here, apart from the engine worker, so a run of a
// million events never makes the debugger or a build wait, and the page stays responsive.

import type { FromStream, ToStream } from "../protocol/index.ts";
import { PROTOCOL_VERSION } from "../protocol/index.ts";
import { StreamWorker } from "./streamJob.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (msg: FromStream, transfer: Transferable[] = []) => scope.postMessage(msg, transfer);

const worker = new StreamWorker({ post, now: () => performance.now(), later: (fn) => setTimeout(fn, 0) });

scope.onmessage = (e: MessageEvent<ToStream>) => {
  const msg = e.data;
  if (msg.v !== PROTOCOL_VERSION) return post({ type: "stream-error", v: PROTOCOL_VERSION, id: msg.id, message: `protocol version ${String(msg.v)}, expected ${PROTOCOL_VERSION}` });
  try {
    worker.handle(msg);
  } catch (err) {
    post({ type: "stream-error", v: PROTOCOL_VERSION, id: msg.id, message: `the stream failed: ${err instanceof Error ? err.message : String(err)}` });
  }
};
