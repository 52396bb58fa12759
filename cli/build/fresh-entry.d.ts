export const root: string;
export const distDir: string;
export const MANIFEST: string;
export const INSTALLED: string;
export function freshEntry(outdir?: string): string | null;
