// Yields to the worker's event loop so that messages waiting there (pause, reset, new
// breakpoints) are handled between two chunks of a long command. A MessageChannel is
// used rather than setTimeout(0), which browsers clamp to 4 ms once calls nest.

export function createTick(): () => Promise<void> {
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(0);
    });
}
