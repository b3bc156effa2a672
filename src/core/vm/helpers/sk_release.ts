import { sockArg } from "./sock.ts";
import { ok } from "./types.ts";
import type { HelperImpl } from "./types.ts";

/** long bpf_sk_release(sock): gives back a looked-up socket; always 0. */
export const skRelease: HelperImpl = {
  name: "sk_release",
  call(rt, _m, label) {
    sockArg(rt, 1, label);
    return ok;
  },
};
