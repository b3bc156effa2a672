// The WebWorker entry: the only place that runs the engine for the UI. Building (compiling C,
// assembling assembly) is a request and its reply; debugging is one long-lived session that
// answers with states, over the Program the build answered with.

import type { DebugRequest, FromWorker, ToWorker } from "../protocol/index.ts";
import { PROTOCOL_VERSION } from "../protocol/index.ts";
import { compile } from "../core/cc/index.ts";
import { buildRequest } from "./build.ts";
import { objectFile } from "./objectFile.ts";
import { DebugSession } from "./debug/session.ts";
import { createTick } from "./debug/tick.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: FromWorker) => scope.postMessage(reply);

const session = new DebugSession({ post, tick: createTick(), now: () => performance.now() });

const isDebug = (msg: ToWorker): msg is DebugRequest => msg.type.startsWith("debug-");

function failure(msg: ToWorker, message: string): FromWorker {
  return isDebug(msg)
    ? { type: "debug-error", v: PROTOCOL_VERSION, id: msg.id, field: "engine", message }
    : { type: "failure", v: PROTOCOL_VERSION, id: msg.id, message };
}

scope.onmessage = (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  if (msg.v !== PROTOCOL_VERSION) return post(failure(msg, `protocol version ${String(msg.v)}, expected ${PROTOCOL_VERSION}`));
  try {
    if (isDebug(msg)) session.handle(msg);
    else if (msg.type === "object") post(objectFile(msg, compile));
    else post(buildRequest(msg, compile));
  } catch (err) {
    post(failure(msg, err instanceof Error ? err.message : String(err)));
  }
};
