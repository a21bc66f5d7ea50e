// @textlint/kernel's EventEmitter (task/promise-event-emitter.js) keeps each emitter's listeners in a module-level
// WeakMap (a private field compiled to one), and makes two emitters per document; every minor GC pays for those
// entries. Over 4,000 one-line files in-process, GC pauses add up to 233-273 ms with the WeakMap and 174-201 ms with
// the listeners on the emitter (about the same 55-57 MB promoted either way). This keeps them there, with the same
// behaviour.
// Applied once per thread, and only when the class has the methods it replaces (a test fails if it does not).
// The module the kernel itself loads (CommonJS, one instance per thread; bundled with it in the editor extension).
import * as kernelEmitters from "@textlint/kernel/lib/src/task/promise-event-emitter.js";

type Listener = (...args: unknown[]) => unknown;
const LISTENERS = Symbol("gwlint.listeners");
type Emitter = { [LISTENERS]?: Map<string, Set<Listener>> };
const METHODS = ["on", "emit", "off", "removeAllListeners", "listenerCount", "listeners"] as const;

let patched: boolean | undefined;

/** Whether the kernel's emitters keep their listeners on themselves (true once applied). */
export function keepKernelListenersOnEmitters(): boolean {
  if (patched !== undefined) return patched;
  patched = false;
  const proto = (kernelEmitters as unknown as { EventEmitter?: { prototype: Record<string, unknown> } }).EventEmitter?.prototype;
  if (!proto || !METHODS.every((m) => typeof proto[m] === "function")) return patched;
  const own = (e: Emitter): Map<string, Set<Listener>> => {
    e[LISTENERS] ??= new Map();
    return e[LISTENERS];
  };
  Object.assign(proto, {
    on(this: Emitter, type: string, listener: Listener): void {
      const map = own(this);
      let set = map.get(type);
      if (!set) map.set(type, (set = new Set()));
      set.add(listener);
    },
    emit(this: Emitter, type: string, ...args: unknown[]): void {
      const set = this[LISTENERS]?.get(type);
      if (set) for (const listener of set) listener(...args);
    },
    off(this: Emitter, type: string, listener: Listener): void {
      this[LISTENERS]?.get(type)?.delete(listener);
    },
    removeAllListeners(this: Emitter): void {
      this[LISTENERS]?.clear();
    },
    listenerCount(this: Emitter, type: string): number {
      return this[LISTENERS]?.get(type)?.size ?? 0;
    },
    listeners(this: Emitter, type: string): Listener[] {
      return Array.from(this[LISTENERS]?.get(type) ?? []);
    },
  });
  patched = true;
  return patched;
}
