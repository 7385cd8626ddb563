import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { AUDIT_FAMILIES, AUDIT_WORDS, auditWords } from "./words.js";

const root = resolve(import.meta.dirname, "../../../..");
const sourceDirs = ["packages/core/src", "packages/api/src"].map((dir) => join(root, dir));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    const isSource = /\.ts$/.test(entry.name) && !/\.test\.ts$|testing\.ts$/.test(entry.name);
    return isSource ? [path] : [];
  });
}

const files = sourceDirs.flatMap(sourceFiles);
const actions = Object.keys(AUDIT_WORDS);

/**
 * Every string the type checker places where an audit action goes (`Audit.record`, `byStaff`,
 * `byStaffOnce`, and the helpers that pass an `Audit.Action` on), with where it is. Reading the
 * contextual type finds them however they are written: an argument, an object's `action`, either
 * side of a `? :`.
 */
function actionsWritten(): { action: string; where: string }[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    types: [],
  };
  // Only the project's own files are read: an action's type is Chorus's, and leaving the AWS
  // SDK's and other packages' types out (they read as `any`) makes this seconds, not a minute.
  const host = ts.createCompilerHost(options);
  host.resolveModuleNames = (names, containing) =>
    names.map((name) =>
      name.startsWith(".")
        ? ts.resolveModuleName(name, containing, options, host).resolvedModule
        : undefined,
    );
  const program = ts.createProgram(files, options, host);
  const checker = program.getTypeChecker();
  const isActionType = (type: ts.Type | undefined) => {
    if (!type?.isUnion()) return false;
    const members = new Set(type.types.map((member) => (member as ts.StringLiteralType).value));
    return actions.every((action) => members.has(action));
  };
  const found: { action: string; where: string }[] = [];
  for (const file of program.getSourceFiles()) {
    if (!files.includes(resolve(file.fileName))) continue;
    const visit = (node: ts.Node) => {
      if (ts.isStringLiteralLike(node) && isActionType(checker.getContextualType(node))) {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart());
        found.push({ action: node.text, where: `${relative(root, file.fileName)}:${line + 1}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

describe("plain words for the audit log", () => {
  it("has words for every action the code writes", () => {
    const written = actionsWritten();
    // The scan itself works: it finds the actions written the ordinary way and the unusual ones.
    expect(written.map((w) => w.action)).toEqual(
      expect.arrayContaining(["auth.sign_in", "quote.approved", "alert.closed", "invites.created"]),
    );
    const missing = written.filter((w) => !(w.action in AUDIT_WORDS));
    expect(missing, "add these to packages/core/src/audit/words.ts").toEqual([]);
    // The type checker reads the whole core and API: seconds, more on a busy machine.
  }, 120_000);

  it("has no words for an action nothing writes", () => {
    const text = files
      .filter((file) => !file.endsWith(join("audit", "words.ts")))
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    const unused = actions.filter((action) => !text.includes(`"${action}"`));
    expect(unused).toEqual([]);
  });

  it("says each one as a short label and a whole sentence, without the code's own names", () => {
    for (const [action, words] of Object.entries(AUDIT_WORDS)) {
      expect(words.label, action).toMatch(/^[A-Z][^.]{2,40}$/);
      expect(words.means, action).toMatch(/^[A-Z].{10,200}\.$/);
      // No dotted action names, snake_case or ids in what people read.
      expect(`${words.label} ${words.means}`, action).not.toMatch(/\b[a-z]+[._][a-z]+\b/);
    }
  });

  it("offers every action in the log's filter", () => {
    for (const action of actions) {
      expect(
        AUDIT_FAMILIES.some((family) => action.startsWith(family.prefix)),
        action,
      ).toBe(true);
    }
  });

  it("names an action from an older version by itself rather than showing nothing", () => {
    expect(auditWords("report.printed").label).toBe("report.printed");
    expect(auditWords("auth.sign_in").label).toBe("Signed in");
  });
});
