import type { z } from "zod";

/**
 * Paths of keys the schema does not know, at any depth ("classCaps.primry"). Zod would drop them
 * silently, and a typo in a county's file would then leave the national value in force unnoticed.
 */
export function unknownKeyPaths(schema: z.ZodType, value: unknown, path = ""): string[] {
  const def = (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
  switch (def.type) {
    case "optional":
    case "default":
    case "nullable":
      return unknownKeyPaths(def.innerType!, value, path);
    case "array":
      return Array.isArray(value) ? value.flatMap((v, i) => unknownKeyPaths(def.element!, v, `${path}.${i}`)) : [];
    case "union":
      return unionPaths(def.options!, value, path);
    case "object":
      return objectPaths(def.shape!, value, path);
    default:
      return [];
  }
}

interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  shape?: Record<string, z.ZodType>;
}

function objectPaths(shape: Record<string, z.ZodType>, value: unknown, path: string): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  const out: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    const child = path ? `${path}.${key}` : key;
    out.push(...(key in shape ? unknownKeyPaths(shape[key], v, child) : [child]));
  }
  return out;
}

/** A key is unknown in a union when no option knows it; check against the option with fewest unknowns. */
function unionPaths(options: z.ZodType[], value: unknown, path: string): string[] {
  let best: string[] | null = null;
  for (const option of options) {
    const found = unknownKeyPaths(option, value, path);
    if (best === null || found.length < best.length) best = found;
  }
  return best ?? [];
}
