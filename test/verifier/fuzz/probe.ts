// Asks the kernel and bpfplay about programs in the format of test/verifier/programs/*.s, without
// recording anything: for checking a rule against the running kernel before it becomes a test.
//
//   npx tsx test/verifier/fuzz/probe.ts FILE.s ...
import { verify } from "../../../src/core/verifier/index.ts";
import { askKernel, loadCase } from "../cases.ts";

for (const f of process.argv.slice(2)) {
  const c = loadCase(f);
  let k: ReturnType<typeof askKernel>;
  try {
    k = askKernel(c.request);
  } catch (e) {
    console.log(`???? ${c.name}: the kernel gave no verdict: ${(e as Error).message.split("\n")[0]}`);
    continue;
  }
  const v = verify(c.program, { progType: c.progType, logLevel: 0, strictAlign: c.strictAlign });
  const say = (acc: boolean, m: string | null | undefined) => (acc ? "accepted" : `rejected: ${m}`);
  const same = k.accepted === v.accepted && (k.accepted || k.message === v.diagnostics[0]?.message);
  console.log(`${same ? "same " : k.accepted === v.accepted ? "LINE " : v.accepted ? "FA!! " : "FR   "}${c.name}\n  kernel:  ${say(k.accepted, k.message)}\n  bpfplay: ${say(v.accepted, v.diagnostics[0]?.message)}`);
}
