/**
 * Reading parameter values the way the server does (guc.c: parse_bool,
 * parse_int/parse_real with units, enum lookup), for defaults-aware rules and
 * value validation.
 */
import type { PgParam } from './param-types';

/** parse_bool: on/off, true/false, yes/no, 1/0 and unique prefixes, any case. */
export function parseBool(text: string): boolean | undefined {
  const v = text.trim().toLowerCase();
  if (v === '') return undefined;
  if ('true'.startsWith(v)) return true;
  if ('false'.startsWith(v)) return false;
  if ('yes'.startsWith(v)) return true;
  if ('no'.startsWith(v)) return false;
  if (v.length >= 2 && 'on'.startsWith(v)) return true;
  if (v.length >= 2 && 'off'.startsWith(v)) return false;
  if (v === '1') return true;
  if (v === '0') return false;
  return undefined;
}

const MEMORY_UNITS: Record<string, number> = { B: 1 / 1024, kB: 1, MB: 1024, GB: 1024 ** 2, TB: 1024 ** 3 };
const TIME_UNITS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, min: 60_000, h: 3_600_000, d: 86_400_000 };

/** Size of a parameter's base unit in kB or ms, and which table its units come from. */
function baseUnit(unit: string): { table: Record<string, number>; size: number } | undefined {
  const m = /^(\d*)(B|kB|MB|ms|s|min)$/.exec(unit);
  if (!m) return undefined;
  const factor = m[1] ? Number(m[1]) : 1;
  if (m[2]! in TIME_UNITS) return { table: TIME_UNITS, size: TIME_UNITS[m[2]!]! * factor };
  return { table: MEMORY_UNITS, size: MEMORY_UNITS[m[2]!]! * factor };
}

export type NumberResult = { ok: true; value: number } | { ok: false; reason: string };

/** A number with an optional unit, in the parameter's base unit (rounded for integers). */
export function parseNumber(param: PgParam, text: string): NumberResult {
  const m = /^\s*([-+]?(?:0[xX][0-9a-fA-F]+|(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?))\s*([A-Za-z]*)\s*$/.exec(text);
  if (!m) return { ok: false, reason: `"${text}" is not a number` };
  let value = /^[-+]?0[xX]/.test(m[1]!) ? parseInt(m[1]!, 16) : Number(m[1]);
  const unit = m[2]!;
  if (unit) {
    const base = param.unit ? baseUnit(param.unit) : undefined;
    if (!base) return { ok: false, reason: `parameter "${param.name}" takes no unit` };
    const size = base.table[unit];
    if (size === undefined) {
      return { ok: false, reason: `invalid unit "${unit}"; valid units for this parameter are ${Object.keys(base.table).map((u) => `"${u}"`).join(', ')} (case matters)` };
    }
    value = (value * size) / base.size;
  }
  if (param.type === 'integer') value = Math.round(value);
  if (!Number.isFinite(value)) return { ok: false, reason: `"${text}" is out of range` };
  if ((param.min !== null && value < param.min) || (param.max !== null && value > param.max)) {
    return { ok: false, reason: `${value}${param.unit ? ` ${param.unit}` : ''} is outside the valid range ${param.min} .. ${param.max}` };
  }
  return { ok: true, value };
}

/** Spellings of enum values that mean a listed value (wal_level's pre-9.6 names). */
const ENUM_ALIASES: Record<string, Record<string, string>> = {
  wal_level: { archive: 'replica', hot_standby: 'replica' },
};

/** The listed enum value a spelling means (case-insensitive), or undefined when the server rejects it. */
export function enumValue(param: PgParam, text: string): string | undefined {
  const v = text.trim().toLowerCase();
  const listed = param.enumValues?.find((e) => e.toLowerCase() === v);
  if (listed) return listed;
  if (!param.hiddenValues?.includes(v)) return undefined;
  const alias = ENUM_ALIASES[param.name.toLowerCase()]?.[v];
  if (alias) return alias;
  const asBool = parseBool(v);
  if (asBool !== undefined && param.enumValues?.includes('on')) return asBool ? 'on' : 'off';
  return v;
}

/** Why the server would reject a value for a parameter, or undefined when it accepts it. */
export function invalidReason(param: PgParam, text: string): string | undefined {
  switch (param.type) {
    case 'bool':
      return parseBool(text) === undefined ? `"${text}" is not a boolean (use on or off)` : undefined;
    case 'integer':
    case 'real': {
      const r = parseNumber(param, text);
      return r.ok ? undefined : r.reason;
    }
    case 'enum':
      return enumValue(param, text) === undefined ? `"${text}" is not one of ${param.enumValues!.join(', ')}` : undefined;
    default:
      return undefined;
  }
}
