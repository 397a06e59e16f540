import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { toolbarButton } from './board';

/**
 * The Export menu's data formats, and the real clients that read what they save: Debian's
 * networkx (always `/usr/bin/python3`, which has it) and GDAL's ogrinfo.
 */

export type DataItem = 'GraphML network' | 'GEXF network' | 'GeoJSON map' | 'CSV tables';

export interface Saved {
  name: string;
  path: string;
  bytes: Buffer;
  text: string;
}

export const exportMenu = (page: Page): Locator =>
  page.getByRole('menu', { name: 'Export the board as' });

export const exportDialog = (page: Page, item: DataItem): Locator =>
  page.getByRole('dialog', { name: `Export ${item}` });

/** Opens the Export menu with the mouse and chooses a data format; its dialog opens. */
export async function openDataExport(page: Page, item: DataItem): Promise<Locator> {
  await toolbarButton(page, 'Export').click();
  await exportMenu(page)
    .getByRole('menuitem', { name: `${item}…` })
    .click();
  const dialog = exportDialog(page, item);
  await expect(dialog.getByRole('button', { name: /^Save files?$/ })).toBeVisible();
  return dialog;
}

export interface DataChoices {
  /** The label of a "Names and notes" choice, or a pattern of it. */
  names?: string | RegExp;
  /** The label of an "Associations" choice. */
  associations?: string | RegExp;
  /** CSV: the tables to leave unticked, by their label's start ("Places"). */
  untick?: readonly string[];
}

let folder: string | null = null;
/** A fresh temporary folder for this worker's saved files. */
function saveFolder(): string {
  folder ??= mkdtempSync(join(tmpdir(), 'pp-exports-'));
  return folder;
}

