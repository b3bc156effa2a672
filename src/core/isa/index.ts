export * from "./opcode.ts";
export * from "./insn.ts";
export * from "./table.ts";
export * from "./decode.ts";
export * from "./build.ts";
export * from "./helpers.ts";
export * from "./builder.ts";
