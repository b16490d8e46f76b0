import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";

/** The tool's name and version from the nearest package.json above this file (src/ and build/ alike). */
export function toolInfo(): { name: string; version: string } {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (manifest.name === "resultatrevision") return { name: manifest.name, version: manifest.version ?? "unknown" };
    }
    if (path.dirname(dir) === dir) return { name: "resultatrevision", version: "unknown" };
  }
}
