/**
 * Problems found in the content. Every one carries a file position, so a whole run's problems
 * can be reported together as `file:line:col: severity: message [code]`, the format editors and
 * CI log viewers turn into links.
 */
export type Severity = 'error' | 'warning';

export interface SourcePosition {
  line: number;
  column: number;
}

export interface Diagnostic extends SourcePosition {
  file: string;
  severity: Severity;
  /** Stable, machine-readable name of the rule that fired, e.g. `no-title`. */
  code: string;
  message: string;
}

export const START_OF_FILE: SourcePosition = { line: 1, column: 1 };

/** Collects the diagnostics of one file, so extractors need not repeat the file name. */
export class FileDiagnostics {
  readonly items: Diagnostic[] = [];

  constructor(readonly file: string) {}

  error(code: string, message: string, at: SourcePosition | undefined = START_OF_FILE): void {
    this.add('error', code, message, at);
  }

  warning(code: string, message: string, at: SourcePosition | undefined = START_OF_FILE): void {
    this.add('warning', code, message, at);
  }

  get hasErrors(): boolean {
    return this.items.some((item) => item.severity === 'error');
  }

  private add(severity: Severity, code: string, message: string, at: SourcePosition | undefined): void {
    const { line, column } = at ?? START_OF_FILE;
    this.items.push({ file: this.file, line, column, severity, code, message });
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.code}]`;
}

/** Orders diagnostics by file, then position, so a report reads top to bottom. */
export function sortDiagnostics(items: readonly Diagnostic[]): Diagnostic[] {
  return [...items].sort(
    (a, b) => compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.code, b.code),
  );
}

/** Locale-independent string order, so output never depends on the machine's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
