// What the browser surfaces (the add-in and the tab) share: a promise that gives up after a while.

/** `work`'s result, or a rejection naming `what` once `ms` have passed without one. */
export function withTimeout<T>(work: Promise<T>, ms: number, what = "the call"): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
