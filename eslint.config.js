// Lint holds the layer boundaries of ARCHITECTURE.md. Each area lists everything it may not
// import in one place, because a later flat-config block replaces (does not merge) a rule's
// options from an earlier one.

import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

// Every pattern is a regular expression over the import specifier.
const rule = (regex, message) => ({ regex, message });
/** Relative imports that reach into another top-level folder of src, e.g. "../../ui/App.tsx". */
const intoLayer = (name, message) => rule(`^\\.{1,2}/(.*/)?${name}(/|$)`, message);

const MONACO = "only src/ui/monaco/ may import monaco-editor";
const XTERM = "only src/ui/xterm/ may import @xterm/*";
const noMonaco = [rule("^monaco-editor(/|$)", MONACO)];
const noXterm = [rule("^@xterm/", XTERM)];
const noUiPackages = (message) => [rule("^(react|react-dom|zustand)(/|$)", message)];

const restrict = (...patterns) => ["error", { patterns: patterns.flat() }];

const CORE = "src/core runs in Node, the worker and tests: it may not reach the UI, the worker, the protocol or the CLI";
const PROTOCOL = "src/protocol holds message types: it may import only types from src/core";
const WORKER = "src/worker runs off the main thread: no UI, React or Monaco";
const coreBoundary = [...["ui", "worker", "protocol", "cli"].map((l) => intoLayer(l, CORE)), ...noUiPackages(CORE), ...noMonaco, ...noXterm];
const noNode = rule("^(node:|fs$|path$|child_process$|os$)", "src/core also runs in the browser: no Node built-ins");
const ISA = "src/core/isa is the bottom layer: it imports nothing outside isa (ARCHITECTURE.md)";
const VERIFIER = "src/core/verifier may import isa, program, cfg and diag only: facts it shares with the VM live in isa (ARCHITECTURE.md)";
const EVENTS = "src/core/events may import src/core/isa only (ARCHITECTURE.md)";
const VM = "src/core/vm may not import the assembler, the C compiler or the verifier: facts it shares with them live in isa (ARCHITECTURE.md)";
const CLI = "src/cli is the Node front of the core: no UI, worker or protocol";
const E2E = "e2e reaches the app only through the browser";
const PAGE = "the engine (compiler, assembler, verifier, VM, streams) runs in the workers; the page imports its types, and of its code only the light modules listed in eslint.config.js";
/**
 * The page's script may not carry the engine: value imports of these core folders are refused in
 * src/ui, except a few small modules the page needs as they are (the rejection catalogue, register
 * views, breakpoint conditions, the assembler's keywords, the record decoder). Type imports pass.
 */
/** Test code under src/ui: the tests, and the gallery's and the lessons' engine runners that only tests import. */
const PAGE_TESTS = ["src/ui/**/*.test.ts", "src/ui/**/*.test.tsx", "src/ui/examples/gallery/engine.ts", "src/ui/lessons/engineAnswer.ts"];
const noEngine = {
  regex: "^(\\.{1,2}/)+core/(?!(verifier/(codes|view)|vm/condition|asm/keywords|stream/records)\\.ts$)(asm|cc|cfg|elf|stream|verifier|vm)/",
  allowTypeImports: true,
  message: PAGE,
};

