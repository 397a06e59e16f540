export function assertTestApiBuilt(outDir: string, root?: string): void;
