/**
 * `npm run bench:parsers`: the streaming XML parsers in the npm registry that could read a
 * worksheet part, side by side (issue 8). The reader needs one that is strict (XML that is not
 * well-formed is refused, never guessed at) and expands no DTD or entity; speed comes second.
 *
 * 1. Strictness: each parser is given documents that break one rule of XML 1.0 each (a
 *    mismatched or unclosed tag, an unquoted or repeated attribute, a raw `<` or `&`, an unknown
 *    entity, a DOCTYPE, text outside the root, two roots); it is strict when it refuses them all.
 * 2. Speed: CPU time to parse the largest part of the bench's 100,000-job workbook (the
 *    Anställningar sheet) in 64 KB slices, names, attributes and text handed to callbacks, best
 *    of three runs taken in turns in one process; saxes, the reader's parser, is the baseline.
 *
 * Prints a Markdown table for docs/READER.md. Times are for people, never asserted in tests.
 */
import { exampleSheets } from "../src/workbook/example-workbook";
import { InflatedBytes, inflateWholePart } from "../src/xlsx/inflate-part";
import { READ_LIMITS } from "../src/xlsx/read-limits";
import { reproducibleXlsxBytes, workbookOf } from "../src/xlsx/xlsx-bytes";
import { zipDirectory } from "../src/xlsx/zip-directory";

/** What each parser hands over, counted so no work can be skipped. */
interface Tally {
  elements: number;
  attributes: number;
  text: number;
}

/** Parses a document given in slices; throws (or rejects) when the parser reports an error. */
type Parse = (slices: readonly string[], tally: Tally) => void | Promise<void>;

/* eslint-disable @typescript-eslint/no-require-imports */
const CANDIDATES: Record<string, { label: string; parse: Parse }> = {
  saxes: {
    label: "saxes 6.0.0 (the reader's), a DOCTYPE refused in its handler as the reader does",
    parse: (slices, tally) => {
      const { SaxesParser } = require("saxes") as typeof import("saxes");
      const parser = new SaxesParser({ xmlns: false, position: false });
      parser.on("doctype", () => {
        throw new Error("DOCTYPE");
      });
      parser.on("opentag", (node) => {
        tally.elements++;
        for (const name in node.attributes) tally.attributes += name.length;
      });
      parser.on("text", (text) => (tally.text += text.length));
      for (const slice of slices) parser.write(slice);
      parser.close();
    },
  },
  sax: {
    label: "sax 1.6.1 in strict mode, a DOCTYPE refused in its handler",
    parse: (slices, tally) => {
      const sax = require("sax") as { parser(strict: boolean): SaxParser };
      const parser = sax.parser(true);
      parser.onerror = (error) => {
        throw error;
      };
      parser.ondoctype = () => {
        throw new Error("DOCTYPE");
      };
      parser.onopentag = (node) => {
        tally.elements++;
        for (const name in node.attributes) tally.attributes += name.length;
      };
      parser.ontext = (text) => (tally.text += text.length);
      for (const slice of slices) parser.write(slice);
      parser.close();
    },
  },
  saxen: {
    label: "saxen 11.2.0, its errors and warnings taken as refusals (whole documents only)",
    parse: (slices, tally) => {
      const { Parser } = require("saxen") as { Parser: new () => SaxenParser };
      const parser = new Parser();
      let refused: unknown;
      parser.on("error", (error) => (refused ??= error));
      parser.on("warn", (error) => (refused ??= error));
      parser.on("openTag", (_name, attributes) => {
        tally.elements++;
        for (const name in attributes()) tally.attributes += name.length;
      });
      parser.on("text", (text) => (tally.text += text.length));
      parser.parse(slices.join(""));
      if (refused) throw refused;
    },
  },
  saxophone: {
    label: "saxophone 0.8.0, attributes parsed with its parseAttrs",
    parse: (slices, tally) => {
      const Saxophone = require("saxophone") as SaxophoneClass;
      const parser = new Saxophone();
      let refused: unknown;
      parser.on("error", (error) => (refused ??= error));
      parser.on("tagopen", (tag) => {
        tally.elements++;
        for (const name in Saxophone.parseAttrs(tag.attrs)) tally.attributes += name.length;
      });
      parser.on("text", (text) => (tally.text += text.contents.length));
      for (const slice of slices) parser.write(slice);
      parser.end();
      if (refused) throw refused;
    },
  },
};
/* eslint-enable @typescript-eslint/no-require-imports */

