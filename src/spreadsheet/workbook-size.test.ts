import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZipFile } from 'yazl';
import { checkWorkbookSize, MAX_UNPACKED_BYTES, type WorkbookSizeCheck } from './workbook-size.ts';

interface TestEntry {
  readonly name: string;
  readonly content: Uint8Array;
  readonly method?: number;
  /** Whether to deflate the content; by default when the method says deflated (8). */
  readonly compress?: boolean;
  /** The uncompressed size the headers declare, when it is to be a lie. */
  readonly declared?: number;
  readonly flags?: number;
}

const text = (value: string) => new TextEncoder().encode(value);

/**
 * A zip as APPNOTE 4.3 lays it out (local headers and data, central directory, end record), written
 * by hand so that it can lie: about sizes, methods, or several entries sharing one entry's data.
 */
function zip(entries: readonly TestEntry[], options: { sharedData?: number } = {}): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.method ?? 8;
    const data = (e.compress ?? method === 8) ? deflateRawSync(e.content) : Buffer.from(e.content);
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.flags ?? 0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(e.declared ?? e.content.length, 22);
    local.writeUInt16LE(name.length, 26);
    const copies = options.sharedData ?? 1;
    for (let i = 0; i < copies; i++) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      header.writeUInt16LE(e.flags ?? 0, 8);
      header.writeUInt16LE(method, 10);
      header.writeUInt32LE(data.length, 20);
      header.writeUInt32LE(e.declared ?? e.content.length, 24);
      header.writeUInt16LE(name.length, 28);
      header.writeUInt32LE(offset, 42);
      central.push(header, name);
    }
    parts.push(local, name, data);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = central.length / 2;
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, directory, end]));
}

async function yazlZip(files: readonly [string, Uint8Array][], zip64: boolean): Promise<Uint8Array> {
  const file = new ZipFile();
  for (const [name, content] of files)
    file.addBuffer(Buffer.from(content), name, { compress: true, forceZip64Format: zip64 });
  file.end({ forceZip64Format: zip64, comment: '' });
  const chunks: Buffer[] = [];
  for await (const chunk of file.outputStream) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

async function workbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('survey').addRows([
    ['type', 'name', 'label'],
    ['text', 'q1', 'What do you do?'],
  ]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const ok: WorkbookSizeCheck = { ok: true };
const refused = (problem: string) => ({ ok: false, problem });

describe('checkWorkbookSize', () => {
  it('lets through a workbook exceljs wrote, and a zip of the most it allows', async () => {
    expect(await checkWorkbookSize(await workbook())).toEqual(ok);
    const most = zip([{ name: 'a.xml', content: new Uint8Array(1000) }]);
    expect(await checkWorkbookSize(most, { maxUnpackedBytes: 1000 })).toEqual(ok);
  });

  it('refuses a zip that declares more than the cap unpacked', async () => {
    const honest = zip([
      { name: 'a.xml', content: new Uint8Array(600) },
      { name: 'b.xml', content: new Uint8Array(600), method: 0 },
    ]);
    expect(await checkWorkbookSize(honest, { maxUnpackedBytes: 1199 })).toEqual(refused('tooLarge'));
    expect(await checkWorkbookSize(honest, { maxUnpackedBytes: 1200 })).toEqual(ok);
  });

  it('refuses a zip whose entries inflate to more than they declare', async () => {
    const lying = zip([{ name: 'xl/worksheets/sheet1.xml', content: new Uint8Array(5000), declared: 10 }]);
    expect(await checkWorkbookSize(lying, { maxUnpackedBytes: 4999 })).toEqual(refused('tooLarge'));
    expect(await checkWorkbookSize(lying, { maxUnpackedBytes: 5000 })).toEqual(ok);
  });

  it('refuses a sheet of more rows than the cap allows, declared honestly or not', async () => {
    const row = '<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row>';
    const rows = text(
      `<worksheet><sheetData>${row.repeat(MAX_UNPACKED_BYTES / row.length + 1)}</sheetData></worksheet>`,
    );
    expect(rows.length).toBeGreaterThan(MAX_UNPACKED_BYTES);
    const sheet = { name: 'xl/worksheets/sheet1.xml', content: rows };
    expect(await checkWorkbookSize(zip([sheet]))).toEqual(refused('tooLarge'));
    expect(await checkWorkbookSize(zip([{ ...sheet, declared: 1000 }]))).toEqual(refused('tooLarge'));
  });

  it('reads the sizes of a ZIP64 archive (APPNOTE 4.5.3)', async () => {
    const files: [string, Uint8Array][] = [
      ['a.xml', new Uint8Array(700)],
      ['b.xml', new Uint8Array(700)],
    ];
    const zip64 = await yazlZip(files, true);
    expect(await checkWorkbookSize(zip64, { maxUnpackedBytes: 1400 })).toEqual(ok);
    expect(await checkWorkbookSize(zip64, { maxUnpackedBytes: 1399 })).toEqual(refused('tooLarge'));
    expect(await checkWorkbookSize(await yazlZip(files, false), { maxUnpackedBytes: 1399 })).toEqual(
      refused('tooLarge'),
    );
  });

  it('refuses more entries than allowed', async () => {
    const many = zip(Array.from({ length: 11 }, (_, i) => ({ name: `${i}.xml`, content: text('<a/>') })));
    expect(await checkWorkbookSize(many, { maxEntries: 10 })).toEqual(refused('tooManyEntries'));
    expect(await checkWorkbookSize(many, { maxEntries: 11 })).toEqual(ok);
  });

  it('refuses entries that share their data, each small but many', async () => {
    const shared = zip([{ name: 'a.xml', content: new Uint8Array(100_000), declared: 10 }], {
      sharedData: 500,
    });
    expect(await checkWorkbookSize(shared)).toEqual(refused('notZip'));
  });

  it.each<[string, () => Promise<Uint8Array> | Uint8Array]>([
    ['nothing', () => new Uint8Array(0)],
    ['text', () => text('email,language\n')],
    ['a zip signature and nothing more', () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04])],
    ['a workbook cut short', async () => (await workbook()).subarray(0, 2000)],
    ['an encrypted entry', () => zip([{ name: 'a.xml', content: text('<a/>'), flags: 1 }])],
    [
      'a method exceljs cannot read (bzip2)',
      () => zip([{ name: 'a.xml', content: text('<a/>'), method: 12 }]),
    ],
    [
      'a broken deflate stream',
      () => zip([{ name: 'a.xml', content: Uint8Array.from([0xff, 0xff, 0xff]), compress: false }]),
    ],
  ])('refuses %s as no zip', async (_name, bytes) => {
    expect(await checkWorkbookSize(await bytes())).toEqual(refused('notZip'));
  });

  it('never throws on a workbook with bytes changed anywhere', async () => {
    const original = await workbook();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        async (changes) => {
          const bytes = original.slice();
          for (const [at, value] of changes) bytes[at] = value;
          const result = await checkWorkbookSize(bytes);
          expect([true, 'notZip', 'tooLarge', 'tooManyEntries']).toContain(result.ok || result.problem);
        },
      ),
      { numRuns: 300 },
    );
  });
});
