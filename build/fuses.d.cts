/** Types of build/fuses.cjs for the TypeScript tests that check it. */
export declare const DOSSIER_FUSES: Readonly<Record<string, boolean>>;
export declare function fuseConfig(platform: string): Record<string | number, unknown>;
export declare function electronBinaryPath(context: { appOutDir: string; electronPlatformName: string; productFilename: string; executableName: string }): string;
