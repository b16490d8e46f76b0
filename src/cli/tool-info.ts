import { readFileSync } from "node:fs";
import * as path from "node:path";

/** The tool's name and version from package.json (src/cli and build/cli are both two levels below it). */
export function toolInfo(): { name: string; version: string } {
  try {
    const manifest = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { name: string; version: string };
    return { name: manifest.name, version: manifest.version };
  } catch {
    return { name: "resultatrevision", version: "unknown" };
  }
}
