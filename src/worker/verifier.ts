// The verifier's WebWorker: one request at a time, each answered once. Verifying can take
// seconds, so it is not the engine worker's job: when newer text arrives while this worker
// is busy, the UI terminates it and starts another (workerClient.ts), and the debugger
// never waits behind a verification.

import type { FromVerifier, ToVerifier } from "../protocol/index.ts";
import { PROTOCOL_VERSION } from "../protocol/index.ts";
import { verifyRequest } from "./verify/request.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: FromVerifier) => scope.postMessage(reply);

scope.onmessage = (e: MessageEvent<ToVerifier>) => {
  const msg = e.data;
  if (msg.v !== PROTOCOL_VERSION) return post({ type: "failure", v: PROTOCOL_VERSION, id: msg.id, message: `protocol version ${String(msg.v)}, expected ${PROTOCOL_VERSION}` });
  try {
    post(verifyRequest(msg));
  } catch (err) {
    post({ type: "failure", v: PROTOCOL_VERSION, id: msg.id, message: `the verifier failed: ${err instanceof Error ? err.message : String(err)}` });
  }
};
