import { crc32, deflateSync } from "node:zlib";

/**
 * Enlist's icon, drawn rather than stored: a blue rounded square with a white E, as a PNG of any size. The
 * repository keeps no binary, and every size is drawn from the same shape.
 */
export function iconPng(size: number): Buffer {
  const px = Buffer.alloc(size * size * 4);
  const radius = size * 0.22;
  const inside = (x: number, y: number) => {
    const cx = Math.min(Math.max(x, radius), size - radius);
    const cy = Math.min(Math.max(y, radius), size - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
  const u = size / 16;
  // The E: a stem and three arms, in sixteenths of the icon.
  const bars = [
    [4, 3, 3, 10],
    [4, 3, 9, 2],
    [4, 7, 7, 2],
    [4, 11, 9, 2],
  ] as const;
  const inE = (x: number, y: number) =>
    bars.some(([bx, by, bw, bh]) => x >= bx * u && x < (bx + bw) * u && y >= by * u && y < (by + bh) * u);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      if (!inside(x + 0.5, y + 0.5)) continue;
      const white = inE(x + 0.5, y + 0.5);
      px[i] = white ? 255 : 11;
      px[i + 1] = white ? 255 : 87;
      px[i + 2] = white ? 255 : 208;
      px[i + 3] = 255;
    }
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) px.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, "ascii");
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
