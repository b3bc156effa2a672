export { verify, COMPLEXITY_LIMIT, VerifyError } from "./verify.ts";
export type { Verdict, VerifyOptions } from "./verify.ts";
export type { Rejection } from "./error.ts";
export { REJECTIONS, rejectionText, VERIFIER_CODES } from "./codes.ts";
export type { ParamsOf, VerifierCode } from "./codes.ts";
export { frameView, frameViewText, regViewText, slotViewText } from "./view.ts";
export type { FrameView, RegView, SlotView } from "./view.ts";
export { kernelInsn } from "./print.ts";
