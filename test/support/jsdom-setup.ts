/**
 * Minimal stand-ins for browser APIs that Fluent UI v9 touches and jsdom lacks. Imported first by every
 * task-pane test; each polyfill is installed only when missing, so a newer jsdom wins.
 */
/* global window */
import { configure } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "node:util";

class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

// The core hashes voucher identities (@noble/hashes) and the pane encodes exports with TextEncoder.
if (typeof globalThis.TextEncoder === "undefined") {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}

if (typeof window !== "undefined") {
  if (!("ResizeObserver" in window)) {
    Object.defineProperty(window, "ResizeObserver", { writable: true, configurable: true, value: NoopResizeObserver });
    Object.defineProperty(globalThis, "ResizeObserver", { writable: true, configurable: true, value: NoopResizeObserver });
  }
  if (typeof window.matchMedia !== "function") {
    Object.defineProperty(window, "matchMedia", {
      writable: true,
      configurable: true,
      value: (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }),
    });
  }
  if (typeof window.HTMLElement.prototype.scrollIntoView !== "function") {
    window.HTMLElement.prototype.scrollIntoView = () => undefined;
  }
}

export {};

// findBy/waitFor wait for something the pane will do; a loaded 2-core CI can take longer than the
// library's 1 s default to re-render. A wait that ends early is never a pass, only a slower failure.
configure({ asyncUtilTimeout: 10_000 });
