import * as kernelEmitters from "@textlint/kernel/lib/src/task/promise-event-emitter.js";
import { describe, expect, it } from "vitest";
import { keepKernelListenersOnEmitters } from "./kernel-listeners.js";

type Emitter = {
  on(type: string, listener: (...args: unknown[]) => void): void;
  emit(type: string, ...args: unknown[]): void;
  off(type: string, listener: (...args: unknown[]) => void): void;
  removeAllListeners(): void;
  listenerCount(type: string): number;
  listeners(type: string): unknown[];
};

describe("the kernel's emitters", () => {
  it("keep their listeners on themselves with the installed @textlint/kernel (an upgrade that moves the class fails here)", () => {
    expect(keepKernelListenersOnEmitters()).toBe(true);
  });

  it("behave as before: listeners in order, removed one by one or all, counted and listed", () => {
    keepKernelListenersOnEmitters();
    const EventEmitter = kernelEmitters.EventEmitter as unknown as new () => Emitter;
    const a = new EventEmitter();
    const b = new EventEmitter();
    const calls: string[] = [];
    const first = (x: unknown): void => void calls.push(`first ${x}`);
    const second = (x: unknown): void => void calls.push(`second ${x}`);
    a.on("Str", first);
    a.on("Str", second);
    a.on("Str", first); // a listener is added once
    b.on("Str", second);
    a.emit("Str", 1);
    a.emit("Paragraph", 2);
    expect(calls).toEqual(["first 1", "second 1"]);
    expect([a.listenerCount("Str"), a.listenerCount("Paragraph"), b.listenerCount("Str")]).toEqual([2, 0, 1]);
    const listed = a.listeners("Str");
    listed.pop();
    expect(a.listeners("Str")).toEqual([first, second]);
    a.off("Str", first);
    a.emit("Str", 3);
    expect(calls.at(-1)).toBe("second 3");
    a.removeAllListeners();
    expect([a.listenerCount("Str"), b.listenerCount("Str")]).toEqual([0, 1]);
  });
});
