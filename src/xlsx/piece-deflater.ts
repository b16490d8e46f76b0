/**
 * Compresses a part that is written in pieces: each piece is raw deflate that goes on the one
 * before it (`last` ends the stream), and `crc` carries the part's CRC-32 over the pieces so far.
 */
export interface PieceDeflater {
  deflate(piece: Uint8Array, last: boolean): Uint8Array;
  crc(piece: Uint8Array, previous: number): number;
}

let native: PieceDeflater | undefined;

/**
 * Where the platform compresses natively (the CLI under Node: `src/xlsx/node/`), large parts the
 * report workbook writes are compressed with it; everywhere else fflate does it, in JavaScript.
 */
export function usePieceDeflater(deflater: PieceDeflater | undefined): void {
  native = deflater;
}

export function nativePieceDeflater(): PieceDeflater | undefined {
  return native;
}