export default defineConfig(
  { ignores: ["dist/", "build/", "node_modules/", "test-results/", "playwright-report/", "coverage/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" }],
    },
  },
  {
    ...reactHooks.configs.flat["recommended-latest"],
    files: ["src/ui/**/*.{ts,tsx}", "src/main.tsx"],
  },

  // --- import boundaries -------------------------------------------------------------
  {
    files: ["src/core/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict(coreBoundary, rule("^(node:|fs$|path$|child_process$|os$)", "src/core also runs in the browser: no Node built-ins")),
    },
  },
  {
    // Inside the core, the front ends (cc, elf) build Programs; they do not run or verify them.
    files: ["src/core/cc/**", "src/core/elf/**"],
    ignores: ["**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict(
        coreBoundary,
        rule("^(node:|fs$|path$|child_process$|os$)", "src/core also runs in the browser: no Node built-ins"),
        ...["vm", "verifier", "cfg"].map((l) => intoLayer(l, "src/core/cc and src/core/elf may import isa, program and diag only (ARCHITECTURE.md)")),
      ),
    },
  },
  {
    // isa is the bottom layer: the instruction set, helpers, program types and limits as data.
    files: ["src/core/isa/**"],
    ignores: ["**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict(coreBoundary, noNode, ...["asm", "cc", "cfg", "elf", "verifier", "vm"].map((l) => intoLayer(l, ISA)), rule("^\\.\\./(program|diag)\\.ts$", ISA)),
    },
  },
  {
    // The verifier and the VM share what they know through isa; neither reads the other or the assembler.
    files: ["src/core/verifier/**"],
    ignores: ["**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict(coreBoundary, noNode, ...["vm", "asm", "cc", "elf"].map((l) => intoLayer(l, VERIFIER))),
    },
  },
  {
    files: ["src/core/vm/**"],
    ignores: ["**/*.test.ts", "src/core/vm/test_util.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict(coreBoundary, noNode, ...["asm", "verifier", "cc", "elf"].map((l) => intoLayer(l, VM))),
    },
  },
  {
    files: ["src/core/events/**"],
    ignores: ["**/*.test.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": restrict(coreBoundary, noNode, ...["asm", "cc", "cfg", "elf", "verifier", "vm", "permalink"].map((l) => intoLayer(l, EVENTS)), rule("(^|/)(program|diag)\\.ts$", EVENTS)) },
  },
  {
    files: ["src/core/permalink/**"],
    ignores: ["**/*.test.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": restrict(coreBoundary, noNode, ...["asm", "cc", "cfg", "elf", "events", "verifier", "vm"].map((l) => intoLayer(l, "src/core/permalink may import program only (ARCHITECTURE.md)"))) },
  },
  {
    // Tests beside core code may use Node (files, child processes) to reach references.
    files: ["src/core/**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict(coreBoundary),
    },
  },
  {
    files: ["src/protocol/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict(
        { regex: "^\\.\\./core/", allowTypeImports: true, message: PROTOCOL },
        { regex: "^(?!\\.{1,2}/)", message: PROTOCOL },
        ...["ui", "worker", "cli"].map((l) => intoLayer(l, PROTOCOL)),
      ),
    },
  },
  {
    files: ["src/worker/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict(intoLayer("ui", WORKER), intoLayer("cli", WORKER), ...noUiPackages(WORKER), ...noMonaco, ...noXterm),
    },
  },
  {
    files: ["src/cli/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict(
        ...["ui", "worker", "protocol"].map((l) => intoLayer(l, CLI)),
        ...noUiPackages(CLI),
        ...noMonaco,
        ...noXterm,
      ),
    },
  },
  {
    files: ["src/ui/**", "src/main.tsx"],
    ignores: ["src/ui/monaco/**", "src/ui/xterm/**", ...PAGE_TESTS],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict(intoLayer("cli", "the UI may not import the CLI"), noEngine, ...noMonaco, ...noXterm),
    },
  },
  {
    files: ["src/ui/monaco/**"],
    ignores: PAGE_TESTS,
    rules: { "@typescript-eslint/no-restricted-imports": restrict(intoLayer("cli", "the UI may not import the CLI"), noEngine, ...noXterm) },
  },
  {
    files: ["src/ui/xterm/**"],
    ignores: PAGE_TESTS,
    rules: { "@typescript-eslint/no-restricted-imports": restrict(intoLayer("cli", "the UI may not import the CLI"), noEngine, ...noMonaco) },
  },
  {
    // Tests beside the UI, and the two modules only they import, run the engine to check the page against it.
    files: PAGE_TESTS,
    rules: { "@typescript-eslint/no-restricted-imports": restrict(intoLayer("cli", "the UI may not import the CLI")) },
  },
  {
    files: ["e2e/**"],
    rules: { "@typescript-eslint/no-restricted-imports": restrict(rule("(^|/)src(/|$)", E2E)) },
  },

  // --- one door to the worker ---------------------------------------------------------
  {
    files: ["src/**"],
    ignores: ["src/ui/workerClient.ts", "src/worker/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.property.name='postMessage']", message: "only src/ui/workerClient.ts may call postMessage" },
        { selector: "CallExpression[callee.name='postMessage']", message: "only src/ui/workerClient.ts may call postMessage" },
        { selector: "NewExpression[callee.name=/^(Shared)?Worker$/]", message: "only src/ui/workerClient.ts may start a worker" },
      ],
    },
  },
);
