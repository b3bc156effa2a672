// The VM's helpers against the helper records the verifier checks calls with (isa/helper_protos.ts):
// whether a helper runs is read from the VM's registry, never written down twice. A prototype the
// verifier accepts with no implementation here must be a known gap, with its reason; a gap that
// gets an implementation must leave the list.
import { describe, expect, it } from "vitest";
import { HELPER_PROTOS, helperAllowed } from "../../isa/helper_protos.ts";
import { helperByName } from "../../isa/helpers.ts";
import { PROG_TYPES } from "../../isa/progtypes.ts";
import type { ProgType } from "../../isa/progtypes.ts";
import { makeContext } from "../context.ts";
import { Memory } from "../memory.ts";
import { HELPERS, helperById } from "./index.ts";
import { NEW_PROTO_GAPS } from "./gaps_new_protos.ts";

/** Only program types whose context the VM cannot build (vm/context.ts) may call it. */
const NO_RUNNABLE_CALLER = "only program types the VM cannot run may call it (sock_ops: BPF_PROG_TEST_RUN cannot run them either)";

const KNOWN_GAPS: Record<string, string> = {
  ...NEW_PROTO_GAPS,
  sock_map_update: NO_RUNNABLE_CALLER,
  sock_hash_update: NO_RUNNABLE_CALLER,
  // a verified program that calls it stops with a helper fault that names it
  fib_lookup:
    "its answer is the host's routing and neighbour tables and forwarding settings, which bpfplay's world does not model; " +
    "the kernel's answer differs from machine to machine, so there is nothing to hold an invented one to",
};

/** Whether the VM builds a context for the program type (given a packet it could take). */
const runnable = (t: ProgType) => typeof makeContext(t, { packet: new Uint8Array(64) }, new Memory()) !== "string";

describe("VM helpers vs the helper records", () => {
  it("implement every helper the verifier accepts, or list it as a known gap", () => {
    const missing = HELPER_PROTOS.filter((p) => !helperById(p.id) && !(p.name in KNOWN_GAPS)).map((p) => p.name);
    expect(missing, "prototypes with no VM implementation and no entry in KNOWN_GAPS").toEqual([]);
  });

  it("list no gap that is implemented, or that names no helper the verifier accepts", () => {
    const stale = Object.keys(KNOWN_GAPS).filter((n) => {
      const id = helperByName(n)?.id;
      return id === undefined || helperById(id) !== undefined || !HELPER_PROTOS.some((p) => p.id === id);
    });
    expect(stale).toEqual([]);
  });

  it("say truly which gaps no runnable program type can reach", () => {
    for (const [name, why] of Object.entries(KNOWN_GAPS)) {
      if (why !== NO_RUNNABLE_CALLER) continue;
      const p = HELPER_PROTOS.find((x) => x.name === name)!;
      const callers = PROG_TYPES.filter((t) => runnable(t) && helperAllowed(p, t.name)).map((t) => t.name);
      expect(callers, name).toEqual([]);
    }
  });

  it("implement only helpers that have a record, once each", () => {
    const names = HELPERS.map((h) => h.name);
    expect(names.filter((n) => !HELPER_PROTOS.some((p) => p.name === n))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });
});
