// A rejection as the verifier throws it inside the walk: the instruction, a code from the
// registry and the code's parameters; the message (and the kernel's second line, where it
// prints one) is rendered from the code's template.

import type { Diagnostic } from "../diag.ts";
import { REJECTIONS, rejectionText } from "./codes.ts";
import type { ParamArgs, ParamsOf, VerifierCode } from "./codes.ts";

/** A rejection the verifier reports: a Diagnostic at an instruction, with a registry code. */
export type Rejection = Diagnostic & { readonly pc: number; readonly code: VerifierCode; readonly params: Readonly<Record<string, string | number>> };

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
  constructor(pc: number, code: C, ...params: ParamArgs<C>);
  /** @deprecated the untyped form, while the throw sites move to codes (this session). */
  constructor(pc: number, message: string, code?: string, detail?: string);
  constructor(pc: number, code: string, ...rest: unknown[]) {
    if (code in REJECTIONS) super(code as C, ...(rest as ParamArgs<C>));
    else {
      super(...(["empty"] as unknown as [C, ...ParamArgs<C>]));
      this.message = code;
      (this as { code: string }).code = (rest[0] as string | undefined) ?? "verifier";
      (this as { detail?: string }).detail = rest[1] as string | undefined;
    }
    this.pc = pc;
  }

  /** `e`, which had no place, at instruction `pc`. */
  static at(pc: number, e: RejectionError): VerifyError {
    return new VerifyError(pc, e.code, e.params as never);
  }
}

/** The error as a Diagnostic. */
export function rejection(pc: number, e: RejectionError): Rejection {
  return { code: e.code, severity: "error", message: e.message, pc, params: e.params as Rejection["params"] };
}
