/**
 * The questionnaire expression language: data (the Expr tree) plus parse, print, evaluate and
 * dependencies; and templates that pipe answers into texts. Pure. Other folders import this file only.
 */
export type { BinaryOp, Expr, UnaryOp, Value } from './ast.ts';
export type { EvalContext } from './context.ts';
export { dependencies } from './dependencies.ts';
export type { ExprError, ExprErrorCode } from './errors.ts';
export { evaluate, evaluateBoolean } from './evaluate.ts';
export type { ExprFunction } from './functions.ts';
export { functions } from './functions.ts';
export type { ValueKind } from './kind.ts';
export { valueKind } from './kind.ts';
export type { ParseResult } from './parse.ts';
export { parse } from './parse.ts';
export { print } from './print.ts';
export type { Template, TemplatePart } from './template.ts';
export { parseTemplate, renderTemplate, templateRefs } from './template.ts';
