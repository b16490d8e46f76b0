import { inflateRawSync, crc32 } from "node:zlib";
import { zlibPieceDeflater } from "../../src/xlsx/node/zlib-piece-deflater";
import { usePieceDeflater } from "../../src/xlsx/piece-deflater";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { workbookWithSheets } from "../../src/xlsx/workbook-with-sheets";
import { cell, type ReportSheet } from "../../src/workbook/report-sheet";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { FIXTURES } from "../helpers/run";

describe("the CLI's zlib deflater for report sheets written in pieces", () => {
  afterEach(() => usePieceDeflater(undefined));

  it("joins independently compressed pieces into one deflate stream with the CRC of the whole", () => {
    const pieces = ["<row>å</row>".repeat(5_000), "", "<row r=\"2\"/>".repeat(3_000), "slut"].map((text) => new TextEncoder().encode(text));
    let crc = 0;
    const compressed = pieces.map((piece, i) => {
      crc = zlibPieceDeflater.crc(piece, crc);
      return zlibPieceDeflater.deflate(piece, i === pieces.length - 1);
    });
    const whole = Buffer.concat(pieces);
    expect(inflateRawSync(Buffer.concat(compressed)).equals(whole)).toBe(true);
    expect(crc).toBe(crc32(whole));
  });

  it("gives a report workbook with the same content as fflate's", async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => [cell(`Fynd ${i}`), cell(i, "kronor")]);
    const sheet: ReportSheet = { name: "Granskning", title: "Granskning", subtitle: [], columnWidths: [20, 12], blocks: [{ header: ["Fynd", "Belopp"], rows }] };
    const bytes = new Uint8Array(await fs.readFile(path.join(FIXTURES, "golden", "hand-checked.xlsx")));
    const withFflate = await workbookWithSheets(bytes, "a.xlsx", [sheet]);
    usePieceDeflater(zlibPieceDeflater);
    const withZlib = await workbookWithSheets(bytes, "a.xlsx", [sheet]);
    expect(Buffer.compare(Buffer.from(withZlib), Buffer.from(withFflate))).not.toBe(0);
    expect((await readXlsx(withZlib, "b.xlsx")).sheets).toEqual((await readXlsx(withFflate, "a.xlsx")).sheets);
  });
});
