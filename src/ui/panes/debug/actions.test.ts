import { describe, expect, it } from "vitest";
import { actionForKey, DEBUG_ACTIONS, titleOf } from "./actions.ts";
import type { DebugView } from "./actions.ts";

const press = (key: string, mods: { shift?: boolean; ctrl?: boolean } = {}) => ({ key, shiftKey: !!mods.shift, ctrlKey: !!mods.ctrl, metaKey: false, altKey: false });
const idle: DebugView = { running: false, finished: false, history: 3 };
const running: DebugView = { ...idle, running: true };
const id = (a: ReturnType<typeof actionForKey>) => (typeof a === "object" ? a.id : a);

describe("debugger keys", () => {
  it("follows Chrome DevTools: F8 continues or pauses, F10 steps over, F11 steps in, Shift+F11 steps out", () => {
    expect(id(actionForKey(press("F8"), idle))).toBe("continue");
    expect(id(actionForKey(press("F8"), running))).toBe("pause");
    expect(id(actionForKey(press("F10"), idle))).toBe("stepOver");
    expect(id(actionForKey(press("F11"), idle))).toBe("step");
    expect(id(actionForKey(press("F11", { shift: true }), idle))).toBe("stepOut");
    expect(id(actionForKey(press("F10", { shift: true }), idle))).toBe("stepBack");
    expect(id(actionForKey(press("Enter", { ctrl: true }), idle))).toBe("run");
  });

  it("claims its keys even when the command cannot run, and leaves others alone", () => {
    expect(actionForKey(press("F10", { shift: true }), { ...idle, history: 0 })).toBe("ours");
    expect(actionForKey(press("F10"), running)).toBe("ours");
    expect(actionForKey(press("a"), idle)).toBeUndefined();
  });

  it("shows the keys in the buttons' titles", () => {
    const title = (i: string) => titleOf(DEBUG_ACTIONS.find((a) => a.id === i)!);
    expect(title("stepBack")).toMatch(/\(Shift\+F10\)$/);
    expect(titleOf(DEBUG_ACTIONS.find((a) => a.id === "stepBack")!, true)).toBe("Step back to the previous C statement (Shift+F8 continues back to a breakpoint) (Shift+F10)");
    expect(title("stepOut")).toMatch(/\(Shift\+F11\)$/);
  });
});
