/** A rejection: the instruction and the kernel's words for it (some errors print a second line). */
export class VerifyError extends Error {
  constructor(
    readonly pc: number,
    message: string,
    readonly code = "verifier",
    readonly detail?: string,
  ) {
    super(message);
  }
}
