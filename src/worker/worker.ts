// The WebWorker entry: the only place that runs the engine for the UI. It never holds the
// user's text beyond one request; it only reports.

import type { FromWorker, ToWorker } from "../protocol/index.ts";
import { PROTOCOL_VERSION } from "../protocol/index.ts";
import { assembleRequest } from "./assemble.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;

function handle(msg: ToWorker): FromWorker {
  if (msg.v !== PROTOCOL_VERSION) {
    return { type: "failure", v: PROTOCOL_VERSION, id: msg.id, message: `protocol version ${String(msg.v)}, expected ${PROTOCOL_VERSION}` };
  }
  switch (msg.type) {
    case "assemble":
      return assembleRequest(msg);
  }
}

scope.onmessage = (e: MessageEvent<ToWorker>) => {
  let reply: FromWorker;
  try {
    reply = handle(e.data);
  } catch (err) {
    reply = { type: "failure", v: PROTOCOL_VERSION, id: e.data.id, message: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(reply);
};
