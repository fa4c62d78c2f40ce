// Type-checks the generated assertion file with the TypeScript compiler API, without writing it anywhere: the
// compiler host serves the file from memory and everything else (the SDK's .d.ts, generated/types.ts) from disk.

import ts from 'typescript';

/** A checked program around one in-memory file. */
export interface ModelProgram {
  readonly checker: ts.TypeChecker;
  readonly file: ts.SourceFile;
  /** Errors inside the in-memory file (failed assertions, or imports that do not resolve). */
  readonly diagnostics: readonly ts.Diagnostic[];
}

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  skipLibCheck: true,
  types: [],
  lib: ['lib.es2022.d.ts'],
};

/** Compiles `text` as if it were the file `fileName`. */
export function modelProgram(fileName: string, text: string): ModelProgram {
  const host = ts.createCompilerHost(OPTIONS, true);
  const original = { getSourceFile: host.getSourceFile.bind(host), fileExists: host.fileExists.bind(host), readFile: host.readFile.bind(host) };
  host.getSourceFile = (name, language, onError, create) =>
    name === fileName ? ts.createSourceFile(name, text, language, true) : original.getSourceFile(name, language, onError, create);
  host.fileExists = (name) => name === fileName || original.fileExists(name);
  host.readFile = (name) => (name === fileName ? text : original.readFile(name));
  const program = ts.createProgram({ rootNames: [fileName], options: OPTIONS, host });
  const file = program.getSourceFile(fileName);
  if (file === undefined) throw new Error(`the compiler did not load ${fileName}`);
  const diagnostics = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
  return { checker: program.getTypeChecker(), file, diagnostics };
}

/** 1-based line of a diagnostic in its file (0 when it has no position). */
export function diagnosticLine(d: ts.Diagnostic): number {
  return d.file !== undefined && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
}

/** The diagnostic's message, its chain joined, trimmed to `maxLines` lines. */
export function diagnosticText(d: ts.Diagnostic, maxLines = 8): string {
  return ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n').slice(0, maxLines).map((l) => l.trim()).join(' / ');
}

/** The type of the `declare const <name>` in `file`, or undefined when there is none. */
export function declaredConstType(checker: ts.TypeChecker, file: ts.SourceFile, name: string): ts.Type | undefined {
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const decl of statement.declarationList.declarations) {
      if (ts.isIdentifier(decl.name) && decl.name.text === name) return checker.getTypeAtLocation(decl.name);
    }
  }
  return undefined;
}
