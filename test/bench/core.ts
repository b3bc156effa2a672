// What the benchmark measures of bpfplay: the core, bundled by run.ts as the app ships it.
export { assemble } from "../../src/core/asm/index.ts";
export { bytesToHex, encodeInsns } from "../../src/core/isa/index.ts";
export { progTypeByName } from "../../src/core/isa/progtypes.ts";
export { createMapSet } from "../../src/core/vm/mapset.ts";
export { Run } from "../../src/core/vm/run.ts";
export { Runner } from "../../src/core/vm/runner.ts";
export { execute } from "../../src/core/vm/execute.ts";
export { createWorld } from "../../src/core/vm/world.ts";
export { verify } from "../../src/core/verifier/index.ts";
export { compile } from "../../src/core/cc/index.ts";
export { preprocess } from "../../src/core/cc/preprocess.ts";
export { parse } from "../../src/core/cc/parse.ts";
export { generate } from "../../src/core/cc/codegen/index.ts";
export { clearPreamble, preamble } from "../../src/core/cc/preamble.ts";
export { generatedSource, isTemplateError, parseTemplate, StreamRunner, StreamTally } from "../../src/core/stream/index.ts";
