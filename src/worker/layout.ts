// The CFG layout's WebWorker: one graph at a time, each answered once. dagre takes up to
// seconds on a large graph, so the verdict never waits for it (verify/request.ts sends the
// graph unplaced); when a newer graph comes while this worker is busy, the UI terminates it
// and starts another (workerClient.ts).

import type { FromLayout, ToLayout } from "../protocol/index.ts";
import { PROTOCOL_VERSION } from "../protocol/index.ts";
import { layoutReply } from "./verify/layout.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: FromLayout) => scope.postMessage(reply);

scope.onmessage = (e: MessageEvent<ToLayout>) => {
  const msg = e.data;
  if (msg.v !== PROTOCOL_VERSION) return post({ type: "failure", v: PROTOCOL_VERSION, id: msg.id, message: `protocol version ${String(msg.v)}, expected ${PROTOCOL_VERSION}` });
  try {
    post(layoutReply(msg));
  } catch (err) {
    post({ type: "failure", v: PROTOCOL_VERSION, id: msg.id, message: `the layout failed: ${err instanceof Error ? err.message : String(err)}` });
  }
};