interface SaxParser {
  onerror(error: Error): void;
  ondoctype(): void;
  onopentag(node: { attributes: Record<string, string> }): void;
  ontext(text: string): void;
  write(text: string): void;
  close(): void;
}
interface SaxenParser {
  on(event: "error" | "warn", handler: (error: Error) => void): void;
  on(event: "openTag", handler: (name: string, attributes: () => Record<string, string>) => void): void;
  on(event: "text", handler: (text: string) => void): void;
  parse(text: string): void;
}
interface SaxophoneClass {
  new (): {
    on(event: "error", handler: (error: Error) => void): void;
    on(event: "tagopen", handler: (tag: { attrs: string }) => void): void;
    on(event: "text", handler: (text: { contents: string }) => void): void;
    write(text: string): void;
    end(): void;
  };
  parseAttrs(attrs: string): Record<string, string>;
}

/** One broken rule of XML 1.0 (or a DTD) each: a strict parser refuses every one. */
const MALFORMED: Record<string, string> = {
  "mismatched tags": "<a><b></a></b>",
  "unclosed tag": "<a><b>",
  "unquoted attribute": "<a x=1/>",
  "repeated attribute": '<a x="1" x="2"/>',
  "raw <": "<a>1 < 2</a>",
  "raw &": "<a>&</a>",
  "unknown entity": "<a>&xxe;</a>",
  DOCTYPE: '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>',
  "text after the root": "<a/>text",
  "two roots": "<a/><b/>",
};

async function accepts(parse: Parse, text: string): Promise<boolean> {
  try {
    await parse([text], { elements: 0, attributes: 0, text: 0 });
    return true;
  } catch {
    return false;
  }
}

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

async function main(): Promise<void> {
  const bytes = await reproducibleXlsxBytes(workbookOf(exampleSheets({ hires: 100_000, seed: 1 }), { validations: false }));
  const parts = [...zipDirectory(bytes).values()].filter((part) => part.name.endsWith(".xml"));
  const sheet = parts.reduce((a, b) => (b.compressedBytes > a.compressedBytes ? b : a));
  const xml = new TextDecoder().decode(await inflateWholePart(bytes, sheet, new InflatedBytes(READ_LIMITS)));
  const slices: string[] = [];
  for (let at = 0; at < xml.length; at += 65_536) slices.push(xml.slice(at, at + 65_536));
  console.log(`${sheet.name}: ${(xml.length / 1e6).toFixed(1)} million characters`);

  const names = Object.keys(CANDIDATES);
  const refusedAll: Record<string, string[]> = {};
  for (const name of names) {
    refusedAll[name] = [];
    for (const [rule, text] of Object.entries(MALFORMED)) if (await accepts(CANDIDATES[name]!.parse, text)) refusedAll[name]!.push(rule);
  }
  const best: Record<string, number> = {};
  const tallies: Record<string, Tally> = {};
  for (let run = 0; run < 3; run++) {
    for (const name of names) {
      const tally = { elements: 0, attributes: 0, text: 0 };
      const start = cpuMs();
      await CANDIDATES[name]!.parse(slices, tally);
      const used = cpuMs() - start;
      best[name] = Math.min(best[name] ?? Infinity, used);
      tallies[name] = tally;
      console.log(`${name.padEnd(10)} run ${run + 1}: ${used.toFixed(0)} ms CPU`);
    }
  }
  const lines = [
    `| parser | accepts (of ${Object.keys(MALFORMED).length} malformed documents) | CPU on the sheet, best of 3 | × saxes | elements |`,
    "|---|---|---:|---:|---:|",
    ...names.map((name) => {
      const accepted = refusedAll[name]!;
      return `| ${CANDIDATES[name]!.label} | ${accepted.length === 0 ? "none: strict" : accepted.join(", ")} | ${(best[name]! / 1000).toFixed(2)} s | ${(best[name]! / best.saxes!).toFixed(2)} | ${tallies[name]!.elements} |`;
    }),
  ];
  console.log(`\n${lines.join("\n")}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
