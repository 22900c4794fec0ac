/**
 * The `yaml` side of reading a config file, loaded only when the cache
 * does not already hold the file's content.
 */
import { isMap, isScalar, isSeq, type Node, parseDocument } from 'yaml';
import {
  type ConfigFile,
  ConfigSyntaxError,
  keyOf,
  type Positions,
  type Where,
} from './config-file.js';
import { LineIndex } from './positions.js';

/** Parses config text; a syntax error throws with its position. */
export function parseConfigYaml(text: string): ConfigFile {
  const lines = new LineIndex(text);
  const doc = parseDocument(text, {
    prettyErrors: false,
    uniqueKeys: true,
  });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const { line, column } = lines.position(error.pos[0]);
    const cause = error.message.split('\n')[0].replace(/\.?$/, '.');
    throw new ConfigSyntaxError(
      `Cannot parse the config: ${cause}`,
      line,
      column,
    );
  }
  const positions: Positions = {};
  collect(doc.contents as Node | null, lines, positions);
  try {
    return { data: doc.toJS({ maxAliasCount: 100 }) ?? {}, positions };
  } catch (error) {
    // An alias expansion past the limit.
    const cause = (error as Error).message.replace(/\.?$/, '.');
    throw new ConfigSyntaxError(`Cannot read the config: ${cause}`, 1, 1);
  }
}

/** Records where each key path's value (and key) starts. */
function collect(root: Node | null, lines: LineIndex, out: Positions): void {
  const stack: Array<[Node | null, string[], Where | undefined]> = [
    [root, [], undefined],
  ];
  while (stack.length > 0) {
    const [node, at, key] = stack.pop() as [Node | null, string[], Where?];
    const start = node?.range?.[0];
    const value = start === undefined ? key : toWhere(lines, start);
    if (value) out[keyOf(at)] = key ? { value, key } : { value };
    if (isMap(node)) {
      for (const pair of node.items) {
        const k = pair.key as Node | null;
        if (!isScalar(k) || !k.range) continue;
        stack.push([
          pair.value as Node | null,
          [...at, String(k.value)],
          toWhere(lines, k.range[0]),
        ]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        stack.push([item as Node | null, [...at, String(index)], undefined]);
      });
    }
  }
}

function toWhere(lines: LineIndex, offset: number): Where {
  const { line, column } = lines.position(offset);
  return [line, column];
}
