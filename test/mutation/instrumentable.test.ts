import { promises as fs } from "node:fs";
import * as path from "node:path";
import ts from "typescript";

// `npm run mutate` (issue 14) instruments every file of src/domain and the cell readers with
// StrykerJS's Babel instrumenter, which refuses a whole run on one construct TypeScript accepts:
// `counts[key]!++` ("Property argument of UpdateExpression expected node to be of a type
// ["Identifier","MemberExpression"] but instead got "TSNonNullExpression""). It reached main once
// through a counting sort and stopped the mutation run at its first second; this finds it in
// `npm test` instead.

const ROOTS = ["src/domain", "src/workbook"];

async function typeScriptFiles(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? typeScriptFiles(full) : Promise.resolve(entry.name.endsWith(".ts") ? [full] : []);
  }));
  return nested.flat();
}

/** Where `x!++`, `x!--`, `++x!` or `--x!` stands in a source text, as `line:column`. */
function nonNullUpdates(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isPostfixUnaryExpression(node) || ts.isPrefixUnaryExpression(node)) &&
      (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken) &&
      ts.isNonNullExpression(skipParentheses(node.operand))) {
      const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push(`${line + 1}:${character + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function skipParentheses(node: ts.Expression): ts.Expression {
  return ts.isParenthesizedExpression(node) ? skipParentheses(node.expression) : node;
}

describe("the files in the mutation run's scope can be instrumented by StrykerJS", () => {
  it("finds the construct it looks for, in each of its forms", () => {
    expect(nonNullUpdates("a.ts", "counts[k]!++;\nx = 1;\n--(total!);\nlet y = n! + 1;\ni++;")).toEqual(["1:1", "3:1"]);
  });

  it("holds no `x!++` in src/domain or src/workbook", async () => {
    const files = (await Promise.all(ROOTS.map(typeScriptFiles))).flat();
    expect(files.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const file of files) for (const place of nonNullUpdates(file, await fs.readFile(file, "utf8"))) found.push(`${file}:${place}`);
    expect(found).toEqual([]);
  });
});
