/**
 * What a {…} in an article really is, judged by a JavaScript parser (acorn,
 * which MDX itself uses) rather than by its text: nothing but comments, a
 * literal value (text, a number, true/false/null, or a list or object of
 * them), or code. Only the first two may appear in an article; anything else
 * would run at build time.
 */
import { parse, type Expression, type Node } from 'acorn';

export type Judged = { kind: 'comment' } | { kind: 'literal'; value: unknown } | { kind: 'code'; reason: string };

const OPTIONS = { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: false } as const;

const code = (reason: string): Judged => ({ kind: 'code', reason });

/** The value of a literal expression, or undefined when any part of it is code. */
function literalOf(node: Node): { value: unknown } | undefined {
  const n = node as Expression;
  switch (n.type) {
    case 'Literal':
      if ('regex' in n || 'bigint' in n) return undefined;
      return { value: n.value };
    case 'TemplateLiteral':
      return n.expressions.length === 0 && n.quasis.length === 1 ? { value: n.quasis[0]!.value.cooked } : undefined;
    case 'UnaryExpression':
      if ((n.operator === '-' || n.operator === '+') && n.argument.type === 'Literal') {
        const value = n.argument.value;
        if (typeof value === 'number') return { value: n.operator === '-' ? -value : value };
      }
      return undefined;
    case 'ArrayExpression': {
      const items: unknown[] = [];
      for (const element of n.elements) {
        const item = element && element.type !== 'SpreadElement' ? literalOf(element) : undefined;
        if (!item) return undefined;
        items.push(item.value);
      }
      return { value: items };
    }
    case 'ObjectExpression': {
      const object: Record<string, unknown> = {};
      for (const property of n.properties) {
        if (property.type !== 'Property' || property.computed || property.method || property.shorthand)
          return undefined;
        if (property.kind !== 'init') return undefined;
        const key =
          property.key.type === 'Identifier'
            ? property.key.name
            : property.key.type === 'Literal' && typeof property.key.value === 'string'
              ? property.key.value
              : undefined;
        if (key === undefined || key === '__proto__') return undefined;
        const value = literalOf(property.value);
        if (!value) return undefined;
        object[key] = value.value;
      }
      return { value: object };
    }
    default:
      return undefined;
  }
}

/** Judges the source of one {…} expression or {…} attribute value. Never throws. */
export function judgeExpression(source: string): Judged {
  try {
    if (parse(source, OPTIONS).body.length === 0) return { kind: 'comment' };
  } catch {
    // Not a program on its own (an object literal reads as a bad block): try it as a value.
  }
  // Wrapped in brackets so an object literal is read as a value, not a block;
  // the brackets must be the whole program, so "1), alert(1), (2" is code.
  let wrapped;
  try {
    wrapped = parse(`(${source}\n)`, { ...OPTIONS, preserveParens: true });
  } catch {
    return code('it is code, not a literal value');
  }
  const statement = wrapped.body[0];
  if (
    wrapped.body.length !== 1 ||
    statement?.type !== 'ExpressionStatement' ||
    statement.expression.type !== 'ParenthesizedExpression' ||
    statement.expression.start !== 0 ||
    statement.expression.end !== source.length + 3
  ) {
    return code('it is code, not a literal value');
  }
  const literal = literalOf(statement.expression.expression);
  return literal ? { kind: 'literal', value: literal.value } : code('it is code, not a literal value');
}
