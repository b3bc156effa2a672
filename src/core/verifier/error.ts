/** A rejection: the instruction and the kernel's words for it. */
export class VerifyError extends Error {
  constructor(
    readonly pc: number,
    message: string,
    readonly code = "verifier",
  ) {
    super(message);
  }
}