async function keep(download: Download): Promise<Saved> {
  const path = join(saveFolder(), `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  const bytes = readFileSync(path);
  return { name: download.suggestedFilename(), path, bytes, text: bytes.toString('utf8') };
}

/**
 * Exports a data format through the menu and its dialog, making the given choices, and returns
 * the files the browser saved (`count` of them: one per CSV table chosen).
 */
export async function exportData(
  page: Page,
  item: DataItem,
  choices: DataChoices = {},
  count = 1,
): Promise<Saved[]> {
  const dialog = await openDataExport(page, item);
  if (choices.associations)
    await dialog
      .getByRole('group', { name: 'Associations' })
      .getByRole('radio', { name: choices.associations })
      .check();
  for (const table of choices.untick ?? [])
    await dialog.getByRole('checkbox', { name: new RegExp(`^${table} \\(`) }).uncheck();
  if (choices.names)
    await dialog
      .getByRole('group', { name: 'Names and notes' })
      .getByRole('radio', { name: choices.names })
      .check();
  const downloads: Download[] = [];
  const all = new Promise<void>((resolve) => {
    const on = (d: Download) => {
      downloads.push(d);
      if (downloads.length === count) {
        page.off('download', on);
        resolve();
      }
    };
    page.on('download', on);
  });
  await dialog.getByRole('button', { name: /^Save files?$/ }).click();
  await all;
  await expect(dialog).toBeHidden();
  return Promise.all(downloads.map(keep));
}

const NETWORKX = String.raw`
import json, sys
import networkx as nx
path = sys.argv[1]
G = nx.read_graphml(path) if path.endswith('.graphml') else nx.read_gexf(path)
def position(d):
    if 'viz' in d:
        return [d['viz']['position']['x'], d['viz']['position']['y']]
    if 'x' in d:
        return [d['x'], d['y']]
    return None
print(json.dumps({
    'type': type(G).__name__,
    'directed': G.is_directed(),
    'nodes': G.number_of_nodes(),
    'edges': G.number_of_edges(),
    'graph': {k: v for k, v in G.graph.items() if isinstance(v, str)},
    'people': {n: {'label': d.get('label'), 'kind': d.get('kind'), 'riskLevel': d.get('riskLevel'),
                   'harmRole': d.get('harmRole'), 'fullName': d.get('fullName'),
                   'groups': d.get('groups'), 'groupRoles': d.get('groupRoles'),
                   'position': position(d)}
               for n, d in G.nodes(data=True)},
    'associations': [{'id': d.get('id'), 'source': u, 'target': v, 'kind': d.get('kind'),
                      'directed': d.get('directed'), 'confidence': d.get('confidence'),
                      'label': d.get('label')}
                     for u, v, d in G.edges(data=True)],
}))
`;

export interface NetworkRead {
  type: string;
  directed: boolean;
  nodes: number;
  edges: number;
  graph: Record<string, string>;
  people: Record<
    string,
    {
      label: string;
      kind: string;
      riskLevel: string;
      harmRole: string;
      fullName: string | null;
      groups: string;
      groupRoles: string;
      position: [number, number] | null;
    }
  >;
  associations: {
    id: string;
    source: string;
    target: string;
    kind: string;
    directed: boolean;
    confidence: string;
    label: string;
  }[];
}

/** What networkx reads from a GraphML or GEXF file (nx.read_graphml / nx.read_gexf). */
export function networkxReads(path: string): NetworkRead {
  return JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', NETWORKX, path], { encoding: 'utf8', stdio: 'pipe' }),
  ) as NetworkRead;
}

/** networkx's own error reading a file it refuses, or null when it reads it. */
export function networkxRefuses(path: string): string | null {
  try {
    networkxReads(path);
    return null;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer | string }).stderr;
    return String(stderr ?? error);
  }
}

const XML = String.raw`
import json, sys
import xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
def local(tag): return tag.split('}')[-1]
out = {'root': local(root.tag), 'attrs': {}, 'texts': {}, 'edges': []}
for el in root.iter():
    name = local(el.tag)
    if name in ('graph', 'gexf', 'graphml'):
        out['attrs'][name] = dict(el.attrib)
    if name in ('description', 'creator', 'keywords'):
        out['texts'][name] = el.text
    if name == 'edge':
        out['edges'].append({k: v for k, v in el.attrib.items() if k in ('id', 'source', 'target', 'directed', 'type')})
print(json.dumps(out))
`;

export interface XmlRead {
  root: string;
  attrs: Record<string, Record<string, string>>;
  texts: Record<string, string>;
  edges: { id: string; source: string; target: string; directed?: string; type?: string }[];
}

/** What Python's own XML parser reads of a GraphML or GEXF file's structure. */
export function xmlReads(path: string): XmlRead {
  return JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', XML, path], { encoding: 'utf8' }),
  ) as XmlRead;
}

export interface OgrFeature {
  fields: Record<string, string>;
  geometry: string | null;
}

export interface OgrRead {
  layer: string;
  description: string;
  geometry: string;
  count: number;
  fieldTypes: Record<string, string>;
  features: OgrFeature[];
}

/**
 * What GDAL reads of a GeoJSON file: `ogrinfo -ro -al -so` for the layer (name, DESCRIPTION
 * metadata, geometry type, feature count, field types), then `ogrinfo -ro -al` for each feature's
 * fields and geometry (as WKT). GDAL 3.6 has no `-json`, so its text report is read.
 */
export function ogrinfoReads(path: string): OgrRead {
  const summary = execFileSync('ogrinfo', ['-ro', '-al', '-so', path], { encoding: 'utf8' });
  const line = (re: RegExp) => re.exec(summary)?.[1]?.trim() ?? '';
  const fieldTypes: Record<string, string> = {};
  const schema = summary.slice(summary.indexOf('Data axis to CRS axis mapping'));
  for (const m of schema.matchAll(/^(\w+): ([\w()]+) \(/gm)) fieldTypes[m[1]!] = m[2]!;
  const full = execFileSync('ogrinfo', ['-ro', '-al', path], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const features = full
    .split(/^OGRFeature\(.*\):\d+$/m)
    .slice(1)
    .map((block) => {
      const fields: Record<string, string> = {};
      let geometry: string | null = null;
      for (const raw of block.split('\n')) {
        const field = /^ {2}(\w+) \([\w()]+\) = (.*)$/.exec(raw);
        if (field) fields[field[1]!] = field[2]!;
        else if (/^ {2}(POINT|POLYGON|MULTI|LINESTRING)/.test(raw)) geometry = raw.trim();
      }
      return { fields, geometry };
    });
  return {
    layer: line(/^Layer name: (.*)$/m),
    description: line(/^ {2}DESCRIPTION=(.*)$/m),
    geometry: line(/^Geometry: (.*)$/m),
    count: Number(line(/^Feature Count: (\d+)$/m)),
    fieldTypes,
    features,
  };
}

const CSV = String.raw`
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(json.dumps(list(csv.reader(f))))
`;

/** The rows Python's csv module reads from a CSV file (header row first). */
export function csvReads(path: string): string[][] {
  return JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', CSV, path], { encoding: 'utf8' }),
  ) as string[][];
}
