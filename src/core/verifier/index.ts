export { verify, COMPLEXITY_LIMIT, VerifyError } from "./verify.ts";
export type { Verdict, VerifyOptions, VDiagnostic } from "./verify.ts";
export { kernelInsn, frameText, regText } from "./print.ts";
