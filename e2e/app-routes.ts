import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { paths } from '../src/web/lib/paths';

const routerFile = path.resolve(import.meta.dirname, '../src/web/app/router.tsx');

export interface AppRoute {
  /** The route's path as the router matches it, e.g. /contacts/card/:code, or * for the catch-all */
  pattern: string;
  /** Inside the signed-in frame (AppLayout) rather than beside it (sign-in, first run) */
  signedIn: boolean;
}

const propertyOf = (node: ts.ObjectLiteralExpression, name: string) =>
  node.properties.find(
    (property): property is ts.PropertyAssignment =>
      ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && property.name.text === name,
  );

function where(node: ts.Node, source: ts.SourceFile): string {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
  return `${path.relative(process.cwd(), routerFile)}:${line + 1}`;
}

/** A route's `path`: a string, or a member of `paths` (src/web/lib/paths.ts). */
function pathValue(expression: ts.Expression, source: ts.SourceFile): string {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return expression.text;
  if (
    ts.isPropertyAccessExpression(expression) &&
    ts.isIdentifier(expression.expression) &&
    expression.expression.text === 'paths'
  ) {
    const value: unknown = paths[expression.name.text as keyof typeof paths];
    if (typeof value === 'string') return value;
  }
  throw new Error(
    `${where(expression, source)}: a route's path must be a string or a member of paths, so that the screen tests can read it`,
  );
}

/** The route object this one is a child of, if any (an object literal whose `children` array holds it). */
function parentRoute(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  for (let at = node.parent; at !== undefined; at = at.parent) {
    if (ts.isPropertyAssignment(at) && ts.isIdentifier(at.name) && at.name.text === 'children') {
      const owner = at.parent;
      return ts.isObjectLiteralExpression(owner) ? owner : undefined;
    }
  }
  return undefined;
}

/** The signed-in frame's route: the one that loads AppLayout (in its own properties, not its children's). */
const isFrame = (route: ts.ObjectLiteralExpression, source: ts.SourceFile) =>
  route.properties
    .filter(
      (property) =>
        !(ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && property.name.text === 'children'),
    )
    .some((property) => /\bAppLayout\b/.test(property.getText(source)));

/**
 * Every route with a path in the app's router (src/web/app/router.tsx), read from its route objects without
 * running it — the router module pulls in the whole app, which only a bundler can load. A screen added to the
 * router, whether its element is imported or lazy, is here without anyone listing it.
 */
export function readAppRoutes(): AppRoute[] {
  const source = ts.createSourceFile(
    routerFile,
    readFileSync(routerFile, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const routes: AppRoute[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const pathProperty = propertyOf(node, 'path');
      if (pathProperty) {
        let pattern = pathValue(pathProperty.initializer, source);
        let parent = parentRoute(node);
        let signedIn = false;
        for (let outer = parent; outer !== undefined; outer = parentRoute(outer)) {
          if (isFrame(outer, source)) signedIn = true;
        }
        for (; parent !== undefined && !pattern.startsWith('/') && pattern !== '*'; parent = parentRoute(parent)) {
          const parentPath = propertyOf(parent, 'path');
          if (parentPath) pattern = `${pathValue(parentPath.initializer, source).replace(/\/$/, '')}/${pattern}`;
        }
        routes.push({ pattern, signedIn });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (routes.length < 5) throw new Error(`only ${routes.length} routes were found in ${routerFile}`);
  if (!routes.some((route) => route.signedIn)) throw new Error(`no route inside AppLayout in ${routerFile}`);
  return routes;
}
