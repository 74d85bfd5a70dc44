/** "https://host/v1.0///" → "https://host/v1.0" (a loop: a /\/+$/ pattern backtracks on long runs of slashes). */
export function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === "/") end--;
  return url.slice(0, end);
}
