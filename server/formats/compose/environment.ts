/**
 * A service's `environment`, in map (`KEY: value`) and list (`- KEY=value`)
 * form, with the source span of every name and value. Merge keys and aliases
 * are followed; each variable keeps the node where it is written.
 */
import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { SourceFile } from '../../engine/source';
import type { Span, TextEdit } from '../../engine/types';
import { MapView, resolve, scalarText, spanOf, type Service, type YDocument } from './model';
import { partSpan, scalarContent, writtenValueSpan, type ScalarContent } from './scalar-content';
import { replaceScalarKeepingStyle } from './edits';

export interface EnvVar {
  name: string;
  nameSpan: Span;
  /** The value as a string; undefined when absent (`KEY:` or `- KEY`: passed through from the shell). */
  value: string | undefined;
  /** Where the value is written (for list items: the part after `=`). */
  valueSpan: Span | undefined;
  /** Source offset of the value's first character when it is written verbatim (no escapes or folding). */
  valueStart: number | undefined;
  /** The node that identifies where this variable is written (the pair or the list item). */
  place: object;
  /** Build an edit that replaces the value, keeping quotes; undefined when it cannot be done safely. */
  replaceValue(newValue: string): TextEdit | undefined;
}

function mapVars(source: SourceFile, doc: YDocument, map: YAMLMap): EnvVar[] {
  const out: EnvVar[] = [];
  for (const entry of new MapView(doc, map).entries()) {
    const valueNode = entry.value;
    const value = scalarText(valueNode);
    const inFlow = isFlowParent(doc, entry.pair, map);
    out.push({
      name: entry.key,
      nameSpan: spanOf(entry.keyNode),
      value,
      valueSpan: valueNode && value !== undefined ? writtenValueSpan(source, valueNode) : undefined,
      valueStart: scalarContent(source, valueNode)?.contentStart,
      place: entry.pair,
      replaceValue: (newValue) =>
        valueNode && isScalar(valueNode) && !isAlias(entry.written)
          ? replaceScalarKeepingStyle(source, valueNode as Scalar, newValue, inFlow)
          : undefined,
    });
  }
  return out;
}

/** Whether the pair sits in a flow mapping (plain scalars there cannot hold `{`/`}`). */
function isFlowParent(doc: YDocument, pair: Pair, top: YAMLMap): boolean {
  if (top.items.includes(pair)) return Boolean(top.flow);
  // Merged in: find the mapping that holds it among the merge sources.
  let flow = false;
  const visit = (node: unknown, depth: number): void => {
    const map = resolve(doc, node);
    if (!isMap(map) || depth > 16) return;
    if (map.items.includes(pair)) flow = Boolean(map.flow);
    for (const item of map.items) {
      if (isScalar(item.key) && (item.key.value === '<<' || typeof item.key.value === 'symbol')) {
        const target = resolve(doc, item.value);
        if (isSeq(target)) for (const el of target.items) visit(el, depth + 1);
        else visit(target, depth + 1);
      }
    }
  };
  visit(top, 0);
  return flow;
}

function listVar(source: SourceFile, node: Node, inFlow: boolean): EnvVar | undefined {
  const content: ScalarContent | undefined = scalarContent(source, node);
  if (!content) return undefined;
  const eq = content.text.indexOf('=');
  const name = (eq < 0 ? content.text : content.text.slice(0, eq)).trim();
  if (!name) return undefined;
  const value = eq < 0 ? undefined : content.text.slice(eq + 1);
  return {
    name,
    nameSpan: partSpan(content, 0, eq < 0 ? content.text.length : eq),
    value,
    valueSpan: value === undefined ? undefined : partSpan(content, eq + 1, content.text.length),
    valueStart: value === undefined || content.contentStart === undefined ? undefined : content.contentStart + eq + 1,
    place: node,
    replaceValue: (newValue) => replaceScalarKeepingStyle(source, node as Scalar, `${content.text.slice(0, eq + 1)}${newValue}`, inFlow),
  };
}

/** Variables written as a mapping or a `KEY=value` list (environment, build args, labels). */
export function variablesOf(source: SourceFile, doc: YDocument, node: Node | null | undefined): EnvVar[] {
  const value = resolve(doc, node);
  if (isMap(value)) return mapVars(source, doc, value);
  if (isSeq(value)) {
    const out: EnvVar[] = [];
    for (const item of value.items) {
      const resolved = resolve(doc, item);
      const v = resolved ? listVar(source, resolved, Boolean(value.flow)) : undefined;
      if (v) out.push(v);
    }
    return out;
  }
  return [];
}

/** The environment variables a service sets. */
export function environmentOf(source: SourceFile, doc: YDocument, service: Service): EnvVar[] {
  return variablesOf(source, doc, service.view.get('environment')?.value);
}

/** The build arguments of a service (`build.args`). */
export function buildArgsOf(source: SourceFile, doc: YDocument, service: Service): EnvVar[] {
  return variablesOf(source, doc, service.view.map('build')?.get('args')?.value);
}
