/**
 * The module specifiers a built JavaScript file loads: static `import`/`export … from`, side-effect
 * `import "x"`, dynamic `import("x")` and `require("x")`, in minified output as well. Errs on the
 * side of reporting: a string that merely looks like an import is listed too, which makes a check
 * built on it fail loudly rather than pass quietly.
 */
export function moduleSpecifiers(code: string): string[] {
  const patterns = [
    /\bfrom\s*(["'])([^"'\n]+)\1/g,
    /\bimport\s*(["'])([^"'\n]+)\1/g,
    /\bimport\s*\(\s*(["'])([^"'\n]+)\1\s*\)/g,
    /\brequire\s*\(\s*(["'])([^"'\n]+)\1\s*\)/g
  ]
  const found = new Set<string>()
  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern)) found.add(match[2] as string)
  }
  return [...found].sort()
}
