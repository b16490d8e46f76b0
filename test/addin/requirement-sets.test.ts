import { promises as fs, readdirSync } from "node:fs";
import * as path from "node:path";
import ts from "typescript";

const ROOT = path.join(__dirname, "..", "..");
const OFFICE_TYPES = new Set([require.resolve("@types/office-js/index.d.ts"), require.resolve("@types/custom-functions-runtime/index.d.ts")]);

/** The Office.js code of the add-in: the Excel adapter, the task pane and the custom functions. */
const SOURCES = ["src/excel", "src/taskpane", "src/functions"].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir)).filter((file) => file.endsWith(".ts")).map((file) => path.join(ROOT, dir, file)),
);

interface Use {
  readonly member: string;
  readonly set: string;
  readonly version: string;
  readonly where: string;
}

/** "1.10" > "1.9": compares minor versions as numbers. */
function compareVersions(a: string, b: string): number {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am! - bm! || an! - bn!;
}

/** The `[Api set: ExcelApi 1.7]` tags of a declaration's documentation in @types/office-js. */
function apiSetsOf(declaration: ts.Node): { set: string; version: string }[] {
  const text = declaration.getSourceFile().getFullText().slice(declaration.getFullStart(), declaration.getStart());
  return [...text.matchAll(/\[\s*Api set:\s*([A-Za-z]+)\s+(\d+\.\d+)/g)].map((match) => ({ set: match[1]!, version: match[2]! }));
}

/** A guard's version: `if (supportsExcelApi("1.8"))` or `isSetSupported("ExcelApi", "1.8")` around the use. */
function guardOf(node: ts.Node): string | undefined {
  for (let current: ts.Node | undefined = node; current; current = current.parent) {
    const parent: ts.Node | undefined = current.parent;
    if (parent && ts.isIfStatement(parent) && parent.thenStatement === current) {
      const match = /(?:supportsExcelApi\(\s*"|isSetSupported\(\s*"ExcelApi"\s*,\s*")(\d+\.\d+)"/.exec(parent.expression.getText());
      if (match) return match[1];
    }
  }
  return undefined;
}

/**
 * Every Office.js member the add-in's code touches, resolved by the TypeScript checker to its
 * declaration in @types/office-js (or @types/custom-functions-runtime), with the API set its documentation names. Members used only
 * under a requirement-set guard of at least their version are left out: they need no manifest entry.
 */
function officeUses(): Use[] {
  const program = ts.createProgram(SOURCES, { ...ts.getDefaultCompilerOptions(), strict: true, types: ["office-js", "custom-functions-runtime"], lib: ["lib.es2022.d.ts", "lib.dom.d.ts"], skipLibCheck: true, noEmit: true });
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  for (const file of SOURCES) {
    const source = program.getSourceFile(file)!;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node) || ts.isIdentifier(node)) {
        const target = ts.isPropertyAccessExpression(node) ? node.name : node;
        let symbol = checker.getSymbolAtLocation(target);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        for (const declaration of symbol?.declarations ?? []) {
          if (!OFFICE_TYPES.has(path.resolve(declaration.getSourceFile().fileName))) continue;
          const guard = guardOf(node);
          for (const { set, version } of apiSetsOf(declaration)) {
            if (set === "ExcelApi" && guard && compareVersions(guard, version) >= 0) continue;
            uses.push({ member: `${checker.getFullyQualifiedName(symbol!)}`, set, version, where: `${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}` });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** The highest version of each API set among the uses. */
function neededSets(uses: readonly Use[]): Map<string, Use> {
  const needed = new Map<string, Use>();
  for (const use of uses) {
    const known = needed.get(use.set);
    if (!known || compareVersions(use.version, known.version) > 0) needed.set(use.set, use);
  }
  return needed;
}

/** `<Set Name="ExcelApi" MinVersion="1.7" />` entries of the manifest's top-level Requirements. */
function declaredSets(manifest: string): Map<string, string> {
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(manifest)?.[1] ?? "";
  const defaultVersion = /DefaultMinVersion="([\d.]+)"/.exec(requirements)?.[1] ?? "1.1";
  return new Map([...requirements.matchAll(/<Set Name="([^"]+)"(?: MinVersion="([\d.]+)")?/g)].map((match) => [match[1]!, match[2] ?? defaultVersion]));
}

describe("the manifest's requirement sets", () => {
  const uses = officeUses();
  const needed = neededSets(uses);

  it("finds the Office.js members the add-in uses, with their API sets from @types/office-js", () => {
    const members = new Set(uses.map((use) => use.member));
    // Spot checks that the derivation sees through variables and helper functions.
    expect(members).toContain("Excel.Worksheet.getRangeByIndexes");
    expect(members).toContain("Excel.Application.suspendApiCalculationUntilNextSync");
    expect(uses.find((use) => use.member === "Excel.Worksheet.getRangeByIndexes")).toMatchObject({ set: "ExcelApi", version: "1.7" });
    expect(needed.get("ExcelApi")!.version).toMatch(/^1\.\d+$/);
  });

  it("declares at least every set the code needs without a guard", async () => {
    const declared = declaredSets(await fs.readFile(path.join(ROOT, "manifest.xml"), "utf8"));
    const missing = [...needed.values()]
      .filter((use) => use.set === "ExcelApi" || use.set === "CustomFunctionsRuntime")
      .filter((use) => !declared.has(use.set) || compareVersions(declared.get(use.set)!, use.version) < 0)
      .map((use) => `${use.set} ${use.version} (${use.member} at ${use.where})`);
    expect(missing).toEqual([]);
    // And no more than needed: a higher minimum would shut out hosts for nothing.
    expect(declared.get("ExcelApi")).toBe(needed.get("ExcelApi")!.version);
    console.log(`ExcelApi needed: ${needed.get("ExcelApi")!.version}, for ${needed.get("ExcelApi")!.member} at ${needed.get("ExcelApi")!.where}`);
  });

  it("fails when the manifest declares less (the check can fail)", () => {
    const lower = `<Requirements><Sets DefaultMinVersion="1.1"><Set Name="ExcelApi" MinVersion="1.1" /></Sets></Requirements>`;
    expect(compareVersions(declaredSets(lower).get("ExcelApi")!, needed.get("ExcelApi")!.version)).toBeLessThan(0);
  });

  it("declares the custom-functions runtime whose error codes carry messages, and the shared runtime", async () => {
    const declared = declaredSets(await fs.readFile(path.join(ROOT, "manifest.xml"), "utf8"));
    expect(declared.get("CustomFunctionsRuntime")).toBe(needed.get("CustomFunctionsRuntime")!.version);
    expect(declared.get("CustomFunctionsRuntime")).toBe("1.3");
    expect(declared.get("SharedRuntime")).toBe("1.1");
  });
});
