// A small printer in software: it reads a TSPL or ZPL job the way a TSC or Zebra printer does,
// draws each label's QR code with its own QR encoder (as the printer's firmware would) and the
// job's bitmap, and gives back the dots. The tests decode these with jsQR.
import QRCode from 'qrcode';
import { PNG } from 'pngjs';

export interface PrintedLabel {
  qr: { x: number; y: number; cell: number; ecc: string; model: string; data: string };
  bitmap?: { x: number; y: number; bytesPerRow: number; height: number; bits: Uint8Array };
  copies: number;
  image: PNG;
}

/** Parses a TSPL job: SIZE, GAP, then per label CLS, QRCODE, BITMAP and PRINT. */
export function readTspl(job: Buffer, dpi = 203): PrintedLabel[] {
  const text = job.toString('latin1');
  const size = /^SIZE ([\d.]+) mm,([\d.]+) mm\r\n/.exec(text);
  if (!size) throw new Error('TSPL job does not start with SIZE');
  const width = Math.round((Number(size[1]) * dpi) / 25.4);
  const height = Math.round((Number(size[2]) * dpi) / 25.4);
  const labels: PrintedLabel[] = [];
  let at = 0;
  let current: Partial<PrintedLabel> = {};
  while (at < text.length) {
    const end = text.indexOf('\r\n', at);
    const line = text.slice(at, end);
    const bitmap = /^BITMAP (\d+),(\d+),(\d+),(\d+),0,/.exec(line);
    if (bitmap) {
      const [x, y, bytesPerRow, rows] = bitmap.slice(1).map(Number) as [
        number,
        number,
        number,
        number,
      ];
      const start = at + bitmap[0].length;
      const raw = job.subarray(start, start + bytesPerRow * rows);
      // TSPL: a 0 bit prints a dot.
      current.bitmap = {
        x,
        y,
        bytesPerRow,
        height: rows,
        bits: Uint8Array.from(raw, (byte) => ~byte & 0xff),
      };
      at = start + bytesPerRow * rows + 2;
      continue;
    }
    const qr = /^QRCODE (\d+),(\d+),([LMQH]),(\d+),A,0,(M[12]),S\d,"(.*)"$/.exec(line);
    if (qr)
      current.qr = {
        x: Number(qr[1]),
        y: Number(qr[2]),
        ecc: qr[3]!,
        cell: Number(qr[4]),
        model: qr[5]!,
        data: qr[6]!,
      };
    const print = /^PRINT 1,(\d+)$/.exec(line);
    if (print) {
      labels.push(draw(current, Number(print[1]), width, height));
      current = {};
    }
    at = end + 2;
  }
  return labels;
}

/** Parses a ZPL job: ^XA … ^FO^BQ^FD … ^FO^GFA … ^PQ … ^XZ per label. */
export function readZpl(job: Buffer): PrintedLabel[] {
  const text = job.toString('latin1');
  return [...text.matchAll(/\^XA([\s\S]*?)\^XZ/g)].map(([, body]) => {
    const width = Number(/\^PW(\d+)/.exec(body!)![1]);
    const height = Number(/\^LL(\d+)/.exec(body!)![1]);
    const qr = /\^FO(\d+),(\d+)\^BQN,(\d),(\d+),([LMQH])\^FD([LMQH])A,([^^]*)\^FS/.exec(body!);
    if (!qr || qr[5] !== qr[6]) throw new Error('ZPL label without a matching ^BQ/^FD QR code');
    const graphic = /\^FO(\d+),(\d+)\^GFA,(\d+),(\d+),(\d+),([0-9A-F]+)\^FS/.exec(body!);
    const copies = Number(/\^PQ(\d+)/.exec(body!)![1]);
    const label: Partial<PrintedLabel> = {
      qr: {
        x: Number(qr[1]),
        y: Number(qr[2]),
        model: `M${qr[3]}`,
        cell: Number(qr[4]),
        ecc: qr[5]!,
        data: qr[7]!,
      },
    };
    if (graphic) {
      const bits = Uint8Array.from(Buffer.from(graphic[6]!, 'hex'));
      if (bits.length !== Number(graphic[3]))
        throw new Error('^GFA byte count does not match its data');
      label.bitmap = {
        x: Number(graphic[1]),
        y: Number(graphic[2]),
        bytesPerRow: Number(graphic[5]),
        height: bits.length / Number(graphic[5]),
        bits,
      };
    }
    return draw(label, copies, width, height);
  });
}

function draw(
  label: Partial<PrintedLabel>,
  copies: number,
  width: number,
  height: number,
): PrintedLabel {
  if (!label.qr) throw new Error('a label without a QR code');
  const image = new PNG({ width, height });
  image.data.fill(255);
  const dot = (x: number, y: number) => {
    if (x < 0 || y < 0 || x >= width || y >= height)
      throw new Error(`dot ${x},${y} is off the ${width}×${height} label`);
    const at = (y * width + x) * 4;
    image.data[at] = image.data[at + 1] = image.data[at + 2] = 0;
  };
  const code = QRCode.create(label.qr.data, { errorCorrectionLevel: label.qr.ecc as 'M' });
  const { size, data } = code.modules;
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      if (!data[row * size + column]) continue;
      for (let dy = 0; dy < label.qr.cell; dy++) {
        for (let dx = 0; dx < label.qr.cell; dx++)
          dot(label.qr.x + column * label.qr.cell + dx, label.qr.y + row * label.qr.cell + dy);
      }
    }
  }
  if (label.bitmap) {
    const { x, y, bytesPerRow, height: rows, bits } = label.bitmap;
    for (let row = 0; row < rows; row++) {
      for (let column = 0; column < bytesPerRow * 8; column++) {
        if (bits[row * bytesPerRow + (column >> 3)]! & (0x80 >> (column & 7)))
          dot(x + column, y + row);
      }
    }
  }
  return { ...(label as PrintedLabel), copies, image };
}

/** Black dots of the label inside a rectangle (dots); a quiet zone must have none. */
export function blackDotsIn(
  image: PNG,
  left: number,
  top: number,
  width: number,
  height: number,
): number {
  let count = 0;
  for (let y = Math.max(0, top); y < Math.min(image.height, top + height); y++) {
    for (let x = Math.max(0, left); x < Math.min(image.width, left + width); x++) {
      if (image.data[(y * image.width + x) * 4] === 0) count++;
    }
  }
  return count;
}
