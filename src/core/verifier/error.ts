// A rejection as the verifier throws it inside the walk: the instruction, a code from the
// registry and the code's parameters; the message (and the kernel's second line, where it
// prints one) is rendered from the code's template.

import type { Diagnostic } from "../diag.ts";
import { rejectionText } from "./codes.ts";
import type { ParamArgs, ParamsOf, VerifierCode } from "./codes.ts";

/** A rejection the verifier reports: a Diagnostic at an instruction, with a registry code and the kernel's second line, if any. */
export type Rejection = Diagnostic & { readonly pc: number; readonly code: VerifierCode; readonly params: Readonly<Record<string, string | number>>; readonly detail?: string };

/** Without a place yet: ALU checks, which do not know the instruction, throw this. */
export class RejectionError<C extends VerifierCode = VerifierCode> extends Error {
  readonly params: ParamsOf<C>;
  /** The kernel's second line, for the rejections that have one. */
  readonly detail?: string;
  constructor(
    readonly code: C,
    ...[params]: ParamArgs<C>
  ) {
    const p = (params ?? {}) as ParamsOf<C>;
    const text = rejectionText(code, p);
    super(text.message);
    this.params = p;
    this.detail = text.detail;
  }
}

export class VerifyError<C extends VerifierCode = VerifierCode> extends RejectionError<C> {
  readonly pc: number;
  constructor(pc: number, code: C, ...params: ParamArgs<C>) {
    super(code, ...params);
    this.pc = pc;
  }

  /** `e`, which had no place, at instruction `pc`. */
  static at(pc: number, e: Rejected): VerifyError {
    return new VerifyError(pc, e.code, e.params as never);
  }
}

/** What any RejectionError has, whatever its code. */
interface Rejected {
  readonly code: VerifierCode;
  readonly message: string;
  readonly params: unknown;
  readonly detail?: string;
}

/** The error as a Diagnostic, at `pc`. */
export function rejection(pc: number, e: Rejected): Rejection {
  const r: Rejection = { code: e.code, severity: "error", message: e.message, pc, params: e.params as Rejection["params"] };
  return e.detail === undefined ? r : { ...r, detail: e.detail };
}

/** A rejection found outside the walk (the checks before and after it), as the verdict reports it. */
export function reject<C extends VerifierCode>(pc: number, code: C, ...params: ParamArgs<C>): Rejection {
  return rejection(pc, new RejectionError<C>(code, ...params));
}
