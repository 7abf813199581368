/** Types for quiet-build.mjs, so its unit test (TypeScript) can import it. */
export declare function formatSeconds(milliseconds: number): string

export declare function quietBuild(
  command: string,
  args: string[],
  io?: { out?: NodeJS.WritableStream; err?: NodeJS.WritableStream; now?: () => number }
): Promise<number>
